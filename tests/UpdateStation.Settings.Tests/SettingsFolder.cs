namespace UpdateStation.Settings.Tests;

/// <summary>A system and a user settings file in a private folder (0755, in a root-only tree when root, so root's is trusted), removed afterwards.</summary>
internal sealed class SettingsFolder : IDisposable
{
    // Root's files are trusted only in a tree nobody else can change from / down: not under /tmp.
    private readonly string _root = UpdateStation.Tests.Shared.RootOnlyDirectory.Create("update-station-settings-");

    public SettingsFolder()
    {
        File.SetUnixFileMode(_root, (UnixFileMode)0b111_101_101);
        Directory.CreateDirectory(Path.GetDirectoryName(SystemFile)!);
        Directory.CreateDirectory(Path.GetDirectoryName(UserFile)!);
    }

    public string SystemFile => Path.Combine(_root, "etc", "settings.toml");

    public string UserFile => Path.Combine(_root, "home", "settings.toml");

    public List<string> Warnings { get; } = [];

    public StationSettings Load(string? system = null, string? user = null)
    {
        if (system is not null)
        {
            File.WriteAllText(SystemFile, system);
        }

        if (user is not null)
        {
            File.WriteAllText(UserFile, user);
        }

        return SettingsLoader.Load(new SettingsFiles(SystemFile, UserFile), Warnings.Add);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
