namespace UpdateStation.Tests.Shared;

/// <summary>Waits for a condition that other processes make true, with a deadline: <see cref="Poll"/> in the desktop tests' words.</summary>
public static class Eventually
{
    public static Task TrueAsync(Func<Task<bool>> condition, string what, int timeoutMs = 20_000, CancellationToken cancellationToken = default) =>
        Poll.UntilAsync(async () => await condition() ? string.Empty : null, TimeSpan.FromMilliseconds(timeoutMs), () => what, cancellationToken);

    public static Task TrueAsync(Func<bool> condition, string what, int timeoutMs = 20_000, CancellationToken cancellationToken = default) =>
        TrueAsync(() => Task.FromResult(condition()), what, timeoutMs, cancellationToken);
}
