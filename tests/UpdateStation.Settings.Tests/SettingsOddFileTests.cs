using System.Diagnostics;

namespace UpdateStation.Settings.Tests;

/// <summary>Something else than a small regular file where a settings file belongs: never a hang, never the whole file read.</summary>
public sealed class SettingsOddFileTests : IDisposable
{
    private readonly SettingsFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact(Timeout = 10_000)]
    public async Task Load_FifoAsTheUserFile_WarnsAndKeepsTheDefaultsWithoutWaitingForAWriter()
    {
        // Arrange
        using (Process.Start("mkfifo", [_folder.UserFile]))
        {
        }

        await Poll.UntilAsync(() => File.Exists(_folder.UserFile), TimeSpan.FromSeconds(30), () => $"{_folder.UserFile} exists");

        // Act
        StationSettings settings = await Task.Run(() => _folder.Load(), TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(SettingSource.Default, settings["check-interval-minutes"].Source);
        Assert.Contains(_folder.Warnings, w => w.Contains("not a regular file", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_HugeUserFile_WarnsThatItIsTooLargeAndKeepsTheDefaults()
    {
        // Arrange: 100 MB of a sparse file, once read whole (and parsed line by line).
        using (var file = File.Create(_folder.UserFile))
        {
            file.SetLength(100L * 1024 * 1024);
        }

        // Act
        StationSettings settings = _folder.Load();

        // Assert
        Assert.Equal(SettingSource.Default, settings["check-interval-minutes"].Source);
        Assert.Contains(_folder.Warnings, w => w.Contains("larger than", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_DirectoryAsTheUserFile_SaysItIsADirectory()
    {
        // Arrange
        Directory.CreateDirectory(_folder.UserFile);

        // Act
        _folder.Load();

        // Assert
        Assert.Equal([$"{_folder.UserFile}: cannot be read (it is a directory). Its settings are ignored."], _folder.Warnings);
    }

    [Fact]
    public void Load_UserFileThroughASymbolicLink_IsFollowed()
    {
        // Arrange: a dotfiles folder links the settings in.
        string real = _folder.UserFile + ".real";
        File.WriteAllText(real, "check-interval-minutes = 720\n");
        File.CreateSymbolicLink(_folder.UserFile, real);

        // Act
        StationSettings settings = _folder.Load();

        // Assert
        Assert.Equal(720L, Convert.ToInt64(settings["check-interval-minutes"].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(_folder.Warnings);
    }
}
