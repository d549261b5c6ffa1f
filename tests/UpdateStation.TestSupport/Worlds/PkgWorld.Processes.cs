using System.Diagnostics;

namespace UpdateStation.Tests.Shared;

public sealed partial class PkgWorld
{
    /// <summary>
    /// Holds pkg's database lock the way a running pkg does: `pkg delete NAME` takes the exclusive lock and waits at its
    /// "Proceed with deinstalling packages? [y/N]" prompt until the holder is disposed (stdin closes: "no", nothing changes).
    /// </summary>
    public async Task<IAsyncDisposable> HoldDatabaseLockAsync(string installedPackage, CancellationToken cancellationToken)
    {
        var process = Process.Start(Programs.StartInfo(PkgPath, [.. RootArguments, "delete", installedPackage], Nullable(Environment), redirectInput: true))
            ?? throw new InvalidOperationException("Cannot start pkg.");
        var holder = new PkgLockHolder(process);
        await holder.WaitForPromptAsync(cancellationToken).ConfigureAwait(false);
        return holder;
    }

    /// <summary>Runs a program (an argument vector, no shell) with LC_ALL=C, waiting up to two minutes (<see cref="Programs.Run"/>).</summary>
    public static (int ExitCode, string Output, string Error) Run(
        string program, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string?>? environment = null) =>
        Programs.Run(program, arguments, workingDirectory: null, environment);

    /// <summary>The same variables, as <see cref="Programs"/> takes them (where a null value removes one).</summary>
    public static IReadOnlyDictionary<string, string?> Nullable(IReadOnlyDictionary<string, string> environment) =>
        environment.ToDictionary(v => v.Key, string? (v) => v.Value);
}
