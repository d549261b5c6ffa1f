namespace UpdateStation.Instance;

/// <summary>The per-user directory that holds the instance lock, the published state and the last plan.</summary>
/// <remarks>
/// <c>$XDG_RUNTIME_DIR/update-station/</c>, else <c>/tmp/update-station-UID/</c>; created 0700. One that exists but is
/// not ours, is a link, or is open to group or others is refused, never used: whoever controls it could impersonate
/// the instance or hide it.
/// </remarks>
public sealed class RuntimeDirectory
{
    private RuntimeDirectory(string path) => Path = path;

    private const UnixFileMode Private = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    public string Path { get; }

    /// <summary>The lock and state of the update instance (tray or check-now).</summary>
    public InstanceFiles Instance => Files("instance");

    public string LockFile => Instance.LockFile;

    public string StateFile => Instance.StateFile;

    /// <summary>The instance's last plan, as `check --json` prints it.</summary>
    public string PlanFile => System.IO.Path.Combine(Path, "plan.json");

    /// <summary>The lock and state of one kind of single-instance process (<c>NAME.lock</c>, <c>NAME.json</c>).</summary>
    public InstanceFiles Files(string name) => new(this, name);

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

        var directory = new RuntimeDirectory(path);
        directory.Recreate();
        return directory;
    }

    /// <summary>Creates the directory again if it is gone (someone deleted it under a running instance) and vets it.</summary>
    /// <exception cref="InstanceException">The directory is not safe to use or cannot be created.</exception>
    public void Recreate()
    {
        try
        {
            // Created with exactly 0700, whatever the umask.
            PosixFile.TryCreateDirectory(Path, Private);
        }
        catch (PosixException ex)
        {
            throw new InstanceException($"Cannot create the runtime directory {Path}: {ErrnoText.Describe(ex.Errno)}.", ex);
        }

        Vet(Path, Identity.EffectiveUserId, "the runtime directory");
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
