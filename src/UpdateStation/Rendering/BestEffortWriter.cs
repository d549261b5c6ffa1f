using System.Text;

namespace UpdateStation.Rendering;

/// <summary>Writes to a stream that may go away (a closed terminal: EIO, a full disk, a closed pipe): after the first failure it stops.</summary>
/// <remarks>An upgrade's rendering must never stop the upgrade: a lost terminal only ends what is drawn.</remarks>
internal sealed class BestEffortWriter(TextWriter inner) : TextWriter
{
    private volatile bool _lost;

    public override Encoding Encoding => inner.Encoding;

    /// <summary>A write failed; nothing more is written.</summary>
    public bool Lost => _lost;

    public override void Write(char value) => Try(() => inner.Write(value));

    public override void Write(string? value) => Try(() => inner.Write(value));

    public override void WriteLine(string? value) => Try(() => inner.WriteLine(value));

    public override void WriteLine() => Try(inner.WriteLine);

    public override void Flush() => Try(inner.Flush);

    private void Try(Action write)
    {
        if (_lost)
        {
            return;
        }

        try
        {
            write();
        }
        catch (IOException)
        {
            _lost = true;
        }
    }
}
