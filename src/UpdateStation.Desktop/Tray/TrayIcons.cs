namespace UpdateStation.Desktop.Tray;

/// <summary>The icon names the item and the notifications show for each state, and where a host finds them.</summary>
/// <remarks>
/// Our own icons (packaging/icons, installed in hicolor) when this installation has them, else the Adwaita names every
/// theme carries: a panel shows a blank square for a name no theme has, so ours are named only where they are.
/// </remarks>
/// <param name="Updates">Updates wait.</param>
/// <param name="Security">Security updates wait.</param>
/// <param name="Error">Checks keep failing.</param>
/// <param name="Application">The program's own, full-colour icon (notifications).</param>
/// <param name="ThemePath">The item's IconThemePath: the icons folder that holds our hicolor icons; empty with Adwaita's.</param>
internal sealed record TrayIcons(string Updates, string Security, string Error, string Application, string ThemePath)
{
    public const string Restart = "system-reboot";
    public const string OwnTestFile = "hicolor/scalable/apps/update-station-updates-symbolic.svg";

    public static TrayIcons Adwaita { get; } = new(
        "software-update-available", "software-update-urgent", "dialog-warning", "system-software-update", "");

    public static TrayIcons Own(string themePath) => new(
        "update-station-updates-symbolic", "update-station-security-symbolic", "update-station-error-symbolic", "update-station", themePath);

    /// <summary>Ours when an icons folder holds them (see <see cref="Locate"/>), else Adwaita's.</summary>
    public static TrayIcons ForThisInstallation() =>
        Locate(AppContext.BaseDirectory, Environment.GetEnvironmentVariable("XDG_DATA_HOME"), Environment.GetEnvironmentVariable("XDG_DATA_DIRS"),
            Environment.GetFolderPath(Environment.SpecialFolder.UserProfile)) is { } path ? Own(path) : Adwaita;

    /// <summary>
    /// The icons folder that holds ours: first the one beside the binary (PREFIX/bin → PREFIX/share/icons, where
    /// <c>make install</c> puts both, whether or not PREFIX/share is a data folder of the session), then the XDG data folders.
    /// </summary>
    /// <returns>The folder (IconThemePath's form: it holds hicolor/); null when none has our icons.</returns>
    public static string? Locate(string binaryDirectory, string? dataHome, string? dataDirs, string home)
    {
        ArgumentNullException.ThrowIfNull(binaryDirectory);
        var candidates = new List<string> { Path.Combine(binaryDirectory, "..", "share") };
        candidates.Add(string.IsNullOrEmpty(dataHome) || !Path.IsPathRooted(dataHome) ? Path.Combine(home, ".local", "share") : dataHome);
        candidates.AddRange((string.IsNullOrEmpty(dataDirs) ? "/usr/local/share:/usr/share" : dataDirs)
            .Split(':', StringSplitOptions.RemoveEmptyEntries).Where(Path.IsPathRooted));
        return candidates.Select(dir => Path.GetFullPath(Path.Combine(dir, "icons")))
            .FirstOrDefault(icons => File.Exists(Path.Combine(icons, OwnTestFile)));
    }
}
