namespace UpdateStation;

/// <summary>Standard error for diagnostics: a write that fails is dropped, never thrown.</summary>
/// <remarks>
/// Console.Error throws when standard error is closed, full (<c>2&gt;/dev/full</c>, the disk under a tray's log) or
/// otherwise broken, and an exception thrown while reporting ends the process (SIGABRT, exit 134). A diagnostic that
/// cannot be written is lost; the work it describes goes on and the exit status stays what that work makes it.
/// Each call is one write(2), so a line is never interleaved with another process's in a shared log.
/// </remarks>
internal sealed class StandardErrorWriter : StandardStreamWriter
{
    private Stream? _stream;

    protected override void Emit(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return;
        }

        try
        {
            _stream ??= Console.OpenStandardError();
            var bytes = new byte[Utf8.GetByteCount(text)];
            Utf8.GetBytes(text, bytes);
            _stream.Write(bytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // ENOSPC, EIO, EBADF (reported as access denied): nowhere left to say so. EPIPE never gets here: the
            // runtime ignores it on console streams.
        }
    }
}
