namespace UpdateStation.Tests.Packaging;

/// <summary>packaging/deb/build's package: lintian passes it, dpkg installs it with the right files, and purges it.</summary>
public sealed class DebPackageSpecs(DebPackage deb) : IClassFixture<DebPackage>, IDisposable
{
    private readonly StagingDirectory _root = new("dpkg-root");

    public void Dispose() => _root.Dispose();

    [Fact(Timeout = 180_000)]
    public async Task Packager_can_build_a_deb_that_lintian_passes_without_errors()
    {
        // Act
        StationResult fields = await Tool.RequireAsync(["dpkg-deb", "--field", deb.Path, "Depends", "Recommends"]);

        // Assert
        Assert.True(deb.Build.ExitCode == 0, $"packaging/deb/build: {deb.Build}");
        Assert.Matches(@"update-station_\d+\.\d+\.\d+_amd64\.deb$", deb.Path);
        Assert.Matches(@"(?m)^Depends: .*\blibc6\b", fields.Stdout);
        Assert.Matches(@"(?m)^Depends: .*\blibgtk-3-0\b", fields.Stdout);
        Assert.Contains("Recommends: polkitd | pkexec", fields.Stdout, StringComparison.Ordinal);
    }

    [Fact(Timeout = 180_000)]
    public async Task Deb_depends_on_each_library_the_window_opens_at_run_time_once()
    {
        // Arrange: the sonames the GTK layer imports (its one list) and the ones the build maps to packages.
        string libraries = await File.ReadAllTextAsync(Repository.File("src", "UpdateStation.Gtk", "Interop", "Interop.Libraries.cs"));
        string[] imported = [.. System.Text.RegularExpressions.Regex.Matches(libraries, @"""(lib[^""]+\.so\.\d+)""").Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal)];
        string[] listed = [.. File.ReadAllLines(Repository.File("packaging", "deb", "loaded-at-run-time")).Where(l => l.Length > 0).Order(StringComparer.Ordinal)];

        // Act
        StationResult depends = await Tool.RequireAsync(["dpkg-deb", "--field", deb.Path, "Depends"]);
        string[] packages = [.. depends.Stdout.Trim().Split(", ").Select(d => d.Split(' ')[0])];

        // Assert
        Assert.NotEmpty(imported);
        Assert.Equal(imported, listed);
        Assert.Equal(packages.Distinct(StringComparer.Ordinal), packages);
        Assert.All(new[] { "libc6", "libglib2.0-0", "libgtk-3-0", "libatk1.0-0", "libpango-1.0-0", "libx11-6" }, p => Assert.Contains(p, packages));
    }

    [Fact(Timeout = 180_000)]
    public async Task Deb_installs_into_a_private_root_with_its_files_and_modes_and_purges_without_a_trace()
    {
        // Arrange: an empty dpkg database; the dependencies are the host's, so they are forced.
        var root = new FileTree(_root.Path);
        foreach (string folder in new[] { "info", "updates", "triggers" })
        {
            Directory.CreateDirectory(root[$"/var/lib/dpkg/{folder}"]);
        }

        File.WriteAllText(root["/var/lib/dpkg/status"], "");
        string[] dpkg = ["dpkg", $"--root={_root.Path}", "--force-depends", "--force-script-chrootless", .. UnixUser.CurrentIsRoot ? Array.Empty<string>() : ["--force-not-root"]];

        // Act
        await Tool.RequireAsync([.. dpkg, "--install", deb.Path]);
        IReadOnlyList<string> installed = [.. root.Files().Where(f => !f.StartsWith("/var/lib/dpkg/", StringComparison.Ordinal))];
        var modes = installed.ToDictionary(f => f, root.ModeOf);
        await Tool.RequireAsync([.. dpkg, "--purge", "update-station"]);

        // Assert
        IReadOnlyDictionary<string, UnixFileMode> expected = DebPackage.ExpectedFiles();
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), installed);
        Assert.All(expected, e => Assert.True(modes[e.Key] == e.Value, $"{e.Key}: mode {modes[e.Key]}, expected {e.Value}"));
        Assert.DoesNotContain(root.Files(), f => !f.StartsWith("/var/lib/dpkg/", StringComparison.Ordinal));
    }

    [Fact(Timeout = 300_000)]
    public async Task Administrator_can_install_the_deb_run_it_read_its_man_page_and_purge_it()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot && Environment.GetEnvironmentVariable("CI") is { Length: > 0 },
            "Installing into the real system needs root and happens only where CI is set.");
        Assert.SkipWhen((await Tool.RunAsync(["dpkg-query", "-W", "-f=${Status}", "update-station"])).Stdout.Contains("installed", StringComparison.Ordinal),
            "update-station is installed on this machine already; the test will not purge someone's package.");

        // Act
        StationResult install = await Tool.RunAsync(["dpkg", "--install", deb.Path]);
        StationResult version = await Tool.RunAsync(["/usr/bin/update-station", "--version"]);
        StationResult man = await Tool.RunAsync(["man", "-w", "update-station"]);
        StationResult purge = await Tool.RunAsync(["dpkg", "--purge", "update-station"]);

        // Assert
        Assert.True(install.ExitCode == 0, $"dpkg --install: {install}");
        Assert.True(version.ExitCode == 0, $"update-station --version: {version}");
        Assert.Matches(@"\d+\.\d+\.\d+", version.Stdout);
        Assert.Equal("/usr/share/man/man1/update-station.1.gz", man.Stdout.Trim());
        Assert.True(purge.ExitCode == 0, $"dpkg --purge: {purge}");
        Assert.All(DebPackage.ExpectedFiles().Keys, f => Assert.False(File.Exists(f), $"{f} is still there after the purge"));
        Assert.NotEqual(0, (await Tool.RunAsync(["dpkg-query", "-W", "update-station"])).ExitCode);
    }
}
