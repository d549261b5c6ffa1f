using UpdateStation.Packages.Model;

namespace UpdateStation.Packages.Pkg;

/// <summary>Turns the text of `pkg upgrade -n` into a plan: a pure function, tolerant of lines it does not know.</summary>
/// <remarks>
/// pkg's wording and order vary between versions (REMOVED came first before pkg 2.0, last since), so every line is
/// read by its shape, never by its position. The exit status of the dry run says nothing (0 with or without a plan
/// since pkg 2.4), so the text decides. Text with nothing pkg would print is rejected with a <see cref="BackendException"/>.
/// </remarks>
internal static class PkgOutputParser
{
    /// <exception cref="BackendException">The text is not pkg's, or announces changes without any readable entry.</exception>
    public static PkgDryRun Parse(string text)
    {
        var updates = new List<PackageChange>();
        var held = new List<HeldPackage>();
        long? download = null, disk = null;
        bool upToDate = false, recognised = false;
        int announced = 0;
        var section = PkgSection.None;
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            var line = raw.TrimEnd();
            if (line.IsEmpty)
            {
                section = PkgSection.None;
                continue;
            }

            if (PkgLockedMessages.Collect(line, held) > 0)
            {
                recognised = true;
                continue;
            }

            bool indented = line[0] is '\t' or ' ';
            if (indented && section != PkgSection.None)
            {
                recognised |= ReadEntry(line, section, updates, held);
                continue;
            }

            line = line.Trim();
            if (PkgPlanLines.TryReadSectionTitle(line, out var next))
            {
                section = next;
                recognised = true;
                continue;
            }

            section = PkgSection.None;
            recognised |= ReadSummaryLine(line, ref announced, ref download, ref disk, ref upToDate);
        }

        if (!recognised)
        {
            throw new BackendException(text.AsSpan().Trim().IsEmpty
                ? "pkg's dry run printed nothing; expected a plan or 'Your packages are up to date.'."
                : $"The 'pkg' program printed text that is not a pkg dry run (it begins '{Excerpt(text, last: false)}'); check that 'pkg' is FreeBSD's package manager.");
        }

        if (updates.Count == 0 && held.Count == 0 && !upToDate && announced == 0)
        {
            // Never report "up to date" unless pkg said so: its errors (a missing catalogue, say) also end without a plan.
            throw new BackendException($"pkg's dry run ended without a plan or 'Your packages are up to date.'; it said: '{Excerpt(text, last: true)}'.");
        }

        if (announced > 0 && updates.Count == 0 && held.Count == 0)
        {
            throw new BackendException(
                $"pkg announced {announced} package change(s) but none of its entries could be read; its output format may have changed.");
        }

        bool selfFirst = updates.Exists(u => u.Name is "pkg" or "pkg-devel" && u.Action != ChangeAction.Remove);
        return new PkgDryRun(updates, held, download, disk, selfFirst, upToDate && updates.Count == 0);
    }

    private static bool ReadEntry(ReadOnlySpan<char> line, PkgSection section, List<PackageChange> updates, List<HeldPackage> held)
    {
        if (section == PkgSection.Ignored)
        {
            return true;
        }

        if (section == PkgSection.Locked)
        {
            if (PkgEntryParser.ParseLocked(line) is { } locked && !held.Exists(h => h.Name == locked.Name))
            {
                held.Add(locked);
            }

            return true;
        }

        if (PkgEntryParser.ParseChange(line, section) is { } change)
        {
            updates.Add(change);
            return true;
        }

        return false;
    }

    private static bool ReadSummaryLine(ReadOnlySpan<char> line, ref int announced, ref long? download, ref long? disk, ref bool upToDate)
    {
        if (PkgPlanLines.TryReadAnnouncedCount(line, out int count))
        {
            announced = count;
            return true;
        }

        if (PkgPlanLines.TryReadSize(line, out var kind, out long bytes))
        {
            if (kind == PkgSizeKind.Download)
            {
                download = bytes;
            }
            else
            {
                disk = bytes;
            }

            return true;
        }

        if (line.StartsWith("Your packages are up to date", StringComparison.Ordinal))
        {
            upToDate = true;
            return true;
        }

        return PkgPlanLines.IsKnownNoise(line);
    }

    /// <summary>The first or last non-empty line, shortened and without control characters, to quote in a message.</summary>
    private static string Excerpt(string text, bool last)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var line = lines.Length == 0 ? "" : last ? lines[^1] : lines[0];
        var chars = line.Take(80).Select(c => char.IsControl(c) ? '?' : c).ToArray();
        return new string(chars);
    }
}
