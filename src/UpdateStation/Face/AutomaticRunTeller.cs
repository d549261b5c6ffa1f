using UpdateStation.Desktop;
using UpdateStation.Desktop.Notifications;
using UpdateStation.Posix;
using UpdateStation.Upgrade.History;

namespace UpdateStation.Face;

/// <summary>
/// Tells the desktop of the automatic runs that ended since it last told (<see cref="AutomaticRunNews"/>): one
/// notification per run, from the run log read through <see cref="RunLogFile"/>; remembered in <see cref="AutomaticRunsToldFile"/>.
/// </summary>
/// <remarks>
/// Asked at the tray's start and after each check. No watch of its own on the log: a finished run changes the package
/// database, whose watch starts a check (<see cref="PackageDatabaseWatch"/>); a run that failed before changing anything
/// is told after the next check. Each telling runs off the loop, one at a time.
/// </remarks>
internal sealed class AutomaticRunTeller(string logPath, AutomaticRunsToldFile told)
{
    private int _wanted;
    private int _running;
    private string? _problemLogged;
    private bool _saveFailedLogged;

    /// <summary>Tells what is new, off the caller's thread; asked while telling, it tells once more after.</summary>
    public void Tell(DesktopFace face)
    {
        Volatile.Write(ref _wanted, 1);
        if (Interlocked.CompareExchange(ref _running, 1, 0) == 0)
        {
            _ = Task.Run(() => TellWhileWantedAsync(face));
        }
    }

    private async Task TellWhileWantedAsync(DesktopFace face)
    {
        do
        {
            while (Interlocked.Exchange(ref _wanted, 0) == 1)
            {
                await TellAsync(face).ConfigureAwait(false);
            }

            Volatile.Write(ref _running, 0);
        }
        while (Volatile.Read(ref _wanted) == 1 && Interlocked.CompareExchange(ref _running, 1, 0) == 0);
    }

    private async Task TellAsync(DesktopFace face)
    {
        try
        {
            var runs = RunLogFile.Read(logPath, out var problem);
            if (problem is not null)
            {
                if (problem != Interlocked.Exchange(ref _problemLogged, problem))
                {
                    Log.Info($"cannot read the run log {logPath} to tell of automatic runs: {problem}");
                }

                return;
            }

            var now = DateTimeOffset.Now;
            var before = told.Load();
            var toldUpTo = before;
            var all = true;
            foreach (var run in AutomaticRunNews.Select(runs, before, now))
            {
                if (!await face.TellAutomaticRunAsync(ReportOf(run)).ConfigureAwait(false))
                {
                    all = false;
                    break; // No server: told at a later try.
                }

                toldUpTo = run.Ended;
            }

            Keep(all ? AutomaticRunNews.ToldUpTo(runs, toldUpTo, now) : toldUpTo, before);
        }
        catch (ObjectDisposedException)
        {
            // The tray stops: what was not told is told by the next one.
        }
    }

    private AutomaticRunReport ReportOf(PastRun run) => new(
        run.Ended!.Value,
        run.Changes.Count(c => !c.IsRemoval),
        run.Security,
        run.RestartNeeded,
        run.Result == PastRunResult.Failed ? run.Message ?? "" : null,
        logPath);

    private void Keep(DateTimeOffset? toldUpTo, DateTimeOffset? before)
    {
        if (toldUpTo is not { } upTo || upTo == before)
        {
            return;
        }

        try
        {
            told.Save(upTo);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or PosixException)
        {
            if (!_saveFailedLogged)
            {
                _saveFailedLogged = true;
                Log.Info($"cannot keep which automatic runs were told in {told.Path}: {ex.Message}; a restarted tray tells them again");
            }
        }
    }
}
