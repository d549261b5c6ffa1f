namespace UpdateStation.Settings;

/// <summary>Which settings files to read: the system's (root's defaults, and the helper's) and the user's, whose values win.</summary>
public sealed record SettingsFiles(string SystemFile, string? UserFile)
{
    /// <summary>
    /// The runtime configuration knob that holds SYSCONFDIR, set at build time (`-p:SysConfDir=/usr/local/etc`, as
    /// FreeBSD's port does) and compiled into the executable; nothing at run time (no variable, no option) moves it.
    /// </summary>
    public const string SysConfDirKnob = "UpdateStation.SysConfDir";

    public const string FileName = "settings.toml";

    /// <summary>$(SYSCONFDIR)/update-station/settings.toml; SYSCONFDIR is /etc unless the build said otherwise.</summary>
    public static string SystemFilePath =>
        Path.Combine(AppContext.GetData(SysConfDirKnob) as string is { Length: > 0 } dir ? dir : "/etc", "update-station", FileName);

    /// <summary>$XDG_CONFIG_HOME/update-station/settings.toml, else ~/.config/...; null with neither (a daemon's account).</summary>
    public static string? UserFilePath
    {
        get
        {
            string? config = Environment.GetEnvironmentVariable("XDG_CONFIG_HOME");
            if (config is not { Length: > 0 } || !Path.IsPathRooted(config))
            {
                // The XDG base directory spec: a relative value is invalid and is ignored.
                string? home = Environment.GetEnvironmentVariable("HOME");
                config = home is { Length: > 0 } && Path.IsPathRooted(home) ? Path.Combine(home, ".config") : null;
            }

            return config is null ? null : Path.Combine(config, "update-station", FileName);
        }
    }

    /// <summary>What a desktop user's commands read.</summary>
    public static SettingsFiles ForCurrentUser() => new(SystemFilePath, UserFilePath);
}
