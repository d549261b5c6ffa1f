using FsCheck.Xunit;
using UpdateStation.Rendering;

namespace UpdateStation.Tests.Units.Rendering;

/// <summary>Columns two spaces apart, narrowed group by group (the widest of a group first), never below a floor or a header.</summary>
public sealed class TableLayoutTests
{
    private static readonly int[][] s_order = [[2], [0, 1]];
    private static readonly int[] s_floors = [4, 4, 6];

    [Property(MaxTest = 300)]
    public bool AnyCells_WithinAWidthTheFloorsAllow_EveryLineFits(string[] first, string[] second, string[] third, byte extra)
    {
        var cells = Cells(first, second, third);
        // The floors (or the header, when a header is wider) and the two gaps.
        int narrowest = Enumerable.Range(0, 3).Sum(c => Math.Max(s_floors[c], cells[0][c].Length)) + 4;
        int width = narrowest + extra;

        return TableLayout.Lines(cells, new TerminalStyle(width, false), s_order, s_floors).All(line => line.Length <= width);
    }

    [Property(MaxTest = 300)]
    public bool AnyCells_AShortenedCellEndsWithAnEllipsis_AndKeepsItsStart(string[] first, string[] second, string[] third, byte width)
    {
        var cells = Cells(first, second, third);

        var lines = TableLayout.Lines(cells, new TerminalStyle(width, false), s_order, s_floors).ToList();

        // Generated cells hold no spaces (made dots), and escaping adds none, so spaces split the columns.
        return lines.Zip(cells).All(pair => pair.First.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Zip(pair.Second.Where(c => c.Length > 0).Select(TerminalText.Escape))
            .All(cell => cell.First == cell.Second || (cell.First.EndsWith('…') && cell.Second.StartsWith(cell.First[..^1], StringComparison.Ordinal))));
    }

    [Fact]
    public void TooWide_TheFirstGroupGivesWayToItsFloor_BeforeTheNext()
    {
        string[][] cells = [["Name", "Version", "Notes"], ["a-long-package-name", "1.2.3-very-long", "a long note to cut"]];

        var lines = TableLayout.Lines(cells, new TerminalStyle(40, false), s_order, s_floors).ToList();

        // Natural: 19 + 2 + 15 + 2 + 18 = 56; the notes give 12 (to their floor, 6), then the widest of the rest, the name, 4.
        Assert.Equal("a-long-package…  1.2.3-very-long  a lon…", lines[1]);
        Assert.Equal(40, lines[1].Length);
    }

    [Fact]
    public void VeryNarrow_NoColumnBelowItsHeader_SoTheRowIsWider()
    {
        string[][] cells = [["Package", "Installed", "Notes"], ["curl-with-a-long-name", "7.88.1-10+deb12u8", "SECURITY"]];

        var lines = TableLayout.Lines(cells, new TerminalStyle(10, false), s_order, s_floors).ToList();

        Assert.Equal("Package  Installed  Notes", lines[0]);
        Assert.Equal("curl-w…  7.88.1-1…  SECUR…", lines[1]);
    }

    [Fact]
    public void NoWidth_NothingShortened_LastColumnNotPadded()
    {
        string[][] cells = [["A", "B", "C"], ["x", "a-long-value", ""]];

        var lines = TableLayout.Lines(cells, TerminalStyle.Plain, s_order, s_floors).ToList();

        Assert.Equal(["A  B" + new string(' ', 13) + "C", "x  a-long-value"], lines);
    }

    [Fact]
    public void RowStyle_PaintsOnlyWhenColourIsOn()
    {
        string[][] cells = [["A"], ["x"]];

        var plain = TableLayout.Lines(cells, new TerminalStyle(80, false), [], [1], r => TerminalStyle.Bold).ToList();
        var painted = TableLayout.Lines(cells, new TerminalStyle(80, true), [], [1], r => r == 1 ? TerminalStyle.Red : null).ToList();

        Assert.Equal(["A", "x"], plain);
        Assert.Equal(["A", TerminalStyle.Red + "x" + TerminalStyle.Reset], painted);
    }

    /// <summary>A header and rows of three columns from generated text, spaces made dots so a cell never holds the gap.</summary>
    private static string[][] Cells(string[]? first, string[]? second, string[]? third)
    {
        static string Cell(string[]? column, int row) =>
            column is { Length: > 0 } && column[row % column.Length] is { } text ? text.Replace(' ', '.') : "";

        int rows = Math.Max(first?.Length ?? 0, Math.Max(second?.Length ?? 0, third?.Length ?? 0));
        return [["Name", "Version", "Notes"], .. Enumerable.Range(0, rows).Select(r => new[] { Cell(first, r), Cell(second, r), Cell(third, r) })];
    }
}
