namespace UpdateStation.Rendering;

/// <summary>Standard output for output that is bytes already (JSON): one write(2) per line, however long.</summary>
/// <remarks>
/// Console.Out used to hand its stream 256 bytes at a time: a 2,000-package plan as JSON took 680 writes. Errors are
/// <see cref="StandardOutputWriter"/>'s: a closed pipe is ignored, a full disk says it was standard output.
/// </remarks>
internal static class StandardOutput
{
    public static void WriteLine(ReadOnlySpan<byte> utf8)
    {
        var line = new byte[utf8.Length + 1];
        utf8.CopyTo(line);
        line[^1] = (byte)'\n';
        StandardOutputWriter.Write(line);
    }
}
