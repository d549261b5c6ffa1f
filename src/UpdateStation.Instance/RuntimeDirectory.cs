namespace UpdateStation.Instance;

/// <summary>The per-user directory that holds the instance lock and the published state.</summary>
/// <remarks>
/// <c>$XDG_RUNTIME_DIR/update-station/</c>, else <c>/tmp/update-station-UID/</c>; created 0700. One that exists but is
/// not ours, is a link, or is open to group or others is refused, never used: whoever controls it could impersonate
/// the instance or hide it.
/// </remarks>
public sealed class RuntimeDirectory
{
    private readonly string _process;

    private RuntimeDirectory(string path, string process = "instance")
    {
        Path = path;
        _process = process;
    }

    public string Path { get; }

    public string LockFile => System.IO.Path.Combine(Path, _process + ".lock");

    public string StateFile => System.IO.Path.Combine(Path, _process + ".json");

    /// <summary>
    /// The same directory seen by another single-instance process of ours (the window: "window.lock",
    /// "window.json"), so the lock, the locator and the client serve it unchanged.
    /// </summary>
    public RuntimeDirectory For(string process) => new(Path, process);

    /// <summary>Finds, creates if needed, and vets the directory for the current user.</summary>
    /// <exception cref="InstanceException">The directory is not safe to use or cannot be created.</exception>
    public static RuntimeDirectory Open(string? xdgRuntimeDir = null)
    {
        xdgRuntimeDir ??= Environment.GetEnvironmentVariable("XDG_RUNTIME_DIR");
        var uid = Identity.EffectiveUserId;
        string path;
        if (!string.IsNullOrEmpty(xdgRuntimeDir))
        {
            if (!System.IO.Path.IsPathRooted(xdgRuntimeDir))
            {
                throw new InstanceException($"XDG_RUNTIME_DIR '{xdgRuntimeDir}' is not an absolute path.");
            }

            Vet(xdgRuntimeDir, uid, "XDG_RUNTIME_DIR");
            path = System.IO.Path.Combine(xdgRuntimeDir, "update-station");
        }
        else
        {
            path = $"/tmp/update-station-{uid}";
        }

        try
        {
            Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InstanceException($"Cannot create the runtime directory {path}: {ex.Message}", ex);
        }

        Vet(path, uid, "the runtime directory");
        return new RuntimeDirectory(path);
    }

    private static void Vet(string path, uint uid, string what)
    {
        FileStatus? status;
        try
        {
            status = FileStatus.Read(path);
        }
        catch (PosixException ex)
        {
            throw new InstanceException($"Refusing {what} {path}: {ex.Message}", ex);
        }

        const UnixFileMode GroupOrOther = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
            | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;
        var problem = status switch
        {
            null => "it does not exist",
            { IsDirectory: false } => "it is not a directory",
            { OwnerId: var owner } when owner != uid => $"it is owned by uid {owner}, not by you (uid {uid})",
            { Mode: var mode } when (mode & GroupOrOther) != 0 => $"it is accessible to group or others (mode {Convert.ToString((int)mode, 8)})",
            _ => null,
        };
        if (problem is not null)
        {
            throw new InstanceException($"Refusing {what} {path}: {problem}.");
        }
    }
}
