using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;
using UpdateStation.Upgrade.Events;

namespace UpdateStation.Upgrade.Elevation;

/// <summary>
/// Runs the root helper through pkexec, sudo or doas and reads its events: the one client of the helper, shared by the window
/// and the terminal's `upgrade`.
/// </summary>
/// <remarks>
/// The argv is a list (no shell). stdin is inherited, so pkexec can ask in a terminal; stdout is read line by line, each
/// line an event (a line that is not one is handed on as a `log` event); stderr is kept for the messages of pkexec, sudo, doas
/// and the helper's one line before its events. Stopping the reading never signals the helper: it survives a reader that
/// goes away, and the package manager must never be stopped midway.
/// </remarks>
public static class HelperProcess
{
    /// <summary>Runs <paramref name="helperPath"/> with <paramref name="arguments"/> through <paramref name="method"/>.</summary>
    /// <param name="onEvent">Called on a reader thread for each event, in order.</param>
    /// <param name="cancellationToken">Stops waiting (the helper goes on alone); the task is then cancelled.</param>
    /// <exception cref="Win32Exception">The elevation program cannot be started.</exception>
    public static async Task<HelperRunResult> RunAsync(
        ElevationMethod method,
        string helperPath,
        HelperArguments arguments,
        Action<UpgradeEvent> onEvent,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(onEvent);
        var argv = method.CommandLine(helperPath, arguments.Arguments);
        var start = new ProcessStartInfo(argv[0]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in argv.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new Win32Exception($"Cannot start '{argv[0]}'.");
        var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
        var (started, final) = await ReadEventsAsync(process.StandardOutput, onEvent, cancellationToken).ConfigureAwait(false);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        var stderr = await error.ConfigureAwait(false);
        var outcome = Elevation.Interpret(method, process.ExitCode, started);
        return new HelperRunResult(outcome, process.ExitCode, final, stderr.Trim());
    }

    /// <summary>One stdout line as an event; a line that is not one becomes a `log` event carrying it.</summary>
    public static UpgradeEvent ParseLine(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        try
        {
            return EventWriter.Parse(line) is { Event.Length: > 0 } parsed ? parsed : UpgradeEvent.ForLog(line);
        }
        catch (JsonException)
        {
            return UpgradeEvent.ForLog(line);
        }
    }

    private static async Task<(bool Started, UpgradeEvent? Final)> ReadEventsAsync(
        StreamReader output, Action<UpgradeEvent> onEvent, CancellationToken cancellationToken)
    {
        var started = false;
        UpgradeEvent? final = null;
        while (await output.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            started = true;
            var upgradeEvent = ParseLine(line);
            if (upgradeEvent.Event is UpgradeEventNames.EventDone or UpgradeEventNames.EventError)
            {
                final = upgradeEvent;
            }

            onEvent(upgradeEvent);
        }

        return (started, final);
    }
}
