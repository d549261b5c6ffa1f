namespace UpdateStation.Packages.Processes;

/// <summary>Finds a program on the PATH a child will get, which may differ from ours.</summary>
/// <remarks>Process.Start looks a bare name up on the parent's PATH, not on the PATH given in the child's environment.</remarks>
public static class ProgramLocator
{
    /// <summary>The full path of <paramref name="program"/> on the PATH of <paramref name="environment"/>; the bare name when it sets none.</summary>
    /// <exception cref="BackendException">The environment sets a PATH and no directory in it has the program.</exception>
    public static string Resolve(string program, IReadOnlyDictionary<string, string?>? environment)
    {
        if (program.Contains('/', StringComparison.Ordinal) || environment is null || !environment.TryGetValue("PATH", out var path) || path is null)
        {
            return program;
        }

        foreach (var directory in path.Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, program);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new BackendException($"Cannot run '{program}': it is in no directory of the PATH given to it ({path}).");
    }
}
