namespace UpdateStation.Desktop.Tests;

/// <summary>What the settings files say reaches the notification policy.</summary>
public sealed class NotificationSettingsTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("us-notification-settings-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void From_NoSettingsFile_AllEvery24Hours()
    {
        var settings = NotificationSettings.From(Load(null));

        Assert.Equal(new NotificationSettings(NotificationLevel.All, TimeSpan.FromHours(24)), settings);
    }

    [Theory]
    [InlineData("notifications = \"security\"\nnotification-interval-hours = 6\n", NotificationLevel.Security, 6)]
    [InlineData("notifications = \"none\"\n", NotificationLevel.None, 24)]
    [InlineData("notifications = \"all\"\nnotification-interval-hours = 168\n", NotificationLevel.All, 168)]
    public void From_UserSettings_GivesTheLevelAndInterval(string toml, NotificationLevel level, int hours)
    {
        var settings = NotificationSettings.From(Load(toml));

        Assert.Equal(new NotificationSettings(level, TimeSpan.FromHours(hours)), settings);
    }

    private StationSettings Load(string? userToml)
    {
        var userFile = Path.Combine(_directory, "settings.toml");
        if (userToml is not null)
        {
            File.WriteAllText(userFile, userToml);
        }

        var warnings = new List<string>();
        var settings = SettingsLoader.Load(new SettingsFiles(Path.Combine(_directory, "no-system.toml"), userFile), warnings.Add);
        Assert.Empty(warnings);
        return settings;
    }
}
