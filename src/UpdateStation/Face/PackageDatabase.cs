namespace UpdateStation.Face;

/// <summary>Where the package manager keeps its installed-package database, and the lock it holds while changing it.</summary>
/// <param name="File">apt: `Dir::State::status` (normally /var/lib/dpkg/status); pkg: $PKG_DBDIR/local.sqlite.</param>
/// <param name="LockFile">dpkg's lock beside the status file; pkg's database itself (pkg locks it while it works).</param>
internal sealed record PackageDatabase(string File, string LockFile)
{
    /// <summary>The database of the backend the checks use; null when it cannot be told (the watch is then off).</summary>
    public static PackageDatabase? Find(string? backendName)
    {
        try
        {
            var backend = BackendSelector.Create(backendName);
            return backend.Name == "pkg" ? Pkg() : Apt();
        }
        catch (BackendException)
        {
            return null;
        }
    }

    private static PackageDatabase Pkg()
    {
        var directory = Environment.GetEnvironmentVariable("PKG_DBDIR") is { Length: > 0 } configured ? configured : "/var/db/pkg";
        var file = Path.Combine(directory, "local.sqlite");
        return new(file, file);
    }

    /// <summary>apt-config says where dpkg's status file is (APT_CONFIG and the configuration files can move it).</summary>
    private static PackageDatabase? Apt()
    {
        var startInfo = new ProcessStartInfo("apt-config") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in (string[])["shell", "STATUS", "Dir::State::status/f"])
        {
            startInfo.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(startInfo)!;
            _ = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            var line = output.Trim();
            var start = line.IndexOf('\'', StringComparison.Ordinal);
            var end = line.LastIndexOf('\'');
            if (process.ExitCode != 0 || start < 0 || end <= start)
            {
                return null;
            }

            var file = line[(start + 1)..end];
            return new(file, Path.Combine(Path.GetDirectoryName(file) ?? "/", "lock"));
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
