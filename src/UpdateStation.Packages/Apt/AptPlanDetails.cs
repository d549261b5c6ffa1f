using UpdateStation.Packages.Model;

namespace UpdateStation.Packages.Apt;

/// <summary>Fills a plan's changes from the package records (<see cref="AptRecord"/>): sizes, summary, description,
/// homepage, and why a package is new or removed; a pure function.</summary>
/// <remarks>
/// Sizes are the candidate's Packages <c>Size</c> (the download) and <c>Installed-Size</c> (KiB) after minus before. The
/// reason of a new package is the plan's packages whose new version depends on it (Depends, Pre-Depends) or recommends it,
/// directly or through what it provides; of a removal, the plan's new versions that conflict with or break it (or that it
/// conflicts with), else the removed package it depends on. A reason the simulation gave already is kept.
/// </remarks>
internal static partial class AptPlanDetails
{
    private const int NamesShown = 3;

    public static IReadOnlyList<PackageChange> Fill(IReadOnlyList<PackageChange> changes, IReadOnlyDictionary<string, AptRecord> records)
    {
        var candidates = new List<(PackageChange Change, AptRecord Record)>();
        foreach (var change in changes)
        {
            if (change.Action != ChangeAction.Remove && change.NewVersion is { } version && Find(records, change.Name, version) is { } record)
            {
                candidates.Add((change, record));
            }
        }

        var removed = changes.Where(c => c.Action == ChangeAction.Remove).Select(c => BaseName(c.Name)).ToHashSet(StringComparer.Ordinal);
        var relations = changes.Any(c => c.Action is ChangeAction.Install or ChangeAction.Remove) ? new Relations(candidates) : null;
        return [.. changes.Select(change => Fill(change, records, relations, removed))];
    }

    /// <summary>The plan's totals: the sums of what its changes say; each null when a change that should say does not
    /// (a partial sum would read as the whole).</summary>
    public static (long? DownloadBytes, long? DiskChangeBytes) Totals(IReadOnlyList<PackageChange> changes)
    {
        long? download = 0, disk = 0;
        foreach (var change in changes)
        {
            if (change.Action is not (ChangeAction.Remove or ChangeAction.Configure))
            {
                download += change.DownloadBytes;
            }

            if (change.Action != ChangeAction.Configure)
            {
                disk += change.DiskChangeBytes;
            }
        }

        return changes.Count == 0 ? (null, null) : (download, disk);
    }

    private static PackageChange Fill(
        PackageChange change, IReadOnlyDictionary<string, AptRecord> records, Relations? relations, HashSet<string> removed)
    {
        var next = change.Action == ChangeAction.Remove || change.NewVersion is null ? null : Find(records, change.Name, change.NewVersion);
        var before = change.CurrentVersion is null ? null : Find(records, change.Name, change.CurrentVersion);
        var shown = next ?? before;
        var (summary, description) = AptDescription.Split(shown?.Field("Description"));
        return change with
        {
            DownloadBytes = change.Action is ChangeAction.Remove or ChangeAction.Configure ? null : next?.Number("Size"),
            DiskChangeBytes = DiskChange(change.Action, next, before),
            Summary = summary,
            Description = description,
            Homepage = shown?.Field("Homepage") is { Length: > 0 } homepage ? homepage : null,
            Reason = change.Reason ?? change.Action switch
            {
                ChangeAction.Install => WhyNew(change, next, relations!),
                ChangeAction.Remove => WhyRemoved(change, before, relations!, removed),
                _ => null,
            },
        };
    }

    private static long? DiskChange(ChangeAction action, AptRecord? next, AptRecord? before)
    {
        var after = next?.Number("Installed-Size");
        var was = before?.Number("Installed-Size");
        return action switch
        {
            ChangeAction.Install => after * 1024,
            ChangeAction.Remove => -was * 1024,
            ChangeAction.Configure => null,
            _ => after - was is { } difference ? difference * 1024 : null,
        };
    }

    private static string? WhyNew(PackageChange change, AptRecord? next, Relations relations)
    {
        var names = Names(change, next);
        var needs = relations.Mentioning(change, names, Relations.Depends);
        if (needs.Count > 0)
        {
            return "a new dependency of " + List(needs);
        }

        var recommends = relations.Mentioning(change, names, Relations.Recommends);
        return recommends.Count > 0 ? "recommended by " + List(recommends) : null;
    }

    private static string? WhyRemoved(PackageChange change, AptRecord? before, Relations relations, HashSet<string> removed)
    {
        var conflicting = relations.Mentioning(change, Names(change, before), Relations.Conflicts);
        conflicting.AddRange(relations.Named(before?.Names("Conflicts") ?? []).Except(conflicting));
        if (conflicting.Count > 0)
        {
            return "conflicts with " + List(conflicting);
        }

        var breaking = relations.Mentioning(change, Names(change, before), Relations.Breaks);
        if (breaking.Count > 0)
        {
            return (breaking.Count == 1 ? "broken by " : "broken by the new versions of ") + List(breaking);
        }

        var gone = before?.Names("Depends").Concat(before.Names("Pre-Depends")).Where(removed.Contains).Distinct().ToList() ?? [];
        return gone.Count > 0 ? $"depends on {List(gone)}, which {(gone.Count == 1 ? "is" : "are")} removed" : null;
    }

    /// <summary>The names a version answers to: its own and what it provides.</summary>
    private static HashSet<string> Names(PackageChange change, AptRecord? record)
    {
        var names = new HashSet<string>(StringComparer.Ordinal) { BaseName(change.Name) };
        names.UnionWith(record?.Names("Provides") ?? []);
        return names;
    }

    private static string List(List<string> items) => items.Count switch
    {
        1 => items[0],
        <= NamesShown => string.Join(", ", items[..^1]) + " and " + items[^1],
        _ => string.Join(", ", items[..NamesShown]) + $" and {items.Count - NamesShown} more",
    };

    internal static AptRecord? Find(IReadOnlyDictionary<string, AptRecord> records, string name, string version) =>
        records.TryGetValue(AptRecordParser.Key(name, version), out var record) || records.TryGetValue(AptRecordParser.Key(BaseName(name), version), out record)
            ? record
            : null;

    internal static string BaseName(string name) => name.IndexOf(':', StringComparison.Ordinal) is var colon and > 0 ? name[..colon] : name;
}
