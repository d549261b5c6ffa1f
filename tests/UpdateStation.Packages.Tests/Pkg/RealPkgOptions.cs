using UpdateStation.Packages.Pkg;
using UpdateStation.Tests.Shared;

namespace UpdateStation.Packages.Tests.Pkg;

/// <summary>Backend options that point the real pkg at a <see cref="PkgWorld"/>.</summary>
internal static class RealPkgOptions
{
    public static PkgBackendOptions For(PkgWorld world, bool isRoot, TimeSpan? lockWait = null, string? cacheDirectory = null) => new()
    {
        Environment = PkgWorld.Nullable(world.Environment),
        Arguments = world.RootArguments,
        IsRoot = isRoot,
        LockWait = lockWait ?? TimeSpan.FromSeconds(60),
        FirstRetryDelay = TimeSpan.FromMilliseconds(100),
        CacheDirectory = cacheDirectory,
    };
}
