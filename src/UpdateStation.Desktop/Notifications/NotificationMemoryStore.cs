using System.Text.Json;
using UpdateStation.Posix;

namespace UpdateStation.Desktop.Notifications;

/// <summary>Keeps the notification memory in <c>$XDG_STATE_HOME/update-station/notifications.json</c>.</summary>
/// <remarks>
/// Written atomically (temporary file, then rename): a crash leaves the old memory or the new, never half, and a failed
/// write leaves no temporary file. Read bounded and non-blocking: a FIFO or a huge file there is no memory, not a hang.
/// </remarks>
internal sealed class NotificationMemoryStore(string path)
{
    public const string FileName = "notifications.json";

    /// <summary>The memory is a few update names; anything larger is not ours.</summary>
    private const int MaxBytes = 1024 * 1024;

    public string Path { get; } = path;

    /// <summary>The store under <c>$XDG_STATE_HOME</c> (an absolute path), else <c>~/.local/state</c>.</summary>
    public static NotificationMemoryStore ForUser() => new(UserStateDirectory.File(FileName));

    /// <summary>The memory; empty when there is none or it cannot be read (the worst case is one repeated notification).</summary>
    public NotificationMemory Load()
    {
        try
        {
            return BoundedFile.TryRead(Path, MaxBytes, out _) is { } bytes
                ? JsonSerializer.Deserialize(bytes, NotificationMemoryJsonContext.Default.NotificationMemory) ?? NotificationMemory.Empty
                : NotificationMemory.Empty;
        }
        catch (JsonException)
        {
            return NotificationMemory.Empty;
        }
    }

    /// <exception cref="IOException">The directory cannot be made.</exception>
    /// <exception cref="PosixException">The file cannot be written.</exception>
    public void Save(NotificationMemory memory)
    {
        var directory = System.IO.Path.GetDirectoryName(Path)!;
        Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var content = JsonSerializer.SerializeToUtf8Bytes(memory, NotificationMemoryJsonContext.Default.NotificationMemory);
        AtomicFile.Write(Path, content, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }
}
