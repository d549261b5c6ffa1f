namespace UpdateStation.Packages.Apt;

/// <summary>The proxy settings of the host's apt configuration, carried into a user's private refresh.</summary>
/// <remarks>
/// A private refresh reads no apt.conf.d (that keeps the host's hooks out), so a proxy configured there would be lost
/// and a user behind it could never refresh. Only plain proxy values cross over: <c>Acquire::http::Proxy</c>,
/// <c>Acquire::https::Proxy</c>, <c>Acquire::ftp::Proxy</c> and their per-host forms. <c>Proxy-Auto-Detect</c> names a
/// program to run, which is a hook by another name, so it stays behind.
/// </remarks>
internal static class AptProxySettings
{
    private static readonly string[] s_schemes = ["http", "https", "ftp"];

    /// <summary>Reads `apt-config dump` text into `-o KEY=VALUE` pairs for the proxy keys; skips everything else.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Parse(string dump)
    {
        var settings = new List<KeyValuePair<string, string>>();
        foreach (var raw in dump.Split('\n'))
        {
            // `Acquire::http::Proxy "http://proxy:3128/";` and `Acquire::http::Proxy::mirror.example "DIRECT";`
            var line = raw.Trim();
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            if (space <= 0 || !line.EndsWith("\";", StringComparison.Ordinal) || line[space + 1] != '"')
            {
                continue;
            }

            var key = line[..space];
            var value = line[(space + 2)..^2];
            if (IsProxyKey(key) && value.Length > 0 && value.IndexOfAny(['"', '\n', '\r']) < 0)
            {
                settings.Add(new(key, value));
            }
        }

        return settings;
    }

    private static bool IsProxyKey(string key)
    {
        var parts = key.Split("::");
        return parts.Length is 3 or 4
            && parts[0] == "Acquire"
            && s_schemes.Contains(parts[1], StringComparer.Ordinal)
            && parts[2] == "Proxy"
            && (parts.Length == 3 || parts[3].Length > 0);
    }
}
