using System.CommandLine;

namespace UpdateStation.Commands;

/// <summary>`update-station check [--json] [--no-refresh] [--backend apt|pkg]`.</summary>
internal static class CheckCommandDefinition
{
    public static readonly Option<bool> JsonOption = CommonOptions.Json("Print the plan as one JSON object.");

    public static readonly Option<bool> NoRefreshOption = new("--no-refresh") { Description = "Use the package catalogue as it is; do not refresh it." };

    public static readonly Option<string?> BackendOption = CommonOptions.Backend();

    public static Command Create()
    {
        var command = new Command("check", "Check for package updates; exit 0 when up to date, 100 when updates are waiting, 1 on error.")
        {
            JsonOption,
            NoRefreshOption,
            BackendOption,
        };
        command.SetAction(CheckCommand.RunAsync);
        return command;
    }
}
