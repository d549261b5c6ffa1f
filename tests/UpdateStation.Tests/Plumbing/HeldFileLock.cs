using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace UpdateStation.Tests.Plumbing;

/// <summary>An exclusive flock(2) the test process itself holds on a file, released on disposal.</summary>
/// <remarks>Held here rather than by flock(1), whose `sleep` child would outlive a SIGKILLed flock and keep the lock.</remarks>
internal sealed class HeldFileLock : IDisposable
{
    private const int LOCK_EX = 2;
    private const int LOCK_NB = 4;

    private readonly SafeFileHandle _handle;

    private HeldFileLock(SafeFileHandle handle) => _handle = handle;

    public static HeldFileLock Acquire(string path)
    {
        SafeFileHandle handle = File.OpenHandle(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite);
        if (Interop.Libc.flock(handle, LOCK_EX | LOCK_NB) != 0)
        {
            int errno = Marshal.GetLastPInvokeError();
            handle.Dispose();
            throw new IOException($"flock(LOCK_EX) on '{path}' failed with errno {errno}.");
        }

        return new HeldFileLock(handle);
    }

    public void Dispose() => _handle.Dispose();
}
