namespace UpdateStation.Posix;

/// <summary>Sleeps shorter than Thread.Sleep can (its unit is a millisecond, and it rounds up).</summary>
public static class Pause
{
    /// <summary>Blocks the calling thread for about <paramref name="microseconds"/> µs, without spinning.</summary>
    public static void Microseconds(int microseconds)
    {
        var duration = new Interop.Libc.TimeSpec { Seconds = microseconds / 1_000_000, Nanoseconds = microseconds % 1_000_000 * 1000L };
        _ = Interop.Libc.Nanosleep(duration, IntPtr.Zero);
    }
}
