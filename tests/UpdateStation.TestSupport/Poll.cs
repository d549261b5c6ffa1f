using System.Diagnostics;

namespace UpdateStation.Tests.Shared;

/// <summary>Waits for a condition with a deadline, so no test sleeps for a fixed time.</summary>
public static class Poll
{
    private static readonly TimeSpan s_interval = TimeSpan.FromMilliseconds(25);

    /// <summary>Evaluates <paramref name="probe"/> until it returns a value, or fails the test after <paramref name="timeout"/>.</summary>
    /// <param name="describe">What was awaited and what was last seen, for the failure message.</param>
    /// <param name="cancellationToken">Stops the wait early; the current test's token when none is given.</param>
    public static async Task<T> UntilAsync<T>(Func<Task<T?>> probe, TimeSpan timeout, Func<string> describe, CancellationToken cancellationToken = default)
        where T : class
    {
        if (!cancellationToken.CanBeCanceled)
        {
            cancellationToken = TestContext.Current.CancellationToken;
        }

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

            await Task.Delay(s_interval, cancellationToken);
        }
    }

    /// <summary>Evaluates <paramref name="condition"/> until it holds, or fails the test after <paramref name="timeout"/>.</summary>
    public static Task UntilAsync(Func<bool> condition, TimeSpan timeout, Func<string> describe, CancellationToken cancellationToken = default) =>
        UntilAsync(() => Task.FromResult(condition() ? string.Empty : null), timeout, describe, cancellationToken);
}
