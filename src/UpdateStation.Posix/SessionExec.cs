namespace UpdateStation.Posix;

/// <summary>
/// A session of its own for a child where posix_spawn cannot make one: FreeBSD's posix_spawn has no
/// POSIX_SPAWN_SETSID (include/spawn.h; its posix_spawnattr_setflags refuses any other flag with EINVAL). The child is
/// spawned as `update-station --exec-in-own-session PROGRAM ARGS...`: that process calls setsid() and then execv()s
/// PROGRAM, so the package manager runs with its pid (waitpid sees its own exit), in a new session without a controlling
/// terminal, where no signal of the terminal (hangup, Ctrl+C, Ctrl+\) can reach it.
/// </summary>
/// <remarks>
/// Considered and not chosen: daemon(8) (setsid in base, but daemon(3) forks and the parent exits, so the pid we wait
/// for is gone at once and pkg's exit status is lost: "If daemon(3) succeeded exit status does not matter" in
/// usr.sbin/daemon/daemon.c); fork, setsid and exec from managed code (a forked multi-threaded .NET process may run no
/// managed code before exec); a process group of its own (the fallback where no <see cref="Wrapper"/> is known: pkg
/// keeps the controlling terminal, so its hangup still reaches it when pkg is in the foreground group, and opening
/// /dev/tty still works for it). The wrapper gives nobody anything: anyone may call setsid and exec a program.
/// </remarks>
public static class SessionExec
{
    public const string Marker = "--exec-in-own-session";

    /// <summary>Whether this system's posix_spawn cannot make a session (FreeBSD), so <see cref="Wrapper"/> is needed.</summary>
    public static bool IsNeeded => !SpawnConstants.Current.HasSetSid;

    /// <summary>The update-station executable that serves <see cref="Marker"/>; null: none known (a process group only).</summary>
    public static string? Wrapper { get; set; }

    /// <summary>Whether <paramref name="args"/> (the whole command line) asks for <see cref="Run"/>.</summary>
    public static bool IsRequest(IReadOnlyList<string> args) => args is [Marker, _, ..];

    /// <summary>The command line that runs <paramref name="path"/> through <see cref="Wrapper"/>: its arguments after argv[0].</summary>
    internal static IReadOnlyList<string> Arguments(string path, IReadOnlyList<string> arguments) => [Marker, path, .. arguments];

    /// <summary>setsid(), SIGPIPE back to its default, then execv(PROGRAM, [PROGRAM, ARGS...]); returns 127 with one line when that fails.</summary>
    public static unsafe int Run(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var path = args[1];
        // setsid fails only for a process-group leader, and posix_spawn's child without POSIX_SPAWN_SETPGROUP is none.
        if (Interop.Libc.SetSid() == -1)
        {
            return Fail(path, "setsid", Marshal.GetLastPInvokeError());
        }

        // The runtime ignores SIGPIPE at start-up, and an ignored signal stays ignored across exec.
        _ = Interop.Libc.Signal(SpawnConstants.Current.SIGPIPE, Interop.Libc.SIG_DFL);
        var argv = new IntPtr[args.Count];
        for (var i = 1; i < args.Count; i++)
        {
            argv[i - 1] = Marshal.StringToCoTaskMemUTF8(args[i]);
        }

        fixed (IntPtr* vector = argv)
        {
            _ = Interop.Libc.Execv(path, vector);
        }

        return Fail(path, "execv", Marshal.GetLastPInvokeError());
    }

    private static int Fail(string path, string call, int errno)
    {
        var line = System.Text.Encoding.UTF8.GetBytes($"update-station: cannot run {path} in a session of its own ({call}: {ErrnoText.Describe(errno)}).\n");
        _ = StandardDescriptors.Write(StandardDescriptors.Error, line);
        return 127;
    }
}
