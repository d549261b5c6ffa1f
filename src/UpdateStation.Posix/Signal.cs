namespace UpdateStation.Posix;

/// <summary>A POSIX signal by this platform's number; use the named properties rather than raw numbers.</summary>
public readonly record struct Signal(int Number, string Name)
{
    public static Signal SIGUSR1 => new(PlatformConstants.Current.SIGUSR1, nameof(SIGUSR1));

    public static Signal SIGTERM => new(PlatformConstants.Current.SIGTERM, nameof(SIGTERM));

    public static Signal SIGKILL => new(PlatformConstants.Current.SIGKILL, nameof(SIGKILL));

    public static Signal SIGSTOP => new(PlatformConstants.Current.SIGSTOP, nameof(SIGSTOP));

    public static Signal SIGCONT => new(PlatformConstants.Current.SIGCONT, nameof(SIGCONT));

    /// <summary>The signal as PosixSignalRegistration takes it: the raw number, which .NET accepts for signals it has no name for.</summary>
    public System.Runtime.InteropServices.PosixSignal AsPosixSignal => (System.Runtime.InteropServices.PosixSignal)Number;

    public override string ToString() => Name;
}
