namespace UpdateStation.Posix;

/// <summary>Where the user's own state of Update Station lives: <c>$XDG_STATE_HOME/update-station</c>, else <c>~/.local/state/update-station</c>.</summary>
/// <remarks>A relative XDG_STATE_HOME is ignored, as the XDG Base Directory specification asks.</remarks>
public static class UserStateDirectory
{
    /// <summary>The path of <paramref name="fileName"/> in the directory (not made here: whoever writes makes it, 0700).</summary>
    public static string File(string fileName)
    {
        var state = Environment.GetEnvironmentVariable("XDG_STATE_HOME");
        if (string.IsNullOrEmpty(state) || !Path.IsPathRooted(state))
        {
            state = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "state");
        }

        return Path.Combine(state, "update-station", fileName);
    }
}
