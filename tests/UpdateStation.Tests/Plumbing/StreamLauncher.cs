namespace UpdateStation.Tests.Plumbing;

/// <summary>Launchers that start the binary with its standard descriptors closed or redirected (test set-up only).</summary>
internal static class StreamLauncher
{
    /// <summary>An argv prefix that applies <paramref name="redirections"/> (bash syntax, "2&gt;&amp;-") and execs the rest.</summary>
    public static IReadOnlyList<string> Exec(string redirections) => ["bash", "-c", $"exec {redirections} \"$@\"", "bash"];

    /// <summary>Options that start the binary through <see cref="Exec"/>.</summary>
    public static StartOptions With(string redirections) => new() { Launcher = Exec(redirections) };

    /// <summary>Starts the binary with its stdout on a pipe in <paramref name="mode"/>: "full" (non-blocking and full, drained
    /// after half a second, what arrived after the filler printed) or "closed" (no reader).</summary>
    public static StartOptions Pipe(string mode) => new()
    {
        Launcher = ["python3", "-c", """
            import fcntl, os, subprocess, sys, time
            mode, argv = sys.argv[1], sys.argv[2:]
            r, w = os.pipe()
            if mode == "closed":
                os.close(r)
                sys.exit(subprocess.call(argv, stdout=w))
            fcntl.fcntl(w, fcntl.F_SETFL, fcntl.fcntl(w, fcntl.F_GETFL) | os.O_NONBLOCK)
            filler = 0
            try:
                while True:
                    filler += os.write(w, b"x" * 512)
            except BlockingIOError:
                pass
            child = subprocess.Popen(argv, stdout=w)
            os.close(w)
            time.sleep(0.5)
            data = b""
            while chunk := os.read(r, 65536):
                data += chunk
            sys.stdout.buffer.write(data[filler:])
            sys.exit(child.wait())
            """, mode],
    };
}
