using System.Globalization;
using System.Text;
using UpdateStation.Posix;

namespace UpdateStation.Face;

/// <summary>
/// What the tray told of automatic runs, kept in <c>$XDG_STATE_HOME/update-station/automatic-runs-told</c>: the end time
/// of the newest run told, one line, so a tray restart does not tell it again.
/// </summary>
/// <remarks>
/// Written atomically (temporary file + rename, 0600). A file that is missing, damaged or not a regular file reads as
/// nothing told: the runs of the last days are told again (<see cref="Upgrade.History.AutomaticRunNews.MaxAge"/>), never older ones.
/// </remarks>
internal sealed class AutomaticRunsToldFile(string path)
{
    public const string FileName = "automatic-runs-told";
    private const string Format = "yyyy-MM-dd'T'HH:mm:sszzz";

    public string Path { get; } = path;

    public static AutomaticRunsToldFile ForUser() => new(UserStateDirectory.File(FileName));

    /// <summary>When the newest run told ended; null when nothing was told or the file cannot be read.</summary>
    public DateTimeOffset? Load() =>
        BoundedFile.TryRead(Path, 128, out _) is { } bytes
        && DateTimeOffset.TryParseExact(Encoding.UTF8.GetString(bytes).Trim(), Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var told)
            ? told
            : null;

    /// <exception cref="IOException">The directory cannot be made.</exception>
    /// <exception cref="PosixException">The file cannot be written.</exception>
    public void Save(DateTimeOffset toldUpTo)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        AtomicFile.Write(Path, Encoding.UTF8.GetBytes(toldUpTo.ToString(Format, CultureInfo.InvariantCulture) + "\n"), UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }
}
