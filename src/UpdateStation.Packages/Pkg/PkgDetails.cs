using System.Globalization;
using UpdateStation.Packages.Model;

namespace UpdateStation.Packages.Pkg;

/// <summary>Reads `pkg query`/`pkg rquery` output in <see cref="Format"/> and fills a plan's changes with it; pure functions.</summary>
/// <remarks>
/// pkg's dry run names no per-package sizes (only the plan's totals), so a change's disk change is the new version's
/// flat size minus the installed one's, and its download stays unknown. The summary is pkg's comment, the description
/// its desc, the homepage its www.
/// </remarks>
internal static class PkgDetails
{
    private const char Field = '\x1f';
    private const char Record = '\x1e';

    /// <summary>name, version, origin, flat size, www, comment, desc; fields and records split by ASCII's unit and record separators (a desc spans lines).</summary>
    public const string Format = "%n\x1f%v\x1f%o\x1f%sb\x1f%w\x1f%c\x1f%e\x1e";

    public static Dictionary<(string Name, string Version), PkgRecord> Parse(string text)
    {
        var records = new Dictionary<(string, string), PkgRecord>();
        foreach (var raw in text.Split(Record))
        {
            var fields = raw.TrimStart('\n').Split(Field);
            if (fields.Length != 7 || fields[0].Length == 0)
            {
                continue;
            }

            records.TryAdd(
                (fields[0], fields[1]),
                new PkgRecord(
                    NullIfEmpty(fields[2]),
                    long.TryParse(fields[3], NumberStyles.None, CultureInfo.InvariantCulture, out var size) ? size : null,
                    NullIfEmpty(fields[4]),
                    NullIfEmpty(fields[5]),
                    NullIfEmpty(fields[6].Trim())));
        }

        return records;
    }

    public static IReadOnlyList<PackageChange> Fill(
        IReadOnlyList<PackageChange> changes, IReadOnlyDictionary<(string, string), PkgRecord> remote, IReadOnlyDictionary<(string, string), PkgRecord> installed) =>
        [.. changes.Select(change =>
        {
            var next = change.Action != ChangeAction.Remove && change.NewVersion is { } v ? remote.GetValueOrDefault((change.Name, v)) : null;
            var before = change.CurrentVersion is { } c ? installed.GetValueOrDefault((change.Name, c)) : null;
            var shown = next ?? before;
            return change with
            {
                DiskChangeBytes = change.Action switch
                {
                    ChangeAction.Install => next?.FlatSize,
                    ChangeAction.Remove => -before?.FlatSize,
                    _ => next?.FlatSize - before?.FlatSize,
                },
                Summary = change.Summary ?? shown?.Comment,
                Description = change.Description ?? shown?.Description,
                Homepage = change.Homepage ?? shown?.Www,
            };
        })];

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}

/// <summary>What pkg's database says of one package version.</summary>
internal sealed record PkgRecord(string? Origin, long? FlatSize, string? Www, string? Comment, string? Description);
