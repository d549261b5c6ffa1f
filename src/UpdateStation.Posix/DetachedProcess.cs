namespace UpdateStation.Posix;

/// <summary>
/// A child started with posix_spawn in a session of its own (FreeBSD: through <see cref="SessionExec"/>), reading
/// /dev/null and writing to a file we give it.
/// </summary>
/// <remarks>
/// Nothing that happens to us reaches it: not the terminal's signals (Ctrl+C, a hangup go to our session and process
/// group), not our death (it writes to a file, not to a pipe whose reader can die, so no SIGPIPE), not a SIGKILL.
/// That is what a package manager changing packages needs: it always runs to its end. We wait for it with waitpid.
/// </remarks>
public sealed class DetachedProcess
{
    private ExitStatus? _exit;

    private DetachedProcess(int pid) => Pid = pid;

    public int Pid { get; }

    /// <summary>Starts <paramref name="path"/> with <paramref name="arguments"/> (argv[1..]) and exactly <paramref name="environment"/>.</summary>
    /// <param name="path">An absolute or relative path to the program (no PATH search).</param>
    /// <param name="arguments">The arguments after argv[0], which is <paramref name="path"/>.</param>
    /// <param name="environment">The whole environment, as NAME=VALUE strings.</param>
    /// <param name="output">Becomes the child's stdout and stderr (duplicated; the child does not inherit this descriptor itself).</param>
    /// <param name="statusDescriptor">A further descriptor number <paramref name="output"/> becomes in the child, for a
    /// program told to write its status lines there (apt's APT::Status-Fd); null: none.</param>
    /// <exception cref="PosixException">posix_spawn failed (e.g. ENOENT: no such program).</exception>
    public static DetachedProcess Start(
        string path, IReadOnlyList<string> arguments, IReadOnlyList<string> environment, SafeFileDescriptor output, int? statusDescriptor = null) =>
        Start(path, arguments, environment, output, statusDescriptor, SpawnConstants.Current);

    /// <summary><see cref="Start(string, IReadOnlyList{string}, IReadOnlyList{string}, SafeFileDescriptor, int?)"/> with the numbers of <paramref name="constants"/> (tests play FreeBSD's on Linux).</summary>
    internal static unsafe DetachedProcess Start(
        string path, IReadOnlyList<string> arguments, IReadOnlyList<string> environment, SafeFileDescriptor output, int? statusDescriptor, SpawnConstants constants)
    {
        ArgumentNullException.ThrowIfNull(output);
        var flags = constants.DetachFlags;
        if (!constants.HasSetSid)
        {
            // No POSIX_SPAWN_SETSID (FreeBSD): the wrapper makes the session; without one, a process group at least.
            if (SessionExec.Wrapper is { } wrapper)
            {
                (path, arguments) = (wrapper, SessionExec.Arguments(path, arguments));
            }
            else
            {
                flags |= SpawnConstants.POSIX_SPAWN_SETPGROUP;
            }
        }

        var fileActions = NativeMemory.AllocZeroed(Interop.Libc.SpawnObjectSize);
        var attributes = NativeMemory.AllocZeroed(Interop.Libc.SpawnObjectSize);
        var signals = NativeMemory.AllocZeroed(Interop.Libc.SignalSetSize);
        var argv = ToNative([path, .. arguments]);
        var envp = ToNative(environment);
        var added = false;
        output.DangerousAddRef(ref added);
        try
        {
            Check(Interop.Libc.PosixSpawnFileActionsInit(fileActions), "posix_spawn_file_actions_init", path);
            Check(Interop.Libc.PosixSpawnAttrInit(attributes), "posix_spawnattr_init", path);
            Check(Interop.Libc.PosixSpawnFileActionsAddOpen(fileActions, 0, "/dev/null", constants.O_RDONLY, 0), "posix_spawn_file_actions_addopen", path);
            Check(Interop.Libc.PosixSpawnFileActionsAddDup2(fileActions, output.Fd, 1), "posix_spawn_file_actions_adddup2", path);
            Check(Interop.Libc.PosixSpawnFileActionsAddDup2(fileActions, output.Fd, 2), "posix_spawn_file_actions_adddup2", path);
            if (statusDescriptor is { } status)
            {
                Check(Interop.Libc.PosixSpawnFileActionsAddDup2(fileActions, output.Fd, status), "posix_spawn_file_actions_adddup2", path);
            }

            // No signal blocked; SIGPIPE back to its default (.NET ignores it, and an ignored signal survives exec).
            _ = Interop.Libc.SigEmptySet(signals);
            Check(Interop.Libc.PosixSpawnAttrSetSigMask(attributes, signals), "posix_spawnattr_setsigmask", path);
            _ = Interop.Libc.SigAddSet(signals, constants.SIGPIPE);
            Check(Interop.Libc.PosixSpawnAttrSetSigDefault(attributes, signals), "posix_spawnattr_setsigdefault", path);
            Check(Interop.Libc.PosixSpawnAttrSetFlags(attributes, flags), "posix_spawnattr_setflags", path);

            Check(Interop.Libc.PosixSpawn(out var pid, path, fileActions, attributes, (IntPtr*)argv, (IntPtr*)envp), "posix_spawn", path);
            return new DetachedProcess(pid);
        }
        finally
        {
            if (added)
            {
                output.DangerousRelease();
            }

            _ = Interop.Libc.PosixSpawnFileActionsDestroy(fileActions);
            _ = Interop.Libc.PosixSpawnAttrDestroy(attributes);
            NativeMemory.Free(fileActions);
            NativeMemory.Free(attributes);
            NativeMemory.Free(signals);
            FreeNative(argv);
            FreeNative(envp);
        }
    }

    /// <summary>Whether the child has ended (reaping it the first time); never blocks.</summary>
    /// <exception cref="PosixException">waitpid failed, e.g. ECHILD when someone else reaped the child.</exception>
    public bool TryGetExit(out ExitStatus exit)
    {
        if (_exit is null)
        {
            int reaped;
            int status;
            do
            {
                reaped = Interop.Libc.Waitpid(Pid, out status, Interop.Libc.WNOHANG);
            }
            while (reaped < 0 && Marshal.GetLastPInvokeError() == PlatformConstants.EINTR);

            if (reaped < 0)
            {
                throw PosixException.FromLastError("waitpid", $"pid {Pid}");
            }

            if (reaped == Pid)
            {
                _exit = ExitStatus.FromWaitStatus(status);
            }
        }

        exit = _exit.GetValueOrDefault();
        return _exit is not null;
    }

    private static void Check(int result, string operation, string path)
    {
        // posix_spawn and its helpers return the error number instead of setting errno.
        if (result != 0)
        {
            throw new PosixException(operation, path, result);
        }
    }

    private static unsafe IntPtr* ToNative(IReadOnlyList<string> strings)
    {
        var array = (IntPtr*)NativeMemory.AllocZeroed((nuint)(strings.Count + 1), (nuint)sizeof(IntPtr));
        for (var i = 0; i < strings.Count; i++)
        {
            array[i] = Marshal.StringToCoTaskMemUTF8(strings[i]);
        }

        return array;
    }

    private static unsafe void FreeNative(IntPtr* array)
    {
        for (var i = 0; array[i] != IntPtr.Zero; i++)
        {
            Marshal.FreeCoTaskMem(array[i]);
        }

        NativeMemory.Free(array);
    }
}
