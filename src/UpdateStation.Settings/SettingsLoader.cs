using UpdateStation.Posix;

namespace UpdateStation.Settings;

/// <summary>Reads the settings files over the defaults. Never throws for a file's content: a problem is a warning.</summary>
public static class SettingsLoader
{
    public static StationSettings Load(SettingsFiles files, Action<string> warn)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(warn);
        var values = StationSettings.Defaults();
        if (Read(files.SystemFile, warn) is { } systemText)
        {
            SettingsFileReader.Apply(files.SystemFile, systemText, SettingSource.System, () => IsTrusted(files.SystemFile, warn), values, warn);
        }

        if (files.UserFile is not null && Read(files.UserFile, warn) is { } userText)
        {
            SettingsFileReader.Apply(files.UserFile, userText, SettingSource.User, helperAllowed: null, values, warn);
        }

        return new StationSettings(values);
    }

    /// <summary>
    /// What the root helper runs with: the system file alone, and only when <see cref="IsTrusted"/>; otherwise, and
    /// for every key it does not set, the defaults. Nothing from the caller (environment, user's file) counts.
    /// </summary>
    public static StationSettings LoadForHelper(string systemFile, Action<string> warn)
    {
        ArgumentNullException.ThrowIfNull(warn);
        var values = StationSettings.Defaults();
        if (File.Exists(systemFile) && IsTrusted(systemFile, warn) && Read(systemFile, warn) is { } text)
        {
            SettingsFileReader.Apply(systemFile, text, SettingSource.System, () => true, values, warn);
        }

        return new StationSettings(values);
    }

    /// <summary>
    /// Whether the file can configure the root helper: it and its folder are root's, not links, and nobody else can
    /// write them. Otherwise another user could choose what root runs.
    /// </summary>
    public static bool IsTrusted(string path, Action<string> warn)
    {
        ArgumentNullException.ThrowIfNull(warn);
        foreach (string checkedPath in new[] { path, Path.GetDirectoryName(path) ?? "/" })
        {
            FileStatus? status = FileStatus.Read(checkedPath);
            if (status is not { OwnerId: 0, IsSymbolicLink: false } s || (s.Mode & (UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) != 0)
            {
                warn($"{path}: it configures the root helper only when root owns {checkedPath}, it is not a link and nobody else can write it. The helper's settings in it are ignored.");
                return false;
            }
        }

        return true;
    }

    private static string? Read(string path, Action<string> warn)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            warn($"{path}: cannot be read ({ex.Message.TrimEnd('.')}). Its settings are ignored.");
            return null;
        }
    }
}
