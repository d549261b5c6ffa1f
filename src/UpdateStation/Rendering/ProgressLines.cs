using System.Globalization;
using UpdateStation.Packages.Model;

namespace UpdateStation.Rendering;

/// <summary>Writes upgrade progress as one line per event, for logs and pipes: " 50% upgrade curl: [1/2] Upgrading curl...".</summary>
internal sealed class ProgressLines(TextWriter output) : IProgress<UpgradeProgress>
{
    private readonly Lock _gate = new();

    public void Report(UpgradeProgress value)
    {
        var percent = value.Percent is { } p ? string.Create(CultureInfo.InvariantCulture, $"{p,3:0}%") : "    ";
        var subject = value.Package is null ? ActionNames.Of(value.Step) : $"{ActionNames.Of(value.Step)} {TerminalText.Escape(value.Package)}";
        lock (_gate)
        {
            output.WriteLine($"{percent} {subject}: {TerminalText.Escape(value.Message)}");
            output.Flush();
        }
    }
}
