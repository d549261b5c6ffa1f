namespace UpdateStation.Settings.Tests;

public sealed class SettingsLoaderTests : IDisposable
{
    private readonly SettingsFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("check-interval-minutes", 360)]
    [InlineData("first-check-delay-seconds", 120)]
    [InlineData("check-timeout-minutes", 10)]
    [InlineData("notifications", "all")]
    [InlineData("notification-interval-hours", 24)]
    [InlineData("boot-environments", true)]
    [InlineData("boot-environments-keep", 3)]
    [InlineData("backend", null)]
    [InlineData("helper.backend", null)]
    [InlineData("helper.apt-config", null)]
    [InlineData("helper.path", null)]
    public void Load_WithoutFiles_GivesTheDefault(string key, object? expected)
    {
        // Act
        StationSettings settings = _folder.Load();

        // Assert
        Assert.Equal(new SettingValue(expected, SettingSource.Default), settings[key]);
        Assert.Empty(_folder.Warnings);
    }

    [Theory]
    [InlineData("check-interval-minutes = 720", "check-interval-minutes", 720)]
    [InlineData("check-interval-minutes = 0", "check-interval-minutes", 0)]
    [InlineData("first-check-delay-seconds = 86400", "first-check-delay-seconds", 86_400)]
    [InlineData("check-timeout-minutes = 1", "check-timeout-minutes", 1)]
    [InlineData("notifications = \"security\"", "notifications", "security")]
    [InlineData("notifications = \"none\"", "notifications", "none")]
    [InlineData("notification-interval-hours = 168", "notification-interval-hours", 168)]
    [InlineData("boot-environments = false", "boot-environments", false)]
    [InlineData("boot-environments-keep = 10", "boot-environments-keep", 10)]
    [InlineData("backend = \"pkg\"", "backend", "pkg")]
    [InlineData("  backend = 'apt'   # a comment", "backend", "apt")]
    public void Load_UserFileWithAValidValue_TakesItFromTheUserFile(string line, string key, object expected)
    {
        // Act
        StationSettings settings = _folder.Load(user: line + "\n");

        // Assert
        Assert.Equal(new SettingValue(expected, SettingSource.User, _folder.UserFile), settings[key]);
        Assert.Empty(_folder.Warnings);
    }

    [Theory]
    [InlineData("check-interval-minutes = -1", "check-interval-minutes", "expected a whole number from 0 to 525600, found -1")]
    [InlineData("check-interval-minutes = 525601", "check-interval-minutes", "expected a whole number from 0 to 525600")]
    [InlineData("check-interval-minutes = \"720\"", "check-interval-minutes", "found \"720\"")]
    [InlineData("check-interval-minutes = 7.5", "check-interval-minutes", "expected a whole number")]
    [InlineData("check-interval-minutes = 36x0", "check-interval-minutes", "Unexpected token")]
    [InlineData("check-timeout-minutes = 0", "check-timeout-minutes", "from 1 to 1440")]
    [InlineData("notifications = \"some\"", "notifications", "expected \"all\" or \"security\" or \"none\"")]
    [InlineData("notifications = all", "notifications", "notifications:")]
    [InlineData("boot-environments = 0", "boot-environments", "expected true or false")]
    [InlineData("boot-environments-keep = 0", "boot-environments-keep", "from 1 to 100")]
    [InlineData("backend = \"yum\"", "backend", "expected \"apt\" or \"pkg\"")]
    [InlineData("backend = ", "backend", "backend:")]
    public void Load_UserFileWithABadValue_WarnsOnceNamingFileLineAndKey_AndKeepsTheDefault(string line, string key, string reason)
    {
        // Act
        StationSettings settings = _folder.Load(user: "# my settings\n" + line + "\n");

        // Assert
        Assert.Equal(SettingSource.Default, settings[key].Source);
        string warning = Assert.Single(_folder.Warnings);
        Assert.StartsWith($"{_folder.UserFile}:2: {key}: ", warning, StringComparison.Ordinal);
        Assert.Contains(reason, warning, StringComparison.Ordinal);
        Assert.EndsWith("It is ignored.", warning, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', warning);
    }

    [Fact]
    public void Load_BadLine_LeavesTheFilesOtherLinesInForce()
    {
        // Act
        StationSettings settings = _folder.Load(user: "check-interval-minutes = oops\nnotifications = \"none\"\n");

        // Assert
        Assert.Equal(360, settings.CheckIntervalMinutes);
        Assert.Equal(NotificationLevel.None, settings.Notifications);
        Assert.Single(_folder.Warnings);
    }

    [Theory]
    [InlineData("chek-interval-minutes = 5", "chek-interval-minutes: there is no such setting")]
    [InlineData("window.width = 5", "window.width: there is no such setting")]
    [InlineData("[tray]\nicon = \"x\"", "[tray]: there is no such table")]
    [InlineData("= 5", ":1: ")]
    public void Load_UnknownKeyOrTableOrGarbage_WarnsAndIgnoresIt(string text, string warning)
    {
        // Act
        StationSettings settings = _folder.Load(user: text + "\n");

        // Assert
        Assert.Contains(_folder.Warnings, w => w.StartsWith(_folder.UserFile, StringComparison.Ordinal) && w.Contains(warning, StringComparison.Ordinal));
        Assert.All(settings.All, s => Assert.Equal(SettingSource.Default, s.Value.Source));
    }

    [Fact]
    public void Load_BothFiles_UserWinsKeyByKeyAndEachValueNamesItsFile()
    {
        // Act
        StationSettings settings = _folder.Load(
            system: "check-interval-minutes = 720\nnotifications = \"security\"\n",
            user: "check-interval-minutes = 60\n");

        // Assert
        Assert.Equal(new SettingValue(60, SettingSource.User, _folder.UserFile), settings["check-interval-minutes"]);
        Assert.Equal(new SettingValue("security", SettingSource.System, _folder.SystemFile), settings["notifications"]);
        Assert.Equal(SettingSource.Default, settings["first-check-delay-seconds"].Source);
    }

    [Fact]
    public void Load_BadUserValue_FallsBackToTheSystemValue()
    {
        // Act
        StationSettings settings = _folder.Load(system: "check-interval-minutes = 720\n", user: "check-interval-minutes = -5\n");

        // Assert
        Assert.Equal(new SettingValue(720, SettingSource.System, _folder.SystemFile), settings["check-interval-minutes"]);
    }

    [Fact]
    public void Load_HelperTableInTheUserFile_IsIgnoredWithAWarning()
    {
        // Act
        StationSettings settings = _folder.Load(user: "[helper]\napt-config = \"/tmp/evil.conf\"\n");

        // Assert
        Assert.Null(settings.HelperAptConfig);
        Assert.Equal($"{_folder.UserFile}:1: [helper]: the helper's settings are read from the system settings file only. They are ignored.", Assert.Single(_folder.Warnings));
    }

    [Fact]
    public void Load_HelperTableInARootOwnedSystemFile_ConfiguresTheHelper()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "Only root can own the system settings file (CI runs as root).");

        // Act
        StationSettings settings = _folder.Load(system: "[helper]\nbackend = \"apt\"\napt-config = \"/srv/world/apt.conf\"\npath = \"/opt/fakes:/usr/bin:/bin\"\n");

        // Assert
        Assert.Equal(("apt", "/srv/world/apt.conf", "/opt/fakes:/usr/bin:/bin"), (settings.HelperBackend, settings.HelperAptConfig, settings.HelperPath));
        Assert.Equal(SettingSource.System, settings["helper.path"].Source);
        Assert.Empty(_folder.Warnings);
    }

    [Fact]
    public void Load_HelperTableInASystemFileOthersCanWrite_IsIgnoredWithAWarning()
    {
        // Arrange
        File.WriteAllText(_folder.SystemFile, "check-interval-minutes = 30\n[helper]\npath = \"/tmp\"\n");
        File.SetUnixFileMode(_folder.SystemFile, (UnixFileMode)0b110_110_110);

        // Act
        StationSettings settings = _folder.Load();

        // Assert
        Assert.Null(settings.HelperPath);
        Assert.Equal(30, settings.CheckIntervalMinutes);
        Assert.Contains("configures the root helper only when root owns", Assert.Single(_folder.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void LoadForHelper_SystemFileOthersCanWrite_GivesOnlyDefaults()
    {
        // Arrange
        File.WriteAllText(_folder.SystemFile, "boot-environments = false\n[helper]\npath = \"/tmp\"\n");
        File.SetUnixFileMode(_folder.SystemFile, (UnixFileMode)0b110_110_110);

        // Act
        StationSettings settings = SettingsLoader.LoadForHelper(_folder.SystemFile, _folder.Warnings.Add);

        // Assert
        Assert.All(settings.All, s => Assert.Equal(SettingSource.Default, s.Value.Source));
        Assert.Contains("configures the root helper only when root owns", Assert.Single(_folder.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void LoadForHelper_RootOwnedSystemFile_GivesItsTopLevelAndHelperValues()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "Only root can own the system settings file (CI runs as root).");

        // Arrange
        File.WriteAllText(_folder.SystemFile, "boot-environments-keep = 5\n[helper]\nbackend = \"pkg\"\n");

        // Act
        StationSettings settings = SettingsLoader.LoadForHelper(_folder.SystemFile, _folder.Warnings.Add);

        // Assert
        Assert.Equal((5, "pkg"), (settings.BootEnvironmentsKeep, settings.HelperBackend));
        Assert.Empty(_folder.Warnings);
    }

    [Fact]
    public void LoadForHelper_NoSystemFile_GivesDefaultsSilently()
    {
        // Act
        StationSettings settings = SettingsLoader.LoadForHelper(_folder.SystemFile, _folder.Warnings.Add);

        // Assert
        Assert.True(settings.BootEnvironments);
        Assert.Empty(_folder.Warnings);
    }

    [Theory]
    [InlineData("path = \"bin:/usr/bin\"")]
    [InlineData("apt-config = \"apt.conf\"")]
    public void Load_HelperPathsThatAreNotAbsolute_AreRefused(string line)
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "Only root can own the system settings file (CI runs as root).");

        // Act
        StationSettings settings = _folder.Load(system: "[helper]\n" + line + "\n");

        // Assert
        Assert.Equal((null, null), (settings.HelperPath, settings.HelperAptConfig));
        Assert.Contains("expected an absolute path", Assert.Single(_folder.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnreadableFile_WarnsAndUsesTheDefaults()
    {
        // Arrange: a folder where the file should be cannot be read as one.
        Directory.CreateDirectory(_folder.UserFile);

        // Act
        StationSettings settings = _folder.Load();

        // Assert
        Assert.Equal(360, settings.CheckIntervalMinutes);
        Assert.StartsWith($"{_folder.UserFile}: cannot be read", Assert.Single(_folder.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void WithCommandLine_OverridesTheFilesAndSaysSo()
    {
        // Arrange
        StationSettings settings = _folder.Load(user: "check-interval-minutes = 60\n");

        // Act
        StationSettings overridden = settings.WithCommandLine("check-interval-minutes", 5);

        // Assert
        Assert.Equal(new SettingValue(5, SettingSource.CommandLine), overridden["check-interval-minutes"]);
        Assert.Equal(60, settings.CheckIntervalMinutes);
    }
}
