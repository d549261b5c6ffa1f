namespace UpdateStation.Posix.Tests;

/// <summary>The wake-up check-now waits on: a file renamed into the runtime directory, as an atomic publish lands.</summary>
public sealed class DirectoryWatchTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("us-watch-").FullName;

    [Fact(Timeout = 15000)]
    public async Task Wait_FileRenamedIntoTheDirectory_Wakes()
    {
        // Arrange
        using var watch = DirectoryWatch.TryOpen(_directory);
        var temporary = Path.Combine(_directory, "instance.json.tmp");
        await File.WriteAllTextAsync(temporary, "{}", TestContext.Current.CancellationToken);

        // Act: the rename lands before the wait, as a fast instance's publish may.
        File.Move(temporary, Path.Combine(_directory, "instance.json"));
        var woken = watch!.Wait(TimeSpan.FromSeconds(10));

        // Assert
        Assert.True(woken);
        Assert.False(watch.IsBroken);
    }

    [Fact]
    public void Wait_NothingRenamed_ReturnsFalseAtItsTimeout()
    {
        using var watch = DirectoryWatch.TryOpen(_directory);
        File.WriteAllText(Path.Combine(_directory, "written-in-place.json"), "{}");

        Assert.False(watch!.Wait(TimeSpan.FromMilliseconds(50)));
    }

    [Fact]
    public void Wait_DirectoryRemoved_IsBroken()
    {
        using var watch = DirectoryWatch.TryOpen(_directory);
        Directory.Delete(_directory);

        // Bounded: the wait ends after 10 s without an event, and the assertion then fails.
        watch!.Wait(TimeSpan.FromSeconds(10));

        Assert.True(watch.IsBroken);
    }

    [Fact]
    public void TryOpen_SymbolicLinkToADirectory_IsNull()
    {
        var link = Path.Combine(Path.GetTempPath(), $"us-watch-link-{Guid.NewGuid():N}");
        Directory.CreateSymbolicLink(link, _directory);
        try
        {
            Assert.Null(DirectoryWatch.TryOpen(link));
        }
        finally
        {
            File.Delete(link);
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
