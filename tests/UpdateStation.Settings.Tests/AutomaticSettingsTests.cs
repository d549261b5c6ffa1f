namespace UpdateStation.Settings.Tests;

/// <summary>The [automatic] table and the ignore list, as the files give them.</summary>
public sealed class AutomaticSettingsTests : IDisposable
{
    private readonly SettingsFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Load_WithoutFiles_AutomaticUpdatesAreOff()
    {
        // Act
        var policy = _folder.Load().Automatic;

        // Assert
        Assert.Equal(AutomaticUpdates.None, policy.Updates);
        Assert.Empty(policy.Windows);
        Assert.False(policy.OnBattery);
        Assert.False(policy.OnMetered);
        Assert.False(policy.Reboot);
    }

    [Fact]
    public void Load_SystemFileWithAnAutomaticTable_GivesThePolicy()
    {
        Assert.SkipUnless(Environment.UserName == "root", "Only root's system file is trusted with the [automatic] table.");

        // Act
        var settings = _folder.Load(system: """
            [automatic]
            updates = "security"
            window = ["Sat 02:00-05:00", "Wed 22:00-01:00"]
            on-battery = true
            reboot = "when-needed"
            reboot-time = "04:30"
            """);

        // Assert
        Assert.Empty(_folder.Warnings);
        var policy = settings.Automatic;
        Assert.Equal(AutomaticUpdates.Security, policy.Updates);
        Assert.Equal(2, policy.Windows.Count);
        Assert.True(policy.OnBattery);
        Assert.True(policy.Reboot);
        Assert.Equal(new TimeSpan(4, 30, 0), policy.RebootTime);
    }

    [Fact]
    public void Load_UserFileWithAnAutomaticTable_IgnoresIt()
    {
        // Act
        var settings = _folder.Load(user: "[automatic]\nupdates = \"all\"\n");

        // Assert
        Assert.Equal(AutomaticUpdates.None, settings.Automatic.Updates);
        Assert.Contains(_folder.Warnings, w => w.Contains("[automatic]: automatic updates are set in the system settings file only", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_ABadWindow_IsAWarningAndOpensNoWindow()
    {
        Assert.SkipUnless(Environment.UserName == "root", "Only root's system file is trusted with the [automatic] table.");

        // Act
        var settings = _folder.Load(system: "[automatic]\nwindow = [\"Sat 02:00-05:00\", \"someday\"]\n");

        // Assert
        Assert.Equal([MaintenanceWindow.Never], settings.Automatic.Windows); // The default, no window, would mean any time.
        Assert.Contains(_folder.Warnings, w => w.Contains("automatic.window: expected a list of windows such as \"Sat 02:00-05:00\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_IgnoreInBothFiles_IsOneListOfBoth()
    {
        // Act
        var settings = _folder.Load(system: "ignore = [\"alpha\"]\n", user: "ignore = [\"beta=1.0\", \"alpha\"]\n");

        // Assert
        Assert.Equal([new IgnoreRule("alpha", null), new IgnoreRule("beta", "1.0")], settings.Ignore);
    }

    [Fact]
    public void Load_ABadIgnoreEntry_IsAWarning()
    {
        // Act
        var settings = _folder.Load(user: "ignore = [\"two words\"]\n");

        // Assert
        Assert.Empty(settings.Ignore);
        Assert.Contains(_folder.Warnings, w => w.Contains("ignore: expected a list of \"name\" or \"name=version\"", StringComparison.Ordinal));
    }
}
