namespace UpdateStation.Posix;

/// <summary>
/// The C library's environment, which native code (GTK, GLib) reads: <see cref="Environment.SetEnvironmentVariable(string, string)"/>
/// changes only .NET's copy.
/// </summary>
public static class NativeEnvironment
{
    /// <summary>Sets <paramref name="name"/> for native code in this process (setenv(3), overwriting).</summary>
    /// <exception cref="PosixException">setenv fails (an invalid name, no memory).</exception>
    public static void Set(string name, string value)
    {
        if (Interop.Libc.Setenv(name, value, 1) != 0)
        {
            throw new PosixException("setenv", name, Marshal.GetLastPInvokeError());
        }
    }
}
