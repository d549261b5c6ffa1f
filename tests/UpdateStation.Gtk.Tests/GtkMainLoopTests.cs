namespace UpdateStation.Gtk.Tests;

public sealed class GtkMainLoopTests(GtkFixture gtk) : IClassFixture<GtkFixture>
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(15);

    [Fact(Timeout = 30_000)]
    public async Task Post_FromAThreadPoolThread_RunsOnTheGtkThread()
    {
        // Arrange
        TaskCompletionSource<(int Thread, bool IsGtkThread)> ran = new(TaskCreationOptions.RunContinuationsAsynchronously);

        // Act
        await Task.Run(() => gtk.Loop.Post(() => ran.SetResult((Environment.CurrentManagedThreadId, GtkThread.IsCurrent))));

        // Assert
        (int thread, bool isGtkThread) = await ran.Task.WaitAsync(s_timeout, TestContext.Current.CancellationToken);
        Assert.Equal(gtk.GtkThreadId, thread);
        Assert.True(isGtkThread);
    }

    [Fact(Timeout = 30_000)]
    public async Task Post_ThousandsFromFourThreads_RunsEachOnceAndInOrderPerThread()
    {
        // Arrange
        const int PerThread = 2_500;
        List<(int Poster, int Index)> seen = [];
        TaskCompletionSource done = new(TaskCreationOptions.RunContinuationsAsynchronously);

        // Act
        await Task.WhenAll(Enumerable.Range(0, 4).Select(poster => Task.Run(() =>
        {
            for (int index = 0; index < PerThread; index++)
            {
                int i = index;
                gtk.Loop.Post(() =>
                {
                    seen.Add((poster, i)); // Only the GTK thread touches the list.
                    if (seen.Count == 4 * PerThread)
                    {
                        done.SetResult();
                    }
                });
            }
        })));
        await done.Task.WaitAsync(s_timeout, TestContext.Current.CancellationToken);

        // Assert
        foreach (IGrouping<int, (int Poster, int Index)> byPoster in seen.GroupBy(s => s.Poster))
        {
            Assert.Equal(Enumerable.Range(0, PerThread), byPoster.Select(s => s.Index));
        }
    }

    [Fact(Timeout = 30_000)]
    public async Task ActivationSignal_SigusrOneToThisProcess_RunsTheActivationOnTheGtkThread()
    {
        // Arrange
        TaskCompletionSource<bool> activated = new(TaskCreationOptions.RunContinuationsAsynchronously);
        using ActivationSignal signal = ActivationSignal.Register(gtk.Loop, () => activated.TrySetResult(GtkThread.IsCurrent));

        // Act
        Assert.True(Signals.Send(Environment.ProcessId, Signals.SIGUSR1));

        // Assert
        Assert.True(await activated.Task.WaitAsync(s_timeout, TestContext.Current.CancellationToken));
    }
}
