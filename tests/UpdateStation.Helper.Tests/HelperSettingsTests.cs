using UpdateStation.Helper.Settings;

namespace UpdateStation.Helper.Tests;

/// <summary>The helper's settings as UpdateStation.Settings reads them for it (root only: the file must be root's alone).</summary>
public sealed class HelperSettingsTests : IDisposable
{
    // Trusted only in a tree nobody else can change from / down: not under /tmp.
    private readonly string _folder = UpdateStation.Tests.Shared.RootOnlyDirectory.Create("update-station-helper-settings-");

    public HelperSettingsTests()
    {
        File.SetUnixFileMode(_folder, (UnixFileMode)0b111_101_101);
        File.WriteAllText(AptConfig, "");
    }

    private string SettingsPath => Path.Combine(_folder, "settings.toml");

    private string AptConfig => Path.Combine(_folder, "apt.conf");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Load_HelperTableAndTopLevel_ReadsEveryKeyTheHelperUses()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "Only root's files configure the helper.");

        // Arrange
        File.WriteAllText(SettingsPath, $"""
            boot-environments = false
            boot-environments-keep = 5
            [helper]
            backend = "apt"
            apt-config = "{AptConfig}"
            path = "/opt/stand-ins:/usr/bin:/bin"
            log = "/srv/world/update-station.log"
            lock-directory = "/srv/world/run"
            """);

        // Act
        var settings = HelperSettings.Load(SettingsPath);

        // Assert
        Assert.Equal(new HelperSettings("apt", AptConfig, "/opt/stand-ins:/usr/bin:/bin", "/srv/world/update-station.log", "/srv/world/run", false, 5), settings with { Warnings = [], AutomaticPolicy = HelperSettings.AutomaticOff, Ignore = [] });
        Assert.Empty(settings.Warnings);
    }

    [Fact]
    public void Load_AutomaticTableIgnoreAndStateDirectory_AreTheHelpers()
    {
        Assert.SkipUnless(Environment.UserName == "root", "Only root's files configure the helper.");

        // Arrange
        File.WriteAllText(SettingsPath, """
            ignore = ["alpha", "beta=2.0-1"]
            [helper]
            state-directory = "/srv/world/state"
            [automatic]
            updates = "security"
            window = ["Sat 02:00-05:00"]
            """);

        // Act
        var settings = HelperSettings.Load(SettingsPath);

        // Assert
        Assert.Empty(settings.Warnings);
        Assert.Equal("/srv/world/state", settings.StateDirectory);
        Assert.Equal(UpdateStation.Settings.AutomaticUpdates.Security, settings.AutomaticPolicy.Updates);
        Assert.Single(settings.AutomaticPolicy.Windows);
        Assert.Equal(["alpha", "beta=2.0-1"], settings.Ignore.Select(r => r.ToString()));
    }

    [Fact]
    public void Load_NoFile_GivesTheDefaults()
    {
        // Act
        var settings = HelperSettings.Load(SettingsPath);

        // Assert
        Assert.Equal(new HelperSettings(null, null, HelperSettings.DefaultPath, "/var/log/update-station.log", "/run/update-station", true, 3), settings with { Warnings = [], AutomaticPolicy = HelperSettings.AutomaticOff, Ignore = [] });
    }

    [Fact]
    public void Load_BadValue_KeepsTheDefaultWithAWarningNamingTheFileAndKey()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "Only root's files configure the helper.");

        // Arrange
        File.WriteAllText(SettingsPath, "[helper]\nbackend = \"yum\"\npath = \"/usr/bin:bin\"\n");

        // Act
        var settings = HelperSettings.Load(SettingsPath);

        // Assert
        Assert.Equal((null, HelperSettings.DefaultPath), (settings.Backend, settings.Path));
        Assert.Equal(2, settings.Warnings.Count);
        Assert.All(settings.Warnings, w => Assert.StartsWith(SettingsPath + ":", w, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("[helper]\nbackend = \"apt\"\n")]
    public void Load_TopLevelBootEnvironmentKeys_AreHonouredWithOrWithoutAHelperTable(string helperTable)
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "Only root's files configure the helper.");

        // Arrange: the keys update-station(1) documents at the top level.
        File.WriteAllText(SettingsPath, "boot-environments = false\nboot-environments-keep = 7\n" + helperTable);

        // Act
        var settings = HelperSettings.Load(SettingsPath);

        // Assert
        Assert.Equal((false, 7), (settings.BootEnvironments, settings.BootEnvironmentsKeep));
    }

    [Theory]
    [InlineData(0b110_110_110, "can be written by others than root")]
    [InlineData(0b110_100_110, "can be written by others than root")]
    public void Load_FileOthersCanWrite_IsRefusedInWords(int mode, string expected)
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "Only root's files configure the helper.");

        // Arrange
        File.WriteAllText(SettingsPath, "[helper]\nbackend = \"apt\"\n");
        File.SetUnixFileMode(SettingsPath, (UnixFileMode)mode);

        // Act
        var error = Assert.Throws<SettingsException>(() => HelperSettings.Load(SettingsPath));

        // Assert
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{SettingsPath}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_AptConfigThatDoesNotExist_IsRefused()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "Only root's files configure the helper.");

        // Arrange
        File.WriteAllText(SettingsPath, $"[helper]\napt-config = \"{_folder}/missing.conf\"\n");

        // Act
        var error = Assert.Throws<SettingsException>(() => HelperSettings.Load(SettingsPath));

        // Assert
        Assert.Contains("missing.conf' does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_PathDirectoryUnderTmp_IsRefusedNamingTmp()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "Only root's files configure the helper.");

        // Arrange: the helper would run apt-get from wherever PATH says, as root.
        File.WriteAllText(SettingsPath, "[helper]\npath = \"/tmp/update-station-bin:/usr/bin:/bin\"\n");

        // Act
        var error = Assert.Throws<SettingsException>(() => HelperSettings.Load(SettingsPath));

        // Assert
        Assert.Contains("the PATH directory '/tmp/update-station-bin'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'/tmp' can be written by others than root (mode 1777)", error.Message, StringComparison.Ordinal);
    }
}
