using System.Text;
using UpdateStation.Gtk.Content;

namespace UpdateStation.Gtk;

/// <summary>The size the user gave the window, kept in <c>$XDG_STATE_HOME/update-station/window-size</c> (else <c>~/.local/state</c>).</summary>
/// <remarks>Written atomically (temporary file + rename, 0600); a file that cannot be read or written only costs the remembered size.</remarks>
internal sealed class WindowSizeFile(string path)
{
    public const string FileName = "window-size";

    public string Path { get; } = path;

    public static WindowSizeFile ForUser() => new(UserStateDirectory.File(FileName));

    public (int Width, int Height)? Load() =>
        BoundedFile.TryRead(Path, 64, out _) is { } bytes ? WindowSizing.Parse(Encoding.UTF8.GetString(bytes)) : null;

    /// <summary>Keeps the size; false when it could not be written (said nowhere: the next window simply fits its content).</summary>
    public bool Save(int width, int height)
    {
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            AtomicFile.Write(Path, Encoding.UTF8.GetBytes(WindowSizing.Format(width, height)), UnixFileMode.UserRead | UnixFileMode.UserWrite);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or PosixException)
        {
            return false;
        }
    }
}
