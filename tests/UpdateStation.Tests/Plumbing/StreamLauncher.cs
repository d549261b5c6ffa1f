namespace UpdateStation.Tests.Plumbing;

/// <summary>Launchers that start the binary with its standard descriptors closed or redirected (test set-up only).</summary>
internal static class StreamLauncher
{
    /// <summary>An argv prefix that applies <paramref name="redirections"/> (bash syntax, "2&gt;&amp;-") and execs the rest.</summary>
    public static IReadOnlyList<string> Exec(string redirections) => ["bash", "-c", $"exec {redirections} \"$@\"", "bash"];

    /// <summary>Options that start the binary through <see cref="Exec"/>.</summary>
    public static StartOptions With(string redirections) => new() { Launcher = Exec(redirections) };
}
