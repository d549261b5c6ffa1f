using FsCheck.Xunit;
using UpdateStation.Packages.Model;
using UpdateStation.Rendering;

namespace UpdateStation.Tests.Units.Rendering;

/// <summary>The plan as a table: fitted to a terminal's width, shortened with an ellipsis, SECURITY never cut.</summary>
public sealed class PlanTableTests
{
    /// <summary>The narrowest the five columns become (their floors, 16+10+10+10+14) and the four gaps between them.</summary>
    private const int NarrowestFit = 68;
    private static readonly DateTimeOffset s_now = new(2026, 12, 4, 12, 0, 0, TimeSpan.Zero);

    [Property(MaxTest = 300)]
    public bool FittedTable_EveryRowWithinTheWidth(string[] names, string[] versions, bool[] security, byte extra)
    {
        var plan = Plan(names, versions, security);
        int width = NarrowestFit + extra;

        var rows = TableLines(plan, new TerminalStyle(width, false));

        return rows.All(line => line.Length <= width);
    }

    [Property(MaxTest = 300)]
    public bool FittedTable_SecurityUpdatesAreMarkedWhole_AtAnyWidth(string[] names, string[] versions, byte width)
    {
        var plan = Plan(names, versions, [true]);

        var rows = TableLines(plan, new TerminalStyle(width, false));

        return rows.Skip(1).Count(r => r.Contains("SECURITY", StringComparison.Ordinal)) == plan.SecurityCount;
    }

    /// <remarks>A row's trailing blanks are trimmed, so a version of spaces alone is compared trimmed.</remarks>
    [Property(MaxTest = 200)]
    public bool NotATerminal_RowsKeepTheirWholeFields(string[] names, string[] versions)
    {
        var plan = Plan(names, versions, []);

        var rows = TableLines(plan, TerminalStyle.Plain);

        return plan.Updates.Select((u, i) => rows[i + 1].StartsWith(TerminalText.Escape(u.Name).TrimEnd(), StringComparison.Ordinal)
            && rows[i + 1].Contains(TerminalText.Escape(u.NewVersion!).Trim(), StringComparison.Ordinal)).All(whole => whole);
    }

    [Fact]
    public void NarrowTerminal_ShortensTheLongNameWithAnEllipsis_NotesFirstThenRepository()
    {
        var plan = Plan(
            [new PackageChange(new string('n', 40), ChangeAction.Upgrade, "1.0", "2.0", "a-very-long-repository-name", Security: true)]);

        var rows = TableLines(plan, new TerminalStyle(NarrowestFit, false));

        var row = rows[1];
        Assert.True(row.Length <= NarrowestFit, row);
        Assert.StartsWith(new string('n', 29) + "…", row, StringComparison.Ordinal);
        Assert.Contains("a-very-lo…", row, StringComparison.Ordinal);
        Assert.EndsWith("SECURITY", row, StringComparison.Ordinal);
    }

    [Fact]
    public void WideTerminal_NothingShortened()
    {
        var plan = Plan([new PackageChange("curl", ChangeAction.Upgrade, "7.88.1-10", "7.88.1-10+deb12u8", "bookworm-security", Security: true)]);

        var rows = TableLines(plan, new TerminalStyle(200, false));

        Assert.Equal("curl     7.88.1-10  7.88.1-10+deb12u8  bookworm-security  SECURITY", rows[1]);
    }

    [Fact]
    public void SecurityFirst_ThenThePackageManagersOrder_WithNotesForEachKind()
    {
        var plan = Plan(
        [
            new PackageChange("zlib", ChangeAction.Upgrade, "1", "2"),
            new PackageChange("old", ChangeAction.Remove, "1", null, Reason: "obsolete"),
            new PackageChange("openssl", ChangeAction.Upgrade, "3.0.1", "3.0.2", Security: true, Vulnerable: true),
            new PackageChange("fresh", ChangeAction.Install, null, "1.0"),
        ]);

        var rows = TableLines(plan, TerminalStyle.Plain);

        Assert.Equal(["openssl", "zlib", "old", "fresh"], rows.Skip(1).Select(r => r.Split(' ')[0]));
        Assert.EndsWith("SECURITY still vulnerable!", rows[1], StringComparison.Ordinal);
        Assert.EndsWith("remove (obsolete)", rows[3], StringComparison.Ordinal);
        Assert.Matches(@"^fresh\s+-\s+1\.0\s+new$", rows[4]);
    }

