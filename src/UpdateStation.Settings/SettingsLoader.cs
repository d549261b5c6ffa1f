using UpdateStation.Posix;

namespace UpdateStation.Settings;

/// <summary>
/// Reads the settings files over the defaults. <see cref="Load"/> never throws for a file's content: a problem is a
/// warning; <see cref="LoadForHelper"/> throws for a file the TOML library cannot read at all.
/// </summary>
public static class SettingsLoader
{
    /// <summary>A settings file is a few lines; anything larger is refused unread.</summary>
    private const int MaxBytes = 1024 * 1024;

    public static StationSettings Load(SettingsFiles files, Action<string> warn)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(warn);
        var values = StationSettings.Defaults();
        if (Read(files.SystemFile, warn) is { } systemText)
        {
            ApplyOrIgnore(() => SettingsFileReader.Apply(files.SystemFile, systemText, SettingSource.System, () => IsTrusted(files.SystemFile, warn), values, warn), warn);
        }

        if (files.UserFile is not null && Read(files.UserFile, warn) is { } userText)
        {
            ApplyOrIgnore(() => SettingsFileReader.Apply(files.UserFile, userText, SettingSource.User, helperAllowed: null, values, warn), warn);
        }

        return new StationSettings(values);
    }

    /// <summary>
    /// What the root helper runs with: the system file alone, and only when <see cref="IsTrusted"/>; otherwise, and
    /// for every key it does not set, the defaults. Nothing from the caller (environment, user's file) counts.
    /// </summary>
    /// <exception cref="SettingsFileException">The TOML library could not read the file at all.</exception>
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
        if (TrustProblem(path) is not { } problem)
        {
            return true;
        }

        warn($"{path}: it configures the root helper only when root owns it and its folder, they are not links and nobody else can write them ({problem}). The helper's settings in it are ignored.");
        return false;
    }

    /// <summary>Why <paramref name="path"/> cannot configure the root helper, in words ("'/etc/x' can be written by others than root"); null when it can.</summary>
    /// <remarks>
    /// The file and its directory must be root's and no links; every directory above them must pass
    /// <see cref="RootOnlyPath"/> too, or whoever can write one could rename a prepared tree into place after the check.
    /// </remarks>
    public static string? TrustProblem(string path)
    {
        foreach (string checkedPath in new[] { path, Path.GetDirectoryName(path) ?? "/" })
        {
            FileStatus? status = FileStatus.Read(checkedPath);
            string? problem = status switch
            {
                null => "does not exist",
                { IsSymbolicLink: true } => "is a symbolic link",
                { OwnerId: not 0 } s => $"is owned by uid {s.OwnerId}, not root",
                { } s when (s.Mode & (UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) != 0 => "can be written by others than root",
                _ => null,
            };
            if (problem is not null)
            {
                return $"'{checkedPath}' {problem}";
            }
        }

        return RootOnlyPath.Problem(path);
    }

    /// <summary>A file the TOML library could not read at all is one line, and is ignored as a whole.</summary>
    private static void ApplyOrIgnore(Action apply, Action<string> warn)
    {
        try
        {
            apply();
        }
        catch (SettingsFileException ex)
        {
            warn($"{ex.Message}. Its settings are ignored.");
        }
    }

    /// <summary>The file's text; null when it is missing, or (with a warning) when it is not a small regular file.</summary>
    /// <remarks>
    /// Bounded and non-blocking: a FIFO, a device or a huge file there must not hang or exhaust the tray at its start.
    /// Links are followed (settings files are often links into a dotfiles folder).
    /// </remarks>
    private static string? Read(string path, Action<string> warn)
    {
        var bytes = BoundedFile.TryRead(path, MaxBytes, out var problem, followLinks: true);
        if (bytes is null && problem is not null)
        {
            warn($"{path}: cannot be read ({problem}). Its settings are ignored.");
        }

        return bytes is null ? null : System.Text.Encoding.UTF8.GetString(bytes);
    }
}
