namespace UpdateStation.Posix;

/// <summary>The per-OS numbers <see cref="DetachedProcess"/> needs (glibc's spawn.h and fcntl.h, FreeBSD's).</summary>
/// <param name="HasSetSid">Whether <paramref name="DetachFlags"/> gives the child a session of its own (glibc's
/// POSIX_SPAWN_SETSID); else <see cref="SessionExec"/> does.</param>
internal sealed record SpawnConstants(short DetachFlags, bool HasSetSid, int SIGPIPE, int O_RDONLY, int O_WRONLY, int O_APPEND)
{
    /// <summary>The same on both: a process group of its own (pgroup 0), where no session can be had.</summary>
    public const short POSIX_SPAWN_SETPGROUP = 0x02;

    // glibc 2.36: SETSIGDEF 0x04, SETSIGMASK 0x08, SETSID 0x80 (a session of its own: no controlling terminal).
    public static SpawnConstants Linux { get; } = new(0x04 | 0x08 | 0x80, HasSetSid: true, SIGPIPE: 13, O_RDONLY: 0, O_WRONLY: 1, O_APPEND: 0x400);

    // FreeBSD: SETSIGDEF 0x10, SETSIGMASK 0x20, and no POSIX_SPAWN_SETSID: the session comes from SessionExec.
    public static SpawnConstants FreeBsd { get; } = new(0x10 | 0x20, HasSetSid: false, SIGPIPE: 13, O_RDONLY: 0, O_WRONLY: 1, O_APPEND: 0x8);

    public static SpawnConstants Current { get; } = OperatingSystem.IsFreeBSD() ? FreeBsd : Linux;
}
