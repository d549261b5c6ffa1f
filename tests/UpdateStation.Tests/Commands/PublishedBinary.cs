using System.Diagnostics;
using UpdateStation.Tests.Plumbing;

namespace UpdateStation.Tests.Commands;

/// <summary>Runs the published update-station (<see cref="StationBinary"/>) once, with extra environment variables.</summary>
internal static class PublishedBinary
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(
        IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken, UnixUser? user = null, string? executable = null)
    {
        executable ??= StationBinary.Path;
        // As another user: through setpriv, which execs the binary with that uid and gid.
        var start = new ProcessStartInfo(user is null ? executable : "setpriv")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in user is null ? arguments : [.. user.SetprivPrefix.Skip(1), executable, .. arguments])
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
