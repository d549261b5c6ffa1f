using UpdateStation.Packages.Model;

namespace UpdateStation.Rendering;

/// <summary>The lines after an upgrade: what changed, and whether a restart is needed.</summary>
internal static class UpgradeSummary
{
    public static void Write(TextWriter output, UpgradeResult result)
    {
        output.WriteLine(result.Applied.Count switch
        {
            0 => "Nothing was changed.",
            1 => "1 package changed.",
            int n => $"{n} packages changed.",
        });
        if (!result.Restart.Required)
        {
            output.WriteLine("No restart is needed.");
            return;
        }

        var because = TerminalText.Escape(result.Restart.Reason ?? "the system says so");
        var packages = result.Restart.Packages.Count > 0 ? $" (asked for by {TerminalText.Escape(string.Join(", ", result.Restart.Packages))})" : "";
        output.WriteLine($"A restart is needed: {because.TrimEnd('.')}{packages}.");
    }
}
