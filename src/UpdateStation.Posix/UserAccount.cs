namespace UpdateStation.Posix;

/// <summary>A user's entry in the passwd database: the name and the home directory it records.</summary>
public sealed record UserAccount(uint Uid, string Name, string HomeDirectory)
{
    /// <summary>The entry of <paramref name="uid"/> (getpwuid_r); null when the database has none.</summary>
    /// <exception cref="PosixException">The database cannot be read.</exception>
    public static unsafe UserAccount? Find(uint uid)
    {
        for (var size = 1024; ; size *= 2)
        {
            var buffer = new byte[size];
            fixed (byte* bytes = buffer)
            {
                void* found = null;
                int error;
                nint name, dir;
                if (OperatingSystem.IsFreeBSD())
                {
                    Interop.Libc.FreeBsdPasswd entry = default;
                    error = Interop.Libc.GetPwUidR(uid, &entry, bytes, (nuint)size, &found);
                    (name, dir) = (entry.Name, entry.Dir);
                }
                else
                {
                    Interop.Libc.LinuxPasswd entry = default;
                    error = Interop.Libc.GetPwUidR(uid, &entry, bytes, (nuint)size, &found);
                    (name, dir) = (entry.Name, entry.Dir);
                }

                if (error == Interop.Libc.ERANGE && size < 1 << 20)
                {
                    continue;
                }

                if (error != 0)
                {
                    throw new PosixException("getpwuid_r", $"uid {uid}", error);
                }

                return found is null ? null : new UserAccount(uid, Marshal.PtrToStringUTF8(name) ?? "", Marshal.PtrToStringUTF8(dir) ?? "");
            }
        }
    }
}
