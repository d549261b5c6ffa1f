using System.Text.Json;

namespace UpdateStation.Desktop.Notifications;

/// <summary>Keeps the notification memory in <c>$XDG_STATE_HOME/update-station/notifications.json</c>.</summary>
/// <remarks>Written atomically (temporary file, then rename): a crash leaves the old memory or the new, never half.</remarks>
internal sealed class NotificationMemoryStore(string path)
{
    public const string FileName = "notifications.json";

    public string Path { get; } = path;

    /// <summary>The store under <c>$XDG_STATE_HOME</c> (an absolute path), else <c>~/.local/state</c>.</summary>
    public static NotificationMemoryStore ForUser()
    {
        var state = Environment.GetEnvironmentVariable("XDG_STATE_HOME");
        if (string.IsNullOrEmpty(state) || !System.IO.Path.IsPathRooted(state))
        {
            state = System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "state");
        }

        return new NotificationMemoryStore(System.IO.Path.Combine(state, "update-station", FileName));
    }

    /// <summary>The memory; empty when there is none or it cannot be read (the worst case is one repeated notification).</summary>
    public NotificationMemory Load()
    {
        try
        {
            return JsonSerializer.Deserialize(File.ReadAllBytes(Path), NotificationMemoryJsonContext.Default.NotificationMemory)
                ?? NotificationMemory.Empty;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            return NotificationMemory.Empty;
        }
    }

    /// <exception cref="IOException">The directory or the file cannot be written.</exception>
    public void Save(NotificationMemory memory)
    {
        var directory = System.IO.Path.GetDirectoryName(Path)!;
        Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var temporary = $"{Path}.{Environment.ProcessId}.tmp";
        File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(memory, NotificationMemoryJsonContext.Default.NotificationMemory));
        File.Move(temporary, Path, overwrite: true);
    }
}
