namespace UpdateStation.Bench.RoundTrip;

/// <summary>One timed command: its row name, its command line (run without a shell) and the exit status every run must have.</summary>
internal sealed record BenchCommand(string Name, string CommandLine, int ExpectedExit = 0);
