namespace UpdateStation.Tests.Shared;

public sealed partial class AptWorld
{
    /// <summary>Runs a program (an argument vector, no shell) with this world's APT_CONFIG and LC_ALL=C.</summary>
    public (int ExitCode, string Output, string Error) RunWithWorld(string program, params string[] arguments) =>
        Run(program, arguments, workingDirectory: null, Environment);

    /// <summary>Runs a program with an argument vector and LC_ALL=C, waiting up to two minutes (<see cref="Programs.Run"/>).</summary>
    public static (int ExitCode, string Output, string Error) Run(
        string program,
        IReadOnlyList<string> arguments,
        string? workingDirectory = null,
        IReadOnlyDictionary<string, string?>? environment = null) =>
        Programs.Run(program, arguments, workingDirectory, environment);

    private static string Check((int ExitCode, string Output, string Error) result) =>
        result.ExitCode == 0 ? result.Output : throw new InvalidOperationException($"exit {result.ExitCode}: {result.Error}");
}
