using UpdateStation.Posix;

namespace UpdateStation;

/// <summary>Standard output for what commands print: a write that fails says that it was standard output that failed.</summary>
/// <remarks>
/// The runtime's console stream throws a bare <see cref="IOException"/> ("No space left on device") that names no file, so
/// `update-station status &gt; /dev/full` said only that. Here it becomes "cannot write to standard output: no space left
/// on the device", still an IOException, which the top level reports as one line (exit 1). A closed pipe (EPIPE) is
/// ignored by the console stream itself, as before. Each call is flushed at once, as Console.Out's was.
/// </remarks>
internal sealed class StandardOutputWriter : StandardStreamWriter
{
    private StreamWriter? _stream;

    /// <summary>The error a failed write to standard output is reported as.</summary>
    public static IOException Failure(IOException error)
    {
        // On Unix the console stream's IOException carries the errno as its HResult.
        string cause = error.HResult is > 0 and < 4096 ? ErrnoText.Describe(error.HResult) : error.Message.TrimEnd('.').ToLowerInvariant();
        return new IOException($"cannot write to standard output: {cause}.", error);
    }

    protected override void Emit(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return;
        }

        try
        {
            _stream ??= new StreamWriter(Console.OpenStandardOutput(), Utf8, bufferSize: 4096) { AutoFlush = true };
            _stream.Write(text);
        }
        catch (IOException ex)
        {
            throw Failure(ex);
        }
    }
}
