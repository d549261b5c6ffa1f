using System.Text.RegularExpressions;
using UpdateStation.Tests.Plumbing;
using UpdateStation.Tests.Shared;

namespace UpdateStation.Tests.Helper;

/// <summary>
/// Boot environments around an upgrade of a real apt world, with a stand-in bectl(8) first on the helper's PATH (ZFS cannot
/// run here): it records its calls and plays `bectl list -H` from a file.
/// </summary>
public sealed partial class BootEnvironmentSpecs : IDisposable
{
    private readonly AptWorld _world = AptWorld.Sample(rootOnly: true).Publish();
    private readonly HelperInstall _helper;

    public BootEnvironmentSpecs()
    {
        _helper = HelperInstall.Create(_world.ConfigPath);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "fakes", "freebsd-version"), Path.Combine(_helper.BinDirectory, "freebsd-version"));
        File.WriteAllLines(ListPath, [
            "default\tNR\t/\t1.2G\t2026-01-01 10:00",
            "14.1-RELEASE-p5-update-20260101-100000\t-\t-\t10M\t2026-01-01 10:00",
            "14.1-RELEASE-p5-update-20260201-100000\t-\t-\t10M\t2026-02-01 10:00",
            "14.1-RELEASE-p5-update-20260301-100000\t-\t-\t10M\t2026-03-01 10:00",
            "14.1-RELEASE-p4-backup-2026-01-01-10-00\t-\t-\t10M\t2026-01-01 10:00",
            "14.1-RELEASE-p4_2026-01-01_100000\t-\t-\t10M\t2026-01-01 10:00",
        ]);
        _helper.AddProgram("bectl", $$"""
            #!/bin/sh
            echo "$*" >> {{CallsPath}}
            case "$1" in
              check) exit 0 ;;
              create) [ -e {{FailPath}} ] && { echo "cannot create '$2': out of space" >&2; exit 1; }
                      printf '%s\t-\t-\t8K\t2026-11-26 10:00\n' "$2" >> {{ListPath}} ;;
              list) cat {{ListPath}} ;;
              destroy) ;;
              *) exit 1 ;;
            esac
            """);
    }

    private string CallsPath => Path.Combine(_helper.Directory, "bectl-calls");

    private string ListPath => Path.Combine(_helper.Directory, "bectl-list");

    private string FailPath => Path.Combine(_helper.Directory, "bectl-fail");

    public void Dispose()
    {
        _helper.Dispose();
        _world.Dispose();
    }

    [Fact(Timeout = 120000)]
    public async Task An_upgrade_makes_a_boot_environment_first_and_prunes_only_our_old_ones()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "The helper runs only as root.");

        // Arrange
        var fingerprint = await _helper.RefreshAsync(TestContext.Current.CancellationToken);

        // Act
        var run = await _helper.RunAsync(["upgrade", "--plan", fingerprint], TestContext.Current.CancellationToken);

        // Assert
        Assert.True(run.ExitCode == 0, run.ToString());
        var made = run.Last("done").GetProperty("bootEnvironment").GetString()!;
        Assert.Matches(OurName(), made);
        Assert.Equal(["check", $"create {made}", "list -H", "destroy -o 14.1-RELEASE-p5-update-20260101-100000"], File.ReadAllLines(CallsPath));
        var steps = run.Events.Where(e => e.GetProperty("event").GetString() == "step").Select(e => e.GetProperty("step").GetString()).ToList();
        Assert.True(steps.IndexOf("boot-environment") < steps.IndexOf("install"), string.Join(",", steps));
    }

    [Fact(Timeout = 120000)]
    public async Task A_boot_environment_that_cannot_be_made_stops_everything()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "The helper runs only as root.");

        // Arrange
        var fingerprint = await _helper.RefreshAsync(TestContext.Current.CancellationToken);
        File.WriteAllText(FailPath, "");
        var status = File.ReadAllText(_world.StatusPath);

        // Act
        var run = await _helper.RunAsync(["upgrade", "--plan", fingerprint], TestContext.Current.CancellationToken);

        // Assert
        Assert.True(run.ExitCode == 5, run.ToString());
        var error = run.Last("error");
        Assert.Equal("boot-environment", error.GetProperty("code").GetString());
        Assert.Contains("out of space", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(status, File.ReadAllText(_world.StatusPath));
        Assert.DoesNotContain(File.ReadAllLines(CallsPath), c => c.StartsWith("destroy", StringComparison.Ordinal));
    }

    [Fact(Timeout = 120000)]
    public async Task No_boot_environment_is_made_when_the_caller_says_so()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "The helper runs only as root.");

        // Arrange
        var fingerprint = await _helper.RefreshAsync(TestContext.Current.CancellationToken);

        // Act
        var run = await _helper.RunAsync(["upgrade", "--plan", fingerprint, "--no-boot-environment"], TestContext.Current.CancellationToken);

        // Assert
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.False(File.Exists(CallsPath));
        Assert.False(run.Last("done").TryGetProperty("bootEnvironment", out _));
    }

    [GeneratedRegex(@"^14\.1-RELEASE-p5-update-[0-9]{8}-[0-9]{6}$")]
    private static partial Regex OurName();
}
