using System.Text;

namespace UpdateStation.Packages.Apt;

/// <summary>The apt.conf a user's check runs with: the system's (or the caller's) configuration, with lists and cache private.</summary>
/// <remarks>
/// apt reads APT_CONFIG first, then Dir::Etc::parts, then Dir::Etc::main (apt-pkg/init.cc, pkgInitConfig), so the two
/// directory settings made here decide what is read next. The caller's APT_CONFIG is included first and only what must be
/// private is overridden after it: lists, cache, no locking, an empty parts directory and no main file, which keeps the host's
/// apt.conf.d hooks (APT::Update::Pre-Invoke...) out of a user's refresh. Sources, keys, preferences and the dpkg status stay
/// the system's, or what the caller's file says.
/// </remarks>
internal static class AptPrivateConfiguration
{
    /// <exception cref="BackendException">A path contains a character apt.conf cannot quote.</exception>
    public static string Render(string? callerConfig, string listsDirectory, string cacheDirectory, string emptyPartsDirectory)
    {
        var text = new StringBuilder("// Written by update-station for checks without root; rewritten on every check.\n");
        if (callerConfig is not null)
        {
            text.Append("#include \"").Append(Quote(Path.GetFullPath(callerConfig))).Append("\";\n");
        }

        text.Append("Dir::State::lists \"").Append(Quote(listsDirectory)).Append("/\";\n")
            .Append("Dir::Cache \"").Append(Quote(cacheDirectory)).Append("/\";\n")
            .Append("Dir::Cache::archives \"").Append(Quote(cacheDirectory)).Append("/archives/\";\n")
            .Append("Dir::Cache::pkgcache \"").Append(Quote(cacheDirectory)).Append("/pkgcache.bin\";\n")
            .Append("Dir::Cache::srcpkgcache \"").Append(Quote(cacheDirectory)).Append("/srcpkgcache.bin\";\n")
            .Append("Dir::Etc::parts \"").Append(Quote(emptyPartsDirectory)).Append("/\";\n")
            .Append("Dir::Etc::main \"").Append(Quote(emptyPartsDirectory)).Append("/none.conf\";\n")
            .Append("Debug::NoLocking \"true\";\n");
        return text.ToString();
    }

    private static string Quote(string path) =>
        path.IndexOfAny(['"', '\n', '\r']) < 0
            ? path
            : throw new BackendException($"Cannot use '{path.ReplaceLineEndings(" ")}' in an apt configuration: it contains a quote or a line break.");
}
