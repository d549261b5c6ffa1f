using System.Text;
using UpdateStation.Posix;

namespace UpdateStation;

/// <summary>Standard output for what commands print: a write that fails says that it was standard output that failed.</summary>
/// <remarks>
/// The runtime's console stream throws a bare <see cref="IOException"/> ("No space left on device") that names no file, so
/// `update-station status &gt; /dev/full` said only that. Here it becomes "cannot write to standard output: no space left
/// on the device", still an IOException, which the top level reports as one line (exit 1). A closed pipe (EPIPE) is
/// ignored by the console stream itself, as before. Each call is flushed at once, as Console.Out's was.
/// </remarks>
internal sealed class StandardOutputWriter : TextWriter
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private StreamWriter? _stream;

    public override Encoding Encoding => s_utf8;

    public override void Write(char value) => Emit([value]);

    public override void Write(char[] buffer, int index, int count) => Emit(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer) => Emit(buffer);

    public override void Write(string? value) => Emit(value);

    public override void WriteLine(string? value) => Emit(string.Concat(value, NewLine));

    public override void WriteLine(ReadOnlySpan<char> buffer) => Emit(string.Concat(buffer, NewLine));

    /// <summary>The error a failed write to standard output is reported as.</summary>
    public static IOException Failure(IOException error)
    {
        // On Unix the console stream's IOException carries the errno as its HResult.
        string cause = error.HResult is > 0 and < 4096 ? ErrnoText.Describe(error.HResult) : error.Message.TrimEnd('.').ToLowerInvariant();
        return new IOException($"cannot write to standard output: {cause}.", error);
    }

    private void Emit(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return;
        }

        try
        {
            _stream ??= new StreamWriter(Console.OpenStandardOutput(), s_utf8, bufferSize: 4096) { AutoFlush = true };
            _stream.Write(text);
        }
        catch (IOException ex)
        {
            throw Failure(ex);
        }
    }
}
