namespace UpdateStation.Commands;

/// <summary>Options several commands share.</summary>
internal static class CommonOptions
{
    public static Option<string?> Backend()
    {
        var option = new Option<string?>("--backend")
        {
            Description = $"The package manager to use: apt or pkg (default: ${BackendSelector.EnvironmentVariable}, else detected).",
            HelpName = "apt|pkg",
        };
        option.AcceptOnlyFromAmong([.. BackendSelector.Names]);
        return option;
    }

    public static Option<bool> Json(string description) => new("--json") { Description = description };
}
