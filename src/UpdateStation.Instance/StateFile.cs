using System.Text.Json;

namespace UpdateStation.Instance;

/// <summary>Reads and atomically replaces the published instance state.</summary>
public static class StateFile
{
    /// <summary>Writes the state to a temporary file and renames it over the old one, so readers never see half a file.</summary>
    public static void Write(string path, InstanceState state)
    {
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(state, InstanceJsonContext.Default.InstanceState));
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The published state; null when there is none or it cannot be read.</summary>
    public static InstanceState? TryRead(string path)
    {
        try
        {
            return JsonSerializer.Deserialize(File.ReadAllBytes(path), InstanceJsonContext.Default.InstanceState);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    public static void Delete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: a state file left behind is ignored because its pid no longer holds the lock.
        }
    }
}
