using UpdateStation.Posix;

namespace UpdateStation.Tests.Plumbing;

/// <summary>An exclusive flock(2) the test process itself holds on a file (UpdateStation.Posix's <see cref="FileLock"/>), released on disposal.</summary>
/// <remarks>Held here rather than by flock(1), whose `sleep` child would outlive a SIGKILLed flock and keep the lock.</remarks>
internal sealed class HeldFileLock : IDisposable
{
    private readonly FileLock _lock;

    private HeldFileLock(FileLock held) => _lock = held;

    public static HeldFileLock Acquire(string path) =>
        new(FileLock.TryAcquire(path) ?? throw new IOException($"'{path}' is locked already."));

    public void Dispose() => _lock.Dispose();
}
