using System.Text;

namespace UpdateStation.Rendering;

/// <summary>Lays cells out in columns two spaces apart; within a width, the widest columns are shortened with an ellipsis.</summary>
/// <remarks>
/// A row is never wider than the width, so the terminal never wraps it mid-column; a column is shortened no further
/// than its floor or its header, so with a very narrow terminal rows can still be too wide, and wrap.
/// Cells are measured as they are printed: escaped first (<see cref="TerminalText"/>).
/// </remarks>
internal static class TableLayout
{
    private const int Gap = 2;
    private const char Ellipsis = '…';

    /// <summary>The rows as lines (the first row is the header), each painted with its style's SGR when colour is on.</summary>
    /// <param name="cells">The rows, the header first.</param>
    /// <param name="style">The width to fit and whether to paint.</param>
    /// <param name="shrinkOrder">Groups of columns in the order they give up width: the first group down to its floors
    /// before the next (within a group, the widest first); columns in no group keep their width.</param>
    /// <param name="floors">The narrowest each column becomes, by column (never below its header).</param>
    /// <param name="rowStyle">The SGR of a row by its index (0: the header); null for none.</param>
    public static IEnumerable<string> Lines(
        IReadOnlyList<string[]> cells, TerminalStyle style, int[][] shrinkOrder, int[] floors, Func<int, string?>? rowStyle = null)
    {
        var rows = cells.Select(row => Array.ConvertAll(row, TerminalText.Escape)).ToArray();
        int columns = rows[0].Length;
        var widths = Enumerable.Range(0, columns).Select(c => rows.Max(r => r[c].Length)).ToArray();
        if (style.Width is { } width)
        {
            Fit(widths, [.. widths.Select((w, c) => Math.Min(w, Math.Max(floors[c], rows[0][c].Length)))], shrinkOrder, width);
        }

        var line = new StringBuilder();
        for (int r = 0; r < rows.Length; r++)
        {
            line.Clear();
            for (int c = 0; c < columns; c++)
            {
                var cell = Shorten(rows[r][c], widths[c]);
                line.Append(c == columns - 1 ? cell : cell.PadRight(widths[c] + Gap));
            }

            yield return style.Paint(line.ToString().TrimEnd(), rowStyle?.Invoke(r));
        }
    }

    /// <summary>Narrows the columns group by group, the widest of a group first, until the row fits or none can give more.</summary>
    private static void Fit(int[] widths, int[] floors, int[][] shrinkOrder, int width)
    {
        var total = widths.Sum() + Gap * (widths.Length - 1);
        foreach (var group in shrinkOrder)
        {
            while (total > width)
            {
                var widest = -1;
                foreach (var c in group)
                {
                    if (widths[c] > floors[c] && (widest < 0 || widths[c] > widths[widest]))
                    {
                        widest = c;
                    }
                }

                if (widest < 0)
                {
                    break;
                }

                widths[widest]--;
                total--;
            }
        }
    }

    private static string Shorten(string cell, int width) => cell.Length <= width ? cell : string.Concat(cell.AsSpan(0, Math.Max(0, width - 1)), Ellipsis.ToString());
}
