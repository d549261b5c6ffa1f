namespace UpdateStation.Packages;

/// <summary>Where the package manager keeps its installed-package database, and the lock it holds while changing it.</summary>
/// <param name="File">apt: `Dir::State::status` (normally /var/lib/dpkg/status); pkg: $PKG_DBDIR/local.sqlite.</param>
/// <param name="LockFile">dpkg's lock beside the status file; pkg's database itself (pkg locks it while it works).</param>
public sealed record PackageDatabase(string File, string LockFile);
