namespace UpdateStation.Posix;

/// <summary>Whether a standard descriptor is a terminal, and how wide it is, asked of the kernel (isatty, TIOCGWINSZ).</summary>
/// <remarks>
/// Not System.Console: its WindowWidth and ReadLine set the terminal up first, and that setup writes terminfo's
/// keypad_xmit (smkx: application cursor keys) to the terminal and never its keypad_local at exit, so a shell's arrow
/// keys printed "^[OA" after an `upgrade` prompt.
/// </remarks>
public static class Terminal
{
    public const int Input = 0;

    public static bool IsTerminal(int fd) => Interop.Libc.Isatty(fd) == 1;

    /// <summary>The terminal's width in columns; null when <paramref name="fd"/> is no terminal or it does not say.</summary>
    public static int? Columns(int fd) =>
        Interop.Libc.IoctlWindowSize(fd, Interop.Libc.TIOCGWINSZ, out var size) == 0 && size.Columns > 0 ? size.Columns : null;

    /// <summary>One line typed on standard input (the terminal's own line editing and echo); null at end of input.</summary>
    /// <remarks>Reads byte by byte with read(2), so nothing typed after the line is taken from whoever reads next.</remarks>
    public static unsafe string? ReadLine()
    {
        var bytes = new List<byte>();
        byte* one = stackalloc byte[1];
        while (true)
        {
            var read = Interop.Libc.ReadDescriptor(Input, one, 1);
            if (read < 0 && Marshal.GetLastPInvokeError() == PlatformConstants.EINTR)
            {
                continue;
            }

            if (read <= 0)
            {
                return bytes.Count == 0 ? null : System.Text.Encoding.UTF8.GetString([.. bytes]);
            }

            if (*one == (byte)'\n')
            {
                return System.Text.Encoding.UTF8.GetString([.. bytes]);
            }

            bytes.Add(*one);
        }
    }
}
