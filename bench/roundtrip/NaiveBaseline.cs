namespace UpdateStation.Bench.RoundTrip;

/// <summary>
/// What the naive approach does, as one exec-to-exit program: pkill(1) reads every /proc/*/cmdline (-f), matches the
/// tray's command line and sends SIGUSR1. It is compiled C and waits for no acknowledgement, which favours it.
/// </summary>
internal static class NaiveBaseline
{
    public static string Command(string binary) => $"pkill -USR1 -f ^{EscapeExtendedRegex(binary)}\\ tray$";

    private static string EscapeExtendedRegex(string text) =>
        string.Concat(text.Select(c => ".[]()*+?{}|^$\\ ".Contains(c) ? "\\" + c : c.ToString()));
}
