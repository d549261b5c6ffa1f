using System.Diagnostics;
using UpdateStation.Tests.Plumbing;

namespace UpdateStation.Tests.Commands;

/// <summary>Runs the published update-station (<see cref="StationBinary"/>) once, with extra environment variables.</summary>
internal static class PublishedBinary
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(
        IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken, UnixUser? user = null, string? executable = null,
        string? umask = null, IReadOnlyList<string>? enter = null)
    {
        executable ??= StationBinary.Path;
        // As another user: through setpriv, which execs the binary with that uid and gid. Under another umask: through a
        // shell that sets it and execs the rest (the test process's own umask is shared by all its threads).
        IReadOnlyList<string> argv = user is null ? [executable, .. arguments] : [.. user.SetprivPrefix, executable, .. arguments];
        argv = umask is null ? argv : ["sh", "-c", $"umask {umask} && exec \"$0\" \"$@\"", .. argv];
        // First of all, as the test's user: a prefix such as nsenter (a polkit's own /run/dbus).
        argv = [.. enter ?? [], .. argv];
        var start = new ProcessStartInfo(argv[0])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in argv.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, await output, await error);
    }
}
