using UpdateStation.Tests.Plumbing;
using UpdateStation.Tests.Shared;

namespace UpdateStation.Tests.Helper;

/// <summary>The root helper against a real apt world (real apt-get and dpkg into a private root), as root.</summary>
public sealed class HelperSpecs : IDisposable
{
    private readonly AptWorld _world = AptWorld.Sample(rootOnly: true).Publish();
    private readonly HelperInstall _helper;

    public HelperSpecs()
    {
        _helper = HelperInstall.Create(_world.ConfigPath);
    }

    public void Dispose()
    {
        _helper.Dispose();
        _world.Dispose();
    }

    [Fact(Timeout = 120000)]
    public async Task Administrator_can_upgrade_exactly_the_plan_that_was_shown()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "The helper runs only as root.");

        // Arrange
        var fingerprint = await _helper.RefreshAsync(TestContext.Current.CancellationToken);

        // Act
        var run = await _helper.RunAsync(["upgrade", "--plan", fingerprint], TestContext.Current.CancellationToken);

        // Assert
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("", run.Error);
        var steps = run.Events.Where(e => e.GetProperty("event").GetString() == "step").Select(e => e.GetProperty("step").GetString()).ToList();
        Assert.Equal("refresh", steps[0]);
        Assert.Contains("install", steps);
        Assert.Contains("log", run.EventNames);
        Assert.Equal(fingerprint, run.Last("done").GetProperty("fingerprint").GetString());
        Assert.Equal("alpha 1.1-1\n", File.ReadAllText(Path.Combine(_world.RootDirectory, "usr/share/doc/alpha/VERSION")));
        Assert.Contains($"upgrade --plan {fingerprint} started", File.ReadAllText(_helper.LogPath), StringComparison.Ordinal);
    }

    [Fact(Timeout = 120000)]
    public async Task An_upgrade_whose_plan_changed_since_it_was_shown_changes_nothing()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "The helper runs only as root.");

        // Arrange: the user saw the plan; then the archive offers one more upgrade.
        var fingerprint = await _helper.RefreshAsync(TestContext.Current.CancellationToken);
        _world.Offer(new AptPackage("stable", "1.1-1")).Publish();
        var status = File.ReadAllText(_world.StatusPath);

        // Act
        var run = await _helper.RunAsync(["upgrade", "--plan", fingerprint], TestContext.Current.CancellationToken);

        // Assert
        Assert.True(run.ExitCode == 3, run.ToString());
        var error = run.Last("error");
        Assert.Equal("plan-changed", error.GetProperty("code").GetString());
        Assert.Equal(_helper.LogPath, error.GetProperty("log").GetString());
        Assert.Contains("stable", error.GetProperty("plan").GetProperty("updates").EnumerateArray().Select(u => u.GetProperty("name").GetString()));
        Assert.NotEqual(fingerprint, error.GetProperty("plan").GetProperty("fingerprint").GetString());
        Assert.Equal(status, File.ReadAllText(_world.StatusPath));
    }

    [Fact(Timeout = 180000)]
    public async Task A_package_added_just_before_apt_applies_the_plan_changes_nothing()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "The helper runs only as root.");

        // Arrange: apt-get first on the helper's PATH waits at a gate before the real apply (not before simulations), so
        // the archive can change after every comparison the helper makes and before apt reads it.
        var gate = Path.Combine(_helper.Directory, "gate");
        _helper.AddProgram("apt-get", $$"""
            #!/bin/sh
            case " $* " in
              *" -y "*"dist-upgrade"*) touch '{{gate}}.reached'; while [ ! -e '{{gate}}.open' ]; do sleep 0.05; done ;;
            esac
            exec /usr/bin/apt-get "$@"

            """);
        var fingerprint = await _helper.RefreshAsync(TestContext.Current.CancellationToken);
        var status = File.ReadAllText(_world.StatusPath);
        using var helper = _helper.Start(["upgrade", "--plan", fingerprint, "--no-boot-environment"]);
        var output = helper.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await Poll.UntilAsync(() => File.Exists(gate + ".reached"), TimeSpan.FromSeconds(60), () => "apt-get dist-upgrade never started");

        // Act: the archive offers one more upgrade, and the lists learn it, just before apt applies.
        _world.Offer(new AptPackage("stable", "1.1-1")).Publish();
        Assert.Equal(0, _world.RunWithWorld("/usr/bin/apt-get", "-q", "update").ExitCode);
        File.WriteAllText(gate + ".open", "");
        await helper.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);

        // Assert
        var run = new HelperRun(helper.ExitCode, await output, "");
        Assert.True(run.ExitCode == 3, run.ToString());
        var error = run.Last("error");
        Assert.Equal("plan-changed", error.GetProperty("code").GetString());
        Assert.Contains("stable", error.GetProperty("plan").GetProperty("updates").EnumerateArray().Select(u => u.GetProperty("name").GetString()));
        Assert.Equal(status, File.ReadAllText(_world.StatusPath));
    }

    [Theory(Timeout = 30000)]
    [InlineData("install", "alpha")]
    [InlineData("refresh", "--now")]
    [InlineData("reboot", "now")]
    [InlineData("upgrade")]
    [InlineData("upgrade", "--plan", "abc")]
    [InlineData("upgrade", "--plan", "87f0481175d4d021b2b27b237c86e036047e96a9a6d874952935654cb97488be", "--yes")]
    [InlineData("upgrade", "--plan", "87f0481175d4d021b2b27b237c86e036047e96a9a6d874952935654cb97488be", "--plan", "87f0481175d4d021b2b27b237c86e036047e96a9a6d874952935654cb97488be")]
    [InlineData("@/etc/update-station/args")]
    [InlineData("")]
    public async Task Unknown_verbs_and_extra_arguments_are_refused_in_one_line(params string[] arguments)
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "The helper runs only as root.");

        // Act
        var run = await _helper.RunAsync(arguments, TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal((2, ""), (run.ExitCode, run.Output));
        Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
        Assert.StartsWith("update-station-helper: ", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(_helper.LogPath));
    }

    [Fact(Timeout = 120000)]
    public async Task A_poisoned_environment_is_not_used()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "The helper runs only as root.");

        // Arrange: an apt-get first on the caller's PATH that leaves a mark, and an APT_CONFIG naming another world.
        var poison = Directory.CreateTempSubdirectory("update-station-poison-").FullName;
        var mark = Path.Combine(poison, "ran");
        File.WriteAllText(Path.Combine(poison, "apt-get"), $"#!/bin/sh\ntouch {mark}\nexit 0\n");
        File.SetUnixFileMode(Path.Combine(poison, "apt-get"), (UnixFileMode)0b111_101_101);
        File.WriteAllText(Path.Combine(poison, "apt.conf"), "Dir::State::status \"/nonexistent/status\";\n");
        var environment = new Dictionary<string, string>
        {
            ["PATH"] = $"{poison}:/usr/sbin:/usr/bin:/sbin:/bin",
            ["APT_CONFIG"] = Path.Combine(poison, "apt.conf"),
            ["UPDATE_STATION_BACKEND"] = "pkg",
            ["UPDATE_STATION_LOG"] = Path.Combine(poison, "log"),
        };

        try
        {
            // Act
            var run = await _helper.RunAsync(["refresh"], TestContext.Current.CancellationToken, environment);

            // Assert: the settings' world was refreshed and planned, with apt from the settings' PATH.
            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Contains("alpha", run.Last("done").GetProperty("plan").GetProperty("updates").EnumerateArray().Select(u => u.GetProperty("name").GetString()));
            Assert.False(File.Exists(mark));
            Assert.False(File.Exists(Path.Combine(poison, "log")));
        }
        finally
        {
            Directory.Delete(poison, recursive: true);
        }
    }

    [Fact(Timeout = 30000)]
    public async Task Settings_others_can_write_are_refused()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "The helper runs only as root.");

        // Arrange
        File.SetUnixFileMode(_helper.SettingsPath, (UnixFileMode)0b110_110_110);

        // Act
        var run = await _helper.RunAsync(["refresh"], TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal((1, ""), (run.ExitCode, run.Output));
        Assert.Contains("can be written by others than root", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
    }

    [Fact(Timeout = 30000)]
    public async Task A_user_who_is_not_root_is_refused_in_one_line()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "Needs root to become nobody.");

        // Act
        var run = await _helper.RunAsync(["refresh"], TestContext.Current.CancellationToken, prefix: UnixUser.Nobody.SetprivPrefix);

        // Assert
        Assert.Equal((1, ""), (run.ExitCode, run.Output));
        Assert.Equal("update-station-helper: must run as root; the desktop starts it through pkexec (or sudo), and 'update-station upgrade' does too.\n", run.Error);
    }
}
