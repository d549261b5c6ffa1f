using System.CommandLine;

namespace UpdateStation.Commands;

/// <summary>`update-station upgrade [-y] [--backend apt|pkg]`.</summary>
internal static class UpgradeCommandDefinition
{
    public static readonly Option<bool> YesOption = new("--yes", "-y") { Description = "Upgrade without asking for confirmation." };

    public static readonly Option<string?> BackendOption = CommonOptions.Backend();

    public static Command Create()
    {
        var command = new Command(
            "upgrade",
            "Apply the update plan with progress through update-station-helper (directly as root, else through pkexec, sudo -n or doas -n), logging to /var/log/update-station.log; exit 0 when done, 1 on error, 128+N when signal N stopped it before any change.")
        {
            YesOption,
            BackendOption,
        };
        command.SetAction(UpgradeCommand.RunAsync);
        return command;
    }
}
