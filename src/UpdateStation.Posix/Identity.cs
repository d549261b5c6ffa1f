namespace UpdateStation.Posix;

/// <summary>Who this process is.</summary>
public static class Identity
{
    public static uint EffectiveUserId => Interop.Libc.GetEuid();

    public static bool IsRoot => EffectiveUserId == 0;

    public static int ProcessId => Environment.ProcessId;
}
