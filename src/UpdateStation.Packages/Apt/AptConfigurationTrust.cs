using UpdateStation.Packages.Processes;
using UpdateStation.Posix;

namespace UpdateStation.Packages.Apt;

/// <summary>
/// The root helper's gate before each apt run: every file and directory apt reads from its configuration must be root's
/// alone from / down (<see cref="RootOnlyPath"/>), or the run is refused with the path in words.
/// </summary>
/// <remarks>
/// apt itself says where it reads: `apt-config shell` with the same APT_CONFIG resolves each key as apt does (Dir::Etc
/// against Dir, the others against Dir::Etc). apt-config only reads when told the architectures; otherwise it runs
/// Dir::Bin::dpkg to ask, a program of the very configuration under question. Parts directories are checked with all they
/// hold, and `#include`s in the files apt reads are followed. Dir::Bin::dpkg and Dir::Bin::methods are checked too: apt
/// runs them as root. The lists, the archives and dpkg's status decide what is installed, so their directories count.
/// </remarks>
internal static class AptConfigurationTrust
{
    private const int MaxBytes = 1024 * 1024;
    private const int MaxIncludeDepth = 10;

    /// <summary>The keys apt reads from, with apt-config's /f (file) or /d (directory) suffix; true: everything inside counts.</summary>
    private static readonly (string Key, bool WithContents)[] s_keys =
    [
        ("Dir/d", false),
        ("Dir::Etc/d", false),
        ("Dir::Etc::main/f", false),
        ("Dir::Etc::parts/d", true),
        ("Dir::Etc::sourcelist/f", false),
        ("Dir::Etc::sourceparts/d", true),
        ("Dir::Etc::preferences/f", false),
        ("Dir::Etc::preferencesparts/d", true),
        ("Dir::Etc::trusted/f", false),
        ("Dir::Etc::trustedparts/d", true),
        ("Dir::Bin::dpkg/f", false),
        ("Dir::Bin::methods/d", true),
        ("Dir::State::lists/d", false),
        ("Dir::State::status/f", false),
        ("Dir::Cache::archives/d", false),
    ];

    /// <exception cref="UntrustedConfigurationException">Something apt reads could be changed by others than root.</exception>
    /// <exception cref="BackendException">apt-config could not say.</exception>
    public static async Task ThrowIfUntrustedAsync(string aptConfig, IReadOnlyDictionary<string, string?> variables, CancellationToken cancellationToken)
    {
        // What apt-config reads before it can answer: the file APT_CONFIG names (and what it includes).
        var named = variables.TryGetValue("APT_CONFIG", out var fromVariables) ? fromVariables : Environment.GetEnvironmentVariable("APT_CONFIG");
        if (!string.IsNullOrEmpty(named))
        {
            ThrowIf(CheckConfigurationFile(named, "the apt configuration (APT_CONFIG)", 0));
        }

        List<string> arguments = ["-o", "APT::Architectures=all", "shell"];
        for (var i = 0; i < s_keys.Length; i++)
        {
            arguments.AddRange([$"K{i}", s_keys[i].Key]);
        }

        var result = await ProcessRunner.RunAsync(aptConfig, arguments, variables, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (result.ExitCode != 0)
        {
            throw new PackageManagerFailedException("apt-config shell", result.ExitCode, AptMessages.OneLine(result.Detail) + ".");
        }

        foreach (var line in result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals < 2 || !int.TryParse(line.AsSpan(1, equals - 1), out var index) || index >= s_keys.Length
                || AptCatalogue.ParseShellValue(line[equals..]) is not { Length: > 0 } value)
            {
                continue;
            }

            var (key, withContents) = s_keys[index];
            var what = $"apt's {key[..key.LastIndexOf('/')]}";
            ThrowIf(withContents ? RootOnlyPath.ProblemWithContents(value) : RootOnlyPath.Problem(value), what);
            if (key.StartsWith("Dir::Etc::main", StringComparison.Ordinal))
            {
                ThrowIf(CheckConfigurationFile(value, what, 0));
            }
            else if (key.StartsWith("Dir::Etc::parts", StringComparison.Ordinal) && Directory.Exists(value))
            {
                foreach (var part in Directory.GetFiles(value).Order(StringComparer.Ordinal))
                {
                    ThrowIf(CheckConfigurationFile(part, what, 0));
                }
            }
        }
    }

    /// <summary>The file's own path, then each `#include` in it, in turn; null when all pass.</summary>
    private static (string Problem, string What)? CheckConfigurationFile(string path, string what, int depth)
    {
        if ((Directory.Exists(path) ? RootOnlyPath.ProblemWithContents(path) : RootOnlyPath.Problem(path)) is { } problem)
        {
            return (problem, what);
        }

        if (depth > MaxIncludeDepth || BoundedFile.TryRead(path, MaxBytes, out _, followLinks: true) is not { } bytes)
        {
            return null;
        }

        foreach (var raw in System.Text.Encoding.UTF8.GetString(bytes).Split('\n'))
        {
            var line = raw.Trim();
            if (!line.StartsWith("#include", StringComparison.Ordinal))
            {
                continue;
            }

            var included = line["#include".Length..].Trim().TrimEnd(';').Trim().Trim('"');
            var by = $"a file included by '{path}'";
            if (!included.StartsWith('/'))
            {
                // apt opens it as written, that is from whatever directory it was started in.
                return ($"it includes '{included}', which is not an absolute path", by);
            }

            if (CheckConfigurationFile(included, by, depth + 1) is { } nested)
            {
                return nested;
            }

            if (Directory.Exists(included))
            {
                foreach (var file in Directory.GetFiles(included))
                {
                    if (CheckConfigurationFile(file, by, depth + 1) is { } inDirectory)
                    {
                        return inDirectory;
                    }
                }
            }
        }

        return null;
    }

    private static void ThrowIf((string Problem, string What)? found)
    {
        if (found is { } f)
        {
            ThrowIf(f.Problem, f.What);
        }
    }

    private static void ThrowIf(string? problem, string what)
    {
        if (problem is not null)
        {
            throw new UntrustedConfigurationException(
                $"The helper will not run apt: {what} is not root's alone: {problem}. It runs apt only with files that root alone can change, from / down.");
        }
    }
}
