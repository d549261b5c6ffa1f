namespace UpdateStation.Posix;

/// <summary>A path that must name a regular file names something else (a FIFO, a device, a socket).</summary>
public sealed class UnexpectedFileTypeException(string path)
    : IOException($"'{path}' is not a regular file.")
{
    public string Path { get; } = path;
}
