namespace UpdateStation.Posix;

/// <summary>Sets the name ps, top and pkill show for this process. For people only: discovery never uses it.</summary>
public static class ProcessTitle
{
    public static void Set(string title)
    {
        if (OperatingSystem.IsLinux())
        {
            // PR_SET_NAME keeps 15 bytes: /proc/self/comm.
            _ = Interop.Libc.Prctl(Interop.Libc.PR_SET_NAME, title, 0, 0, 0);
        }
        else if (OperatingSystem.IsFreeBSD())
        {
            // A leading '-' replaces the whole title instead of prefixing the program name.
            Interop.Libc.SetProcTitle("-" + title.Replace("%", "%%", StringComparison.Ordinal));
        }
    }
}
