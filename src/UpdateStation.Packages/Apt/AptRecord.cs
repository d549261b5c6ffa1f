namespace UpdateStation.Packages.Apt;

/// <summary>The fields of one package version's record (`apt-cache show`) that a plan's details use.</summary>
/// <param name="Package">The package name, without architecture.</param>
/// <param name="Architecture">Its architecture (<c>all</c>, <c>amd64</c>...); empty when the record names none.</param>
/// <param name="Version">The version, epoch included.</param>
/// <param name="Fields">The other fields it keeps, by name: Size, Installed-Size, Homepage, Description (or a translated
/// Description-xx), Depends, Pre-Depends, Recommends, Provides, Conflicts, Breaks; continuation lines joined with '\n'.</param>
internal sealed record AptRecord(string Package, string Architecture, string Version, IReadOnlyDictionary<string, string> Fields)
{
    public string? Field(string name) => Fields.TryGetValue(name, out var value) ? value : null;

    /// <summary>A numeric field (Size, Installed-Size); null when absent or not a number.</summary>
    public long? Number(string name) =>
        long.TryParse(Field(name), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>The package names a relationship field mentions (alternatives included, version constraints and architecture qualifiers dropped).</summary>
    public IEnumerable<string> Names(string field)
    {
        if (Field(field) is not { } text)
        {
            yield break;
        }

        foreach (var group in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            foreach (var alternative in group.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var end = alternative.IndexOfAny([' ', '(', '[', '<', '\n']);
                var name = end < 0 ? alternative : alternative[..end];
                var colon = name.IndexOf(':', StringComparison.Ordinal);
                name = colon < 0 ? name : name[..colon];
                if (name.Length > 0)
                {
                    yield return name;
                }
            }
        }
    }
}
