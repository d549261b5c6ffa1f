namespace UpdateStation.Packages.Pkg;

/// <summary>What `pkg -vv` says of pkg's configuration: the database directory and the repositories.</summary>
/// <remarks>
/// `pkg -vv` prints every setting as `NAME = "value";`, then "Repositories:" and one block per repository:
/// `  NAME: {`, `    url : "...",`, `    enabled : yes,`, `  }`. It applies pkg.conf, REPOS_DIR and the environment, so
/// it answers for the same configuration the other pkg runs see.
/// </remarks>
internal sealed record PkgConfiguration(string? DatabaseDirectory, IReadOnlyList<PkgRepository> Repositories)
{
    public static PkgConfiguration Parse(string text)
    {
        string? databaseDirectory = null;
        var repositories = new List<PkgRepository>();
        bool inRepositories = false;
        string? name = null, url = null;
        bool enabled = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (!inRepositories)
            {
                inRepositories = line == "Repositories:";
                if (line.StartsWith("PKG_DBDIR = ", StringComparison.Ordinal))
                {
                    databaseDirectory = Unquote(line["PKG_DBDIR = ".Length..].TrimEnd(';'));
                }
            }
            else if (line.EndsWith('{') && line.IndexOf(':') is > 0 and var colon)
            {
                (name, url, enabled) = (line[..colon].Trim(), null, false);
            }
            else if (line == "}" && name is not null)
            {
                repositories.Add(new PkgRepository(name, url ?? "", enabled));
                name = null;
            }
            else if (name is not null && Setting(line) is ({ } key, { } value))
            {
                url = key == "url" ? Unquote(value) : url;
                enabled = key == "enabled" ? value is "yes" or "true" or "on" : enabled;
            }
        }

        return new PkgConfiguration(databaseDirectory, repositories);
    }

    private static (string? Key, string? Value) Setting(string line)
    {
        int colon = line.IndexOf(':');
        return colon <= 0 ? (null, null) : (line[..colon].Trim(), line[(colon + 1)..].Trim().TrimEnd(',').Trim());
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && value[0] == '"' && value[^1] == '"' ? value[1..^1] : value;
}
