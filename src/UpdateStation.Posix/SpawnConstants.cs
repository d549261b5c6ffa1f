namespace UpdateStation.Posix;

/// <summary>The per-OS numbers <see cref="DetachedProcess"/> needs (glibc's spawn.h and fcntl.h, FreeBSD's).</summary>
internal sealed record SpawnConstants(short DetachFlags, int SIGPIPE, int O_RDONLY, int O_WRONLY, int O_APPEND)
{
    private const short POSIX_SPAWN_SETPGROUP = 0x02;

    // glibc 2.36: SETSIGDEF 0x04, SETSIGMASK 0x08, SETSID 0x80 (a session of its own: no controlling terminal).
    public static SpawnConstants Linux { get; } = new(0x04 | 0x08 | 0x80, SIGPIPE: 13, O_RDONLY: 0, O_WRONLY: 1, O_APPEND: 0x400);

    // FreeBSD: SETSIGDEF 0x10, SETSIGMASK 0x20, and no POSIX_SPAWN_SETSID before POSIX.1-2024: a process group of its own
    // (pgroup 0) keeps the terminal's Ctrl+C and hangup, which go to the foreground group, away from it.
    public static SpawnConstants FreeBsd { get; } = new(0x10 | 0x20 | POSIX_SPAWN_SETPGROUP, SIGPIPE: 13, O_RDONLY: 0, O_WRONLY: 1, O_APPEND: 0x8);

    public static SpawnConstants Current { get; } = OperatingSystem.IsFreeBSD() ? FreeBsd : Linux;
}
