namespace UpdateStation.Gtk.Tests;

/// <summary>The window and the legacy icon follow the published files; by polling where .NET has no FileSystemWatcher (FreeBSD).</summary>
public sealed class PublishedStateWatcherTests : IDisposable
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(15);

    private readonly string _root = Directory.CreateTempSubdirectory("us-watcher-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory(Timeout = 30_000)]
    [InlineData(false)]
    [InlineData(true)]
    public async Task PlanReplacedByRename_Reloads(bool poll)
    {
        // Arrange
        File.SetUnixFileMode(_root, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        RuntimeDirectory directory = RuntimeDirectory.Open(_root);
        File.WriteAllText(directory.PlanFile, "{}");
        InlineLoop loop = new();
        using PublishedStateWatcher watcher = new(directory, loop, loop.Reloaded, poll);

        // Act: as the instance publishes, a temporary file renamed over the plan.
        string temporary = directory.PlanFile + ".tmp";
        File.WriteAllText(temporary, """{"updates":[]}""");
        File.Move(temporary, directory.PlanFile, overwrite: true);

        // Assert
        await loop.Reload.Task.WaitAsync(s_timeout, TestContext.Current.CancellationToken);
        Assert.True(loop.Reload.Task.IsCompletedSuccessfully);
    }

    [Fact(Timeout = 30_000)]
    public async Task WatcherThatFailsWithIOException_FallsBackToPolling()
    {
        // Arrange: FileSystemWatcher failing as it does when inotify's (or FreeBSD's libinotify's) limits are reached.
        File.SetUnixFileMode(_root, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        RuntimeDirectory directory = RuntimeDirectory.Open(_root);
        File.WriteAllText(directory.StateFile, "{}");
        InlineLoop loop = new();
        using PublishedStateWatcher watcher = new(directory, loop, loop.Reloaded, enable: _ =>
            throw new IOException("The configured user limit (128) on the number of inotify instances has been reached."));

        // Act
        string temporary = directory.StateFile + ".tmp";
        File.WriteAllText(temporary, """{"pid":1}""");
        File.Move(temporary, directory.StateFile, overwrite: true);

        // Assert
        await loop.Reload.Task.WaitAsync(s_timeout, TestContext.Current.CancellationToken);
        Assert.True(loop.Reload.Task.IsCompletedSuccessfully);
    }

    /// <summary>Runs posted work at once and says when a reload came.</summary>
    private sealed class InlineLoop : IMainLoop
    {
        public TaskCompletionSource Reload { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Reloaded() => Reload.TrySetResult();

        public void Post(Action work) => work();

        public void Run()
        {
        }

        public void Quit()
        {
        }
    }
}
