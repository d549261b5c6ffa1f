namespace UpdateStation.Rendering;

/// <summary>Standard output for output that is bytes already (JSON): one write(2) per line, however long.</summary>
/// <remarks>
/// Console.Out hands its stream 256 bytes at a time: a 2,000-package plan as JSON took 680 writes. The console stream
/// used here is the one under Console.Out, so a closed pipe (EPIPE) is still ignored; a full disk
/// throws, saying it was standard output (<see cref="StandardOutputWriter"/>).
/// </remarks>
internal static class StandardOutput
{
    public static void WriteLine(ReadOnlySpan<byte> utf8)
    {
        var line = new byte[utf8.Length + 1];
        utf8.CopyTo(line);
        line[^1] = (byte)'\n';
        using var stdout = Console.OpenStandardOutput();
        try
        {
            stdout.Write(line);
        }
        catch (IOException ex)
        {
            throw StandardOutputWriter.Failure(ex);
        }
    }
}
