namespace UpdateStation.Packages.Processes;

/// <summary>The outcome of a finished child process with its captured output.</summary>
public sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>The output reached the limit it was given: the child was stopped, and the output is its start.</summary>
    public bool OutputCut { get; init; }

    /// <summary>The last non-empty line of standard error (else standard output): the line a person needs to see.</summary>
    public string Detail
    {
        get
        {
            var text = StandardError.Trim().Length > 0 ? StandardError : StandardOutput;
            var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return lines.Length > 0 ? lines[^1] : "no output";
        }
    }
}
