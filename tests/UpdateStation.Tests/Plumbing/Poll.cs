namespace UpdateStation.Tests.Plumbing;

/// <summary>Waits for a condition with a deadline, so no spec sleeps for a fixed time.</summary>
internal static class Poll
{
    private static readonly TimeSpan s_interval = TimeSpan.FromMilliseconds(25);

    /// <summary>Evaluates <paramref name="probe"/> until it returns a value, or fails the test after <paramref name="timeout"/>.</summary>
    /// <param name="describe">What was awaited and what was last seen, for the failure message.</param>
    public static async Task<T> UntilAsync<T>(Func<Task<T?>> probe, TimeSpan timeout, Func<string> describe)
        where T : class
    {
        Stopwatch elapsed = Stopwatch.StartNew();
        while (true)
        {
            if (await probe() is T value)
            {
                return value;
            }

            if (elapsed.Elapsed > timeout)
            {
                Assert.Fail($"Timed out after {timeout.TotalSeconds:0.#} s waiting until {describe()}");
            }

            await Task.Delay(s_interval, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>Evaluates <paramref name="condition"/> until it holds, or fails the test after <paramref name="timeout"/>.</summary>
    public static Task UntilAsync(Func<bool> condition, TimeSpan timeout, Func<string> describe) =>
        UntilAsync(() => Task.FromResult(condition() ? string.Empty : null), timeout, describe);
}
