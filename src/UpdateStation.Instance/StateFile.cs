using System.Text.Json;

namespace UpdateStation.Instance;

/// <summary>Reads and atomically replaces the published instance state.</summary>
public static class StateFile
{
    /// <summary>A state is a few hundred bytes; anything much larger is not ours.</summary>
    public const int MaxBytes = 16 * 1024;

    private const UnixFileMode OwnerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Writes the state to a temporary file and renames it over the old one, so readers never see half a file.</summary>
    /// <exception cref="PosixException">The state cannot be written (no space, a directory in the way); no temporary file is left.</exception>
    public static void Write(string path, InstanceState state) => AtomicFile.Write(path, Serialize(state), OwnerReadWrite);

    public static byte[] Serialize(InstanceState state) => JsonSerializer.SerializeToUtf8Bytes(state, InstanceJsonContext.Default.InstanceState);

    /// <summary>The published state; null when there is none or it cannot be read.</summary>
    public static InstanceState? TryRead(string path) => TryRead(path, out _);

    /// <summary>The published state; null when there is none, with <paramref name="problem"/> saying why when there is a file.</summary>
    /// <remarks>Anything but a small regular file with a positive pid is no state: a FIFO, a link, a huge file, pid 0 or -1.</remarks>
    public static InstanceState? TryRead(string path, out string? problem)
    {
        var content = BoundedFile.TryRead(path, MaxBytes, out problem);
        if (content is null)
        {
            return null;
        }

        InstanceState? state;
        try
        {
            state = InstanceStateReader.Read(content);
        }
        catch (JsonException)
        {
            problem = "it is not a valid state";
            return null;
        }

        if (state?.Mode is null)
        {
            problem = "it is not a valid state";
            return null;
        }

        if (state.Pid <= 0)
        {
            problem = $"it names pid {state.Pid}, which cannot be a process";
            return null;
        }

        return state;
    }

    /// <summary>Removes the state; false when it could not (it is then ignored: its pid no longer holds the lock).</summary>
    public static bool TryDelete(string path)
    {
        try
        {
            PosixFile.TryDelete(path);
            return true;
        }
        catch (PosixException)
        {
            return false;
        }
    }
}
