using UpdateStation.Helper.Settings;

namespace UpdateStation.Helper.Tests;

public sealed class HelperSettingsTests
{
    [Fact]
    public void Parse_HelperTable_ReadsEveryKeyAndIgnoresOtherTables()
    {
        // Arrange
        const string toml = """
            interval = 360
            [window]
            size = [800, 600]
            [helper]
            backend = "apt"
            apt-config = "/srv/world/apt.conf"
            path = "/opt/stand-ins:/usr/bin:/bin"
            log = "/srv/world/update-station.log"
            boot-environments = false
            boot-environments-keep = 5
            """;

        // Act
        var settings = HelperSettings.Parse(toml, "/etc/update-station/settings.toml");

        // Assert
        Assert.Equal(new HelperSettings("apt", "/srv/world/apt.conf", "/opt/stand-ins:/usr/bin:/bin", "/srv/world/update-station.log", false, 5), settings);
    }

    [Fact]
    public void Parse_NoHelperTable_GivesTheDefaults()
    {
        // Act
        var settings = HelperSettings.Parse("[window]\nwidth = 3\n", "/etc/update-station/settings.toml");

        // Assert
        Assert.Equal(HelperSettings.Defaults, settings);
        Assert.Equal("/var/log/update-station.log", settings.LogPath);
        Assert.Equal(3, settings.BootEnvironmentsKeep);
    }

    [Fact]
    public void Parse_TopLevelBootEnvironmentKeys_AreHonouredAsTheManPageSays()
    {
        // Act: the keys update-station(1) documents at the top level, with and without a [helper] table.
        var alone = HelperSettings.Parse("boot-environments = false\nboot-environments-keep = 7\n", "/etc/update-station/settings.toml");
        var withTable = HelperSettings.Parse("boot-environments = false\nboot-environments-keep = 7\n[helper]\nbackend = \"apt\"\n", "/etc/update-station/settings.toml");

        // Assert
        Assert.Equal((false, 7), (alone.BootEnvironments, alone.BootEnvironmentsKeep));
        Assert.Equal((false, 7, "apt"), (withTable.BootEnvironments, withTable.BootEnvironmentsKeep, withTable.Backend));
    }

    [Theory]
    [InlineData("[helper]\nbackend = \"yum\"\n", "names the backend 'yum'")]
    [InlineData("[helper]\napt-config = \"apt.conf\"\n", "must be an absolute path")]
    [InlineData("[helper]\npath = \"/usr/bin:bin\"\n", "every directory in it must be absolute")]
    [InlineData("[helper\n", "is not valid TOML")]
    public void Parse_BadValue_ThrowsNamingTheFile(string toml, string expected)
    {
        // Act
        var error = Assert.Throws<SettingsException>(() => HelperSettings.Parse(toml, "/etc/update-station/settings.toml"));

        // Assert
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains("'/etc/update-station/settings.toml'", error.Message, StringComparison.Ordinal);
    }
}
