namespace UpdateStation.Desktop.Tests;

public sealed class NotificationMemoryStoreTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("us-memory-").FullName;

    private string MemoryPath => Path.Combine(_directory, "state", "update-station", NotificationMemoryStore.FileName);

    [Fact]
    public void Save_ThenLoad_ReadsTheSameMemory()
    {
        // Arrange
        var store = new NotificationMemoryStore(MemoryPath);
        var memory = new NotificationMemory(["curl 8.5", "vim 9.1"], Plans.Noon, 42);

        // Act
        store.Save(memory);
        var loaded = new NotificationMemoryStore(MemoryPath).Load();

        // Assert
        Assert.Equal(memory.Notified, loaded.Notified);
        Assert.Equal(memory.LastNotifiedAt, loaded.LastNotifiedAt);
        Assert.Equal(memory.ShownId, loaded.ShownId);
    }

    [Fact]
    public void Save_CreatesAPrivateDirectoryAndLeavesNoTemporaryFile()
    {
        new NotificationMemoryStore(MemoryPath).Save(NotificationMemory.Empty);

        var directory = Path.GetDirectoryName(MemoryPath)!;
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(directory));
        Assert.Equal([NotificationMemoryStore.FileName], Directory.GetFiles(directory).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("{ not json")]
    public void Load_MissingOrDamaged_IsEmpty(string? content)
    {
        if (content is not null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(MemoryPath)!);
            File.WriteAllText(MemoryPath, content);
        }

        var loaded = new NotificationMemoryStore(MemoryPath).Load();

        Assert.Empty(loaded.Notified);
        Assert.Null(loaded.LastNotifiedAt);
    }

    [Fact(Timeout = 10_000)]
    public async Task Load_FifoInPlaceOfTheMemory_IsEmptyWithoutWaitingForAWriter()
    {
        // Arrange
        Directory.CreateDirectory(Path.GetDirectoryName(MemoryPath)!);
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [MemoryPath]))
        {
            await mkfifo.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        // Act
        var loaded = await Task.Run(new NotificationMemoryStore(MemoryPath).Load, TestContext.Current.CancellationToken);

        // Assert
        Assert.Empty(loaded.Notified);
    }

    [Fact]
    public void Save_ThatFails_LeavesNoTemporaryFile()
    {
        // Arrange: a directory where the memory belongs, so the final rename fails.
        Directory.CreateDirectory(MemoryPath);
        var store = new NotificationMemoryStore(MemoryPath);

        // Act
        var error = Record.Exception(() => store.Save(NotificationMemory.Empty));

        // Assert
        Assert.NotNull(error);
        Assert.Equal([NotificationMemoryStore.FileName], Directory.GetFileSystemEntries(Path.GetDirectoryName(MemoryPath)!).Select(Path.GetFileName));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
