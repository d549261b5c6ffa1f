using System.Text;

namespace UpdateStation.Packages.Processes;

/// <summary>Reads the lines appended to a file after a point, as `tail -f` does: whole lines only, in order.</summary>
internal sealed class LogFollower : IDisposable
{
    private readonly Posix.FollowedFile _file;
    private readonly Decoder _decoder = Encoding.UTF8.GetDecoder();
    private readonly StringBuilder _partial = new();
    private readonly byte[] _bytes = new byte[16384];
    private readonly char[] _chars = new char[Encoding.UTF8.GetMaxCharCount(16384)];

    /// <summary>Starts at the file's current end.</summary>
    public LogFollower(string path)
    {
        // Not a FileStream: it would take a shared flock on a file that is no lock's business.
        _file = Posix.FollowedFile.OpenAtEnd(path);
    }

    /// <summary>Calls <paramref name="onLine"/> for every complete line written since the last call; true when there were any bytes.</summary>
    public bool ReadNew(Action<string> onLine)
    {
        var any = false;
        int read;
        while ((read = _file.Read(_bytes)) > 0)
        {
            any = true;
            var count = _decoder.GetChars(_bytes, 0, read, _chars, 0);
            for (var i = 0; i < count; i++)
            {
                if (_chars[i] == '\n')
                {
                    onLine(_partial.ToString().TrimEnd('\r'));
                    _partial.Clear();
                }
                else
                {
                    _partial.Append(_chars[i]);
                }
            }
        }

        return any;
    }

    /// <summary>Hands over a last line that did not end in a newline.</summary>
    public void Flush(Action<string> onLine)
    {
        if (_partial.Length > 0)
        {
            onLine(_partial.ToString());
            _partial.Clear();
        }
    }

    public void Dispose() => _file.Dispose();
}
