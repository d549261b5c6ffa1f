using UpdateStation.Posix;

namespace UpdateStation;

/// <summary>Standard output for what commands print: a write that fails says that it was standard output that failed.</summary>
/// <remarks>
/// A full disk (`update-station status &gt; /dev/full`) is "cannot write to standard output: no space left on the device",
/// an IOException, which the top level reports as one line (exit 1). A closed pipe (EPIPE) is ignored, as the runtime's
/// console stream ignores it: `update-station status | head -c1` is no error. Each call is one write(2), at once.
/// </remarks>
internal sealed class StandardOutputWriter : StandardStreamWriter
{
    /// <summary>The error a failed write to standard output is reported as.</summary>
    public static IOException Failure(int errno) => new($"cannot write to standard output: {ErrnoText.Describe(errno)}.");

    /// <summary>Writes <paramref name="utf8"/> whole, or throws <see cref="Failure"/>.</summary>
    public static void Write(ReadOnlySpan<byte> utf8)
    {
        var errno = StandardDescriptors.Write(StandardDescriptors.Output, utf8);
        if (errno != 0 && errno != PlatformConstants.EPIPE)
        {
            throw Failure(errno);
        }
    }

    protected override void Emit(ReadOnlySpan<char> text) => Write(Encode(text));
}
