using System.Globalization;
using System.Text;
using UpdateStation.Packages.Model;

namespace UpdateStation.Rendering;

/// <summary>Draws upgrade progress on a terminal as one line redrawn in place; notices (lock, self-upgrade) go above it.</summary>
internal sealed class TerminalProgressBar(TextWriter output, int width) : IProgress<UpgradeProgress>
{
    private const int BarWidth = 24;
    private const string ClearToEnd = "\u001b[K";
    private readonly Lock _gate = new();
    private bool _drawn;

    public void Report(UpgradeProgress value)
    {
        lock (_gate)
        {
            if (value.Step is UpgradeStep.WaitingForLock or UpgradeStep.SelfUpgrade or UpgradeStep.Done)
            {
                output.Write("\r" + ClearToEnd);
                output.WriteLine(TerminalText.Escape(value.Message));
                _drawn = false;
                return;
            }

            output.Write("\r" + Line(value) + ClearToEnd);
            output.Flush();
            _drawn = true;
        }
    }

    /// <summary>Ends the bar's line so what follows starts on a fresh one.</summary>
    public void Finish()
    {
        lock (_gate)
        {
            if (_drawn)
            {
                output.WriteLine();
                _drawn = false;
            }
        }
    }

    private string Line(UpgradeProgress value)
    {
        double percent = Math.Clamp(value.Percent ?? 0, 0, 100);
        int filled = (int)Math.Round(percent / 100 * BarWidth);
        var line = new StringBuilder()
            .Append('[').Append('#', filled).Append('-', BarWidth - filled).Append("] ")
            .Append(string.Create(CultureInfo.InvariantCulture, $"{percent,3:0}% "))
            .Append(ActionNames.Of(value.Step));
        if (value.Package is not null)
        {
            line.Append(' ').Append(TerminalText.Escape(value.Package));
        }

        // Never wider than the terminal, or the carriage return would no longer return to the bar's start.
        int room = Math.Max(BarWidth + 8, width - 1);
        return line.Length > room ? line.ToString(0, room) : line.ToString();
    }
}
