using UpdateStation.Posix;

namespace UpdateStation.Helper.Settings;

/// <summary>A settings file is trusted only when it is a plain file that root owns and only root can write, in such a directory.</summary>
internal static class TrustedFile
{
    private const UnixFileMode WritableByOthers = UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;

    /// <summary>True when the file exists and is trusted; false when it does not exist (its directory still checked).</summary>
    /// <exception cref="SettingsException">It exists and is not trusted, or its directory is not.</exception>
    public static bool Check(string path)
    {
        var directory = Path.GetDirectoryName(path) ?? "/";
        var folder = Read(directory);
        if (folder is null)
        {
            return false;
        }

        Require(directory, folder.Value, "directory", expectDirectory: true);
        var file = Read(path);
        if (file is null)
        {
            return false;
        }

        Require(path, file.Value, "settings file", expectDirectory: false);
        return true;
    }

    private static FileStatus? Read(string path)
    {
        try
        {
            return FileStatus.Read(path);
        }
        catch (PosixException ex)
        {
            throw new SettingsException($"cannot examine '{path}': {System.Runtime.InteropServices.Marshal.GetPInvokeErrorMessage(ex.Errno)}.");
        }
    }

    private static void Require(string path, FileStatus status, string what, bool expectDirectory)
    {
        var problem = status.IsSymbolicLink ? "is a symbolic link"
            : status.IsDirectory != expectDirectory ? (expectDirectory ? "is not a directory" : "is a directory")
            : status.OwnerId != 0 ? $"is owned by uid {status.OwnerId}, not root"
            : (status.Mode & WritableByOthers) != 0 ? "can be written by others than root"
            : null;
        if (problem is not null)
        {
            throw new SettingsException($"the {what} '{path}' {problem}; the helper trusts only settings that root alone can change.");
        }
    }
}
