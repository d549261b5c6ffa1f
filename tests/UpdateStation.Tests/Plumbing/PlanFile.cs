namespace UpdateStation.Tests.Plumbing;

/// <summary>Publishes plan.json in a runtime directory as the instance does: a temporary file renamed over the old one.</summary>
internal static class PlanFile
{
    public static void Publish(RuntimeDir dir, string json)
    {
        Directory.CreateDirectory(dir.StationDir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        string path = Path.Combine(dir.StationDir, "plan.json");
        File.WriteAllText(path + ".tmp", json);
        File.Move(path + ".tmp", path, overwrite: true);
    }

    /// <summary>A plan in check --json's form that upgrades <paramref name="packages"/>, refreshed just now.</summary>
    public static string Sample(params string[] packages)
    {
        string now = DateTimeOffset.Now.ToString("O");
        string updates = string.Join(",", packages.Select(name =>
            $$"""{"name":"{{name}}","action":"upgrade","currentVersion":"1.0-1","newVersion":"1.0-2","repository":"stable","security":false,"vulnerable":false,"reason":null}"""));
        return $$"""{"backend":"apt","checkedAt":"{{now}}","updates":[{{updates}}],"held":[],"downloadBytes":null,"diskChangeBytes":null,"selfUpgradeFirst":false,"catalogueRefreshed":true,"catalogueUpdatedAt":null}""";
    }
}