    [Fact]
    public void Colour_SecurityBoldRed_RemovalYellow_HeaderBold()
    {
        var plan = Plan(
        [
            new PackageChange("curl", ChangeAction.Upgrade, "1", "2", Security: true),
            new PackageChange("old", ChangeAction.Remove, "1", null),
            new PackageChange("zlib", ChangeAction.Upgrade, "1", "2"),
        ]);

        var rows = TableLines(plan, new TerminalStyle(120, true));

        Assert.StartsWith(TerminalStyle.Bold + "Package", rows[0], StringComparison.Ordinal);
        Assert.StartsWith(TerminalStyle.Bold + TerminalStyle.Red + "curl", rows[1], StringComparison.Ordinal);
        Assert.StartsWith(TerminalStyle.Yellow + "old", rows[2], StringComparison.Ordinal);
        Assert.StartsWith("zlib", rows[3], StringComparison.Ordinal);
        Assert.All(rows[..3], r => Assert.EndsWith(TerminalStyle.Reset, r, StringComparison.Ordinal));
    }

    [Fact]
    public void NamesFromThePackageManager_AreEscaped()
    {
        var plan = Plan([new PackageChange("evil\u001b]0;owned\u0007\u202Egnp", ChangeAction.Upgrade, "1\n2", "3")]);

        var output = Write(plan, new TerminalStyle(200, true));

        Assert.DoesNotContain('\u0007', output);
        Assert.DoesNotContain('\u202E', output);
        Assert.Contains(@"evil\e]0;owned\x07\u202egnp", output, StringComparison.Ordinal);
        Assert.Contains(@"1\n2", output, StringComparison.Ordinal);
    }

    [Fact]
    public void UpToDate_HeldPackagesApart_AndTheCatalogue()
    {
        var plan = new UpdatePlan("apt", s_now, [], [new HeldPackage("linux-image-amd64", "6.1.1", "6.1.2"), new HeldPackage("firefox-esr", null)])
        {
            RefreshErrors = ["http://example.invalid bookworm: 404"],
        };

        var lines = Write(plan, TerminalStyle.Plain).Split('\n');

        Assert.Equal("Up to date: no updates available.", lines[0]);
        Assert.Equal("Held back (locked or held; not upgraded):", lines[2]);
        Assert.Matches(@"^linux-image-amd64\s+6\.1\.1\s+6\.1\.2$", lines[4]);
        Assert.Equal("firefox-esr" + new string(' ', 8) + "?", lines[5]);
        Assert.Contains("Package catalogue not refreshed; its age is unknown.", lines);
        Assert.Contains("  http://example.invalid bookworm: 404", lines);
    }

    private static UpdatePlan Plan(IReadOnlyList<PackageChange> changes) => new("apt", s_now, changes, []);

    /// <summary>Changes made of generated names and versions; security updates where <paramref name="security"/> says (cycled).</summary>
    private static UpdatePlan Plan(string[]? names, string[]? versions, bool[]? security)
    {
        names = names is { Length: > 0 } ? names : ["p"];
        versions ??= [];
        security ??= [];
        return Plan([.. names.Select((name, i) => new PackageChange(
            string.IsNullOrEmpty(name) ? "p" : name,
            ChangeAction.Upgrade,
            versions.Length == 0 ? "1" : versions[i % versions.Length] ?? "1",
            versions.Length == 0 ? "2" : versions[(i + 1) % versions.Length] ?? "2",
            versions.Length == 0 ? null : versions[(i + 2) % versions.Length],
            Security: security.Length > 0 && security[i % security.Length]))]);
    }

    private static string Write(UpdatePlan plan, TerminalStyle style)
    {
        using var output = new StringWriter { NewLine = "\n" };
        PlanTable.Write(output, plan, s_now, refreshRequested: false, style);
        return output.ToString();
    }

    /// <summary>The header and one row per change: the lines the width applies to (the sentences after them wrap as prose).</summary>
    private static string[] TableLines(UpdatePlan plan, TerminalStyle style) =>
        Write(plan, style).Split('\n')[..(plan.Updates.Count + 1)];
}
