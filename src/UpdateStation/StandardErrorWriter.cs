using UpdateStation.Posix;

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
    // ENOSPC, EIO, EPIPE: nowhere left to say so.
    protected override void Emit(ReadOnlySpan<char> text) => _ = StandardDescriptors.Write(StandardDescriptors.Error, Encode(text));
}
