namespace UpdateStation.Posix;

/// <summary>Reads and resets a signal's disposition before .NET takes the signal over.</summary>
public static class SignalDisposition
{
    /// <summary>Whether <paramref name="signal"/> is ignored (SIG_IGN), e.g. inherited from a launcher.</summary>
    public static unsafe bool IsIgnored(Signal signal)
    {
        byte* current = stackalloc byte[512];
        if (Interop.Libc.Sigaction(signal.Number, null, current) != 0)
        {
            throw PosixException.FromLastError("sigaction", signal.Name);
        }

        return *(IntPtr*)current == Interop.Libc.SIG_IGN;
    }

    /// <summary>
    /// Restores the default action when the signal was inherited as ignored; returns whether it did.
    /// .NET keeps honouring an inherited SIG_IGN, so a PosixSignalRegistration handler would never run.
    /// </summary>
    public static bool ResetIfIgnored(Signal signal)
    {
        if (!IsIgnored(signal))
        {
            return false;
        }

        if (Interop.Libc.Signal(signal.Number, Interop.Libc.SIG_DFL) == -1)
        {
            throw PosixException.FromLastError("signal", signal.Name);
        }

        return true;
    }
}
