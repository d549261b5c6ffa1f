namespace UpdateStation.Desktop.Tests.Session;

/// <summary>Waits for a condition that other processes make true, with a deadline.</summary>
internal static class Eventually
{
    public static async Task TrueAsync(Func<Task<bool>> condition, string what, int timeoutMs = 20_000, CancellationToken cancellationToken = default)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited {timeoutMs} ms for {what}.");
            }

            await Task.Delay(50, cancellationToken);
        }
    }

    public static Task TrueAsync(Func<bool> condition, string what, int timeoutMs = 20_000, CancellationToken cancellationToken = default) =>
        TrueAsync(() => Task.FromResult(condition()), what, timeoutMs, cancellationToken);
}
