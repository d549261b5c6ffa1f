using UpdateStation.Helper;
using UpdateStation.Helper.Settings;
using UpdateStation.Packages;
using UpdateStation.Packages.Processes;
using UpdateStation.Posix;
using UpdateStation.Upgrade.Elevation;
using UpdateStation.Upgrade.Events;

// update-station-helper: the only part of Update Station that runs as root. It takes a verb and a plan fingerprint from its
// caller and nothing else; see HelperArguments (Upgrade), SettingsLocation and HelperEnvironment.
if (!Identity.IsRoot)
{
    return Refuse("must run as root; the desktop starts it through pkexec (or sudo), and 'update-station upgrade' does too.", HelperExitCodes.Failed);
}

if (!HelperArguments.TryParse(args, out var arguments, out var usage))
{
    return Refuse(usage, HelperExitCodes.Usage);
}

if (arguments!.Verb == HelperVerb.VerifyAptPlan)
{
    // apt runs this just before dpkg, with its plan for the run on stdin; a refusal stops apt with nothing changed.
    return UpdateStation.Packages.Apt.AptPlanHook.Verify(Console.In, arguments.Plan!, Console.Error);
}

HelperSettings settings;
try
{
    settings = HelperSettings.Load(SettingsLocation.Resolve(Environment.ProcessPath));
}
catch (SettingsException ex)
{
    return Refuse(ex.Message, HelperExitCodes.Failed);
}
catch (UpdateStation.Settings.SettingsFileException ex)
{
    // Refused, not ignored as a user's command would: a file root wrote and TOML cannot read may have named the apt
    // configuration, PATH or log to use, and running as root on the defaults instead would be a guess.
    return Refuse($"{ex.Message}; the helper runs only on settings it can read: correct the file or remove it.", HelperExitCodes.Failed);
}

HelperEnvironment.Apply(settings);
SessionExec.Wrapper = FrontEnd.SessionWrapper(Environment.ProcessPath);
foreach (var warning in settings.Warnings)
{
    RunLog.ForHelper(settings.LogPath).Write($"settings: {warning}");
}

var events = new EventWriter(Console.OpenStandardOutput());
try
{
    // Before each run of the package manager, what it reads from its configuration is checked again: root's alone from / down.
    // upgrade --ignore: the caller's ignore list, so the helper plans as the plan that was shown was made (its pins in root's state directory).
    var ignore = arguments.Ignore ?? [];
    var backend = BackendSelector.Create(
        settings.Backend,
        rootOnlyConfiguration: true,
        ignore: ignore,
        preferencesDirectory: ignore.Count > 0 ? UpdateStation.Helper.Automatic.StateDirectory.Open(settings.StateDirectory).Path : null);
    return arguments!.Verb switch
    {
        HelperVerb.Refresh => await HelperVerbs.RefreshAsync(backend, events, settings),
        HelperVerb.Upgrade => await HelperVerbs.UpgradeAsync(backend, events, settings, arguments),
        HelperVerb.Automatic => await new UpdateStation.Helper.Automatic.AutomaticRun(backend, events, settings).RunAsync(DateTime.Now),
        _ => await HelperVerbs.RebootAsync(events, settings),
    };
}
catch (BackendException ex)
{
    RunLog.ForHelper(settings.LogPath).Write($"failed: {ex.Message}");
    events.Write(UpgradeEvent.ForError(UpgradeEventNames.Failed, $"{ex.Message.TrimEnd('.')}. The log is {settings.LogPath}.", settings.LogPath));
    if (arguments.Verb == HelperVerb.Automatic)
    {
        // The scheduler sends the events to /dev/null: the journal (or periodic's mail) has only stderr.
        Refuse($"automatic: {ex.Message}", HelperExitCodes.Failed);
    }

    return HelperExitCodes.Failed;
}

static int Refuse(string message, int exitCode)
{
    try
    {
        Console.Error.WriteLine($"update-station-helper: {message}");
    }
    catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
    {
        // Nobody to tell (a closed stderr is EBADF, reported as UnauthorizedAccessException); the exit status says it.
    }

    return exitCode;
}
