using Microsoft.Win32.SafeHandles;

namespace UpdateStation.Posix;

/// <summary>An owned file descriptor, closed when disposed.</summary>
public sealed class SafeFileDescriptor : SafeHandleZeroOrMinusOneIsInvalid
{
    public SafeFileDescriptor()
        : base(ownsHandle: true)
    {
    }

    internal int Fd => (int)handle;

    protected override bool ReleaseHandle() => Interop.Libc.Close(handle) == 0;
}
