namespace UpdateStation.Posix;

/// <summary>The system's user database (getpwuid_r): what the account says, whatever the environment claims.</summary>
public static class UserDatabase
{
    /// <summary>Where struct passwd keeps pw_dir: after name, passwd, uid, gid on Linux; FreeBSD has pw_change and pw_class first.</summary>
    public static int HomeDirectoryOffset => OperatingSystem.IsFreeBSD() ? FreeBsdConstants.PasswdDirOffset : 32;

    /// <summary>The home directory of <paramref name="uid"/>; null when the account is unknown or has none.</summary>
    public static unsafe string? HomeDirectory(uint uid)
    {
        byte* passwd = stackalloc byte[128];
        var buffer = new byte[16 * 1024];
        byte* result = null;
        fixed (byte* strings = buffer)
        {
            if (Interop.Libc.GetPwUidR(uid, passwd, strings, (nuint)buffer.Length, &result) != 0 || result is null)
            {
                return null;
            }

            var directory = Marshal.PtrToStringUTF8(*(IntPtr*)(passwd + HomeDirectoryOffset));
            return string.IsNullOrEmpty(directory) ? null : directory;
        }
    }
}
