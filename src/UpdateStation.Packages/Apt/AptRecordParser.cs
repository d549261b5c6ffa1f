namespace UpdateStation.Packages.Apt;

/// <summary>Reads the deb822 paragraphs `apt-cache show` prints into <see cref="AptRecord"/>s; a pure function.</summary>
/// <remarks>Only the fields a plan's details use are kept (a record also carries checksums, maintainers...). A paragraph
/// without Package or Version is skipped. The first record of a version wins (apt prints a version once per request).</remarks>
internal static class AptRecordParser
{
    private static readonly HashSet<string> s_kept = new(StringComparer.OrdinalIgnoreCase)
    {
        "Size", "Installed-Size", "Homepage", "Description", "Depends", "Pre-Depends", "Recommends", "Provides", "Conflicts", "Breaks",
    };

    /// <summary>The records by <see cref="Key"/>: both <c>name:arch=version</c> and <c>name=version</c> (the first record of that name and version).</summary>
    public static Dictionary<string, AptRecord> Parse(string text)
    {
        var records = new Dictionary<string, AptRecord>(StringComparer.Ordinal);
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? current = null;
        foreach (var line in text.Split('\n'))
        {
            if (line.Length == 0)
            {
                Add(records, fields);
                fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                current = null;
            }
            else if (line[0] is ' ' or '\t')
            {
                if (current is not null)
                {
                    fields[current] = fields[current] + "\n" + line;
                }
            }
            else if (line.IndexOf(':', StringComparison.Ordinal) is var colon and > 0)
            {
                var name = line[..colon];
                if (name.StartsWith("Description-", StringComparison.OrdinalIgnoreCase) && !name.Equals("Description-md5", StringComparison.OrdinalIgnoreCase))
                {
                    name = "Description"; // A translated description (Debian's Packages carry only the summary; apt shows Translation-xx's text).
                }

                current = s_kept.Contains(name) || name is "Package" or "Version" or "Architecture" ? name : null;
                if (current is not null)
                {
                    fields[current] = line[(colon + 1)..].Trim();
                }
            }
        }

        Add(records, fields);
        return records;
    }

    /// <summary>The key of a version: the change's name as apt's simulation prints it (<c>name</c> or <c>name:arch</c>) and the version.</summary>
    public static string Key(string name, string version) => name + "=" + version;

    private static void Add(Dictionary<string, AptRecord> records, Dictionary<string, string> fields)
    {
        if (!fields.Remove("Package", out var package) || !fields.Remove("Version", out var version))
        {
            return;
        }

        fields.Remove("Architecture", out var architecture);
        var record = new AptRecord(package, architecture ?? "", version, fields);
        records.TryAdd(Key($"{package}:{architecture}", version), record);
        records.TryAdd(Key(package, version), record);
    }
}
