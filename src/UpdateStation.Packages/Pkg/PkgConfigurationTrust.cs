using UpdateStation.Packages.Processes;
using UpdateStation.Posix;

namespace UpdateStation.Packages.Pkg;

/// <summary>
/// The root helper's gate before each pkg run: what pkg reads its configuration, catalogues and keys from must be root's
/// alone from / down (<see cref="RootOnlyPath"/>), or the run is refused with the path in words.
/// </summary>
/// <remarks>
/// pkg.conf is checked first, at pkg's compiled-in place (the helper empties the environment, so nothing moves it), since
/// `pkg -vv` itself reads it and loads the plugins it names. Then `pkg -vv`, with the environment of the runs to come,
/// says where the rest is: PKG_DBDIR (the installed set and the catalogues) and every REPOS_DIR with all they hold, and
/// each repository's fingerprints directory or public key, which decide whose packages root installs; PKG_CACHEDIR and
/// PKG_PLUGINS_DIR themselves.
/// </remarks>
internal static class PkgConfigurationTrust
{
    /// <summary>pkg's own configuration file (PREFIX/etc/pkg.conf on FreeBSD).</summary>
    public const string ConfigurationFile = "/usr/local/etc/pkg.conf";

    /// <exception cref="UntrustedConfigurationException">Something pkg reads could be changed by others than root.</exception>
    public static async Task ThrowIfUntrustedAsync(
        string pkg, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string?>? environment, CancellationToken cancellationToken)
    {
        ThrowIf(RootOnlyPath.Problem(ConfigurationFile), "pkg's configuration file");
        var result = await ProcessRunner.RunAsync(pkg, [.. arguments, "-vv"], environment, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (result.ExitCode != 0)
        {
            throw new PackageManagerFailedException("pkg -vv", result.ExitCode, result.Detail);
        }

        foreach (var (what, path, withContents) in Paths(result.StandardOutput))
        {
            ThrowIf(withContents ? RootOnlyPath.ProblemWithContents(path) : RootOnlyPath.Problem(path), what);
        }
    }

    /// <summary>The paths `pkg -vv` names that decide what pkg does as root: (what it is, the path, whether its contents count).</summary>
    internal static IEnumerable<(string What, string Path, bool WithContents)> Paths(string text)
    {
        var inReposDir = false;
        var inRepositories = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (inReposDir)
            {
                inReposDir = line != "]";
                if (inReposDir && Unquote(line.TrimEnd(',')) is { Length: > 0 } directory)
                {
                    yield return ("pkg's REPOS_DIR", directory, true);
                }
            }
            else if (!inRepositories)
            {
                inRepositories = line == "Repositories:";
                inReposDir = line == "REPOS_DIR [";
                if (Setting(line, " = ") is ({ } key, { } value) && key is "PKG_DBDIR" or "PKG_CACHEDIR" or "PKG_PLUGINS_DIR" && value.Length > 0)
                {
                    yield return ($"pkg's {key}", value, key == "PKG_DBDIR");
                }
            }
            else if (Setting(line, ":") is ({ } key, { } value) && key is "fingerprints" or "pubkey" && value.Length > 0)
            {
                yield return ($"a repository's {key}", value, key == "fingerprints");
            }
        }
    }

    private static (string? Key, string? Value) Setting(string line, string separator)
    {
        var at = line.IndexOf(separator, StringComparison.Ordinal);
        return at <= 0 ? (null, null) : (line[..at].Trim(), Unquote(line[(at + separator.Length)..].Trim().TrimEnd(';', ',').Trim()));
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && value[0] == '"' && value[^1] == '"' ? value[1..^1] : value;

    private static void ThrowIf(string? problem, string what)
    {
        if (problem is not null)
        {
            throw new UntrustedConfigurationException(
                $"The helper will not run pkg: {what} is not root's alone: {problem}. It runs pkg only with files that root alone can change, from / down.");
        }
    }
}
