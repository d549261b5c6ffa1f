using UpdateStation.Packages.Apt;
using UpdateStation.Packages.Model;

namespace UpdateStation.Packages.Tests.Apt;

/// <summary>Real apt on the sample world (local file: repositories, private dpkg status).</summary>
public sealed class AptBackendCheckTests(SampleWorldFixture sample) : IClassFixture<SampleWorldFixture>
{
    [Theory]
    [InlineData("alpha", ChangeAction.Upgrade, "1.0-1", "1.1-1")]
    [InlineData("beta", ChangeAction.Upgrade, "1.0-1", "1:2.0-1")]
    [InlineData("gamma", ChangeAction.Upgrade, "2.0~rc1-1", "2.0-1")]
    [InlineData("delta", ChangeAction.Upgrade, "1.0-1", "2.0-1")]
    [InlineData("newdep", ChangeAction.Install, null, "1.0-1")]
    [InlineData("oldie", ChangeAction.Remove, "1.0-1", null)]
    public void Check_SampleWorld_PlansWhatDistUpgradeWouldDo(string name, ChangeAction action, string? current, string? next)
    {
        // Arrange
        var plan = sample.Plan;

        // Act
        var change = plan.Updates.Single(u => u.Name == name);

        // Assert
        Assert.Equal((action, current, next), (change.Action, change.CurrentVersion, change.NewVersion));
    }

    [Fact]
    public void Check_SampleWorld_OffersNothingElse()
    {
        // Arrange
        var plan = sample.Plan;

        // Act
        var names = plan.Updates.Select(u => u.Name).Order(StringComparer.Ordinal);

        // Assert
        Assert.Equal(["alpha", "beta", "delta", "epsilon", "gamma", "newdep", "oldie", "secpkg"], names);
    }

    [Fact]
    public void Check_HeldPackage_IsReportedAsHeldNotOffered()
    {
        // Arrange
        var plan = sample.Plan;

        // Act
        var held = plan.Held;

        // Assert
        Assert.Equal([new HeldPackage("heldpkg", "1.0-1", "2.0-1")], held);
    }

    [Fact]
    public void Check_SecurityRepository_FlagsExactlyItsPackage()
    {
        // Arrange
        var plan = sample.Plan;

        // Act
        var security = plan.Updates.Where(u => u.Security).Select(u => (u.Name, u.Repository));

        // Assert
        Assert.Equal([("secpkg", "Tests-security:bookworm-security")], security);
    }

    [Fact]
    public void Check_AfterRefresh_SaysSoAndDatesTheLists()
    {
        // Arrange
        var plan = sample.Plan;

        // Act
        var age = DateTimeOffset.UtcNow - plan.CatalogueUpdatedAt;

        // Assert
        Assert.True(plan.CatalogueRefreshed && age < TimeSpan.FromMinutes(10), $"refreshed {plan.CatalogueRefreshed}, age {age}");
    }

    [Fact]
    public void Check_MeasuringSizesOnLocalRepositories_NothingToDownloadAndDiskChangeKnown()
    {
        // Arrange
        var plan = sample.Plan;

        // Act
        var sizes = (plan.DownloadBytes, plan.DiskChangeBytes.HasValue);

        // Assert
        Assert.Equal((0L, true), sizes);
    }

    [Fact]
    public async Task Check_ByDefault_TotalsAreTheSumsOfTheRecordsSizes()
    {
        // Arrange
        var backend = new AptBackend(sample.Options with { MeasureSizes = false });

        // Act
        var plan = await backend.CheckAsync(refresh: false, TestContext.Current.CancellationToken);

        // Assert: the sample's packages name no Installed-Size, so only the download is known.
        Assert.Equal((plan.Updates.Sum(u => u.DownloadBytes), (long?)null), (plan.DownloadBytes, plan.DiskChangeBytes));
        Assert.True(plan.DownloadBytes > 0);
    }

    [Fact]
    public async Task Check_WithoutRoot_RefreshesPrivateListsAndPlansTheSame()
    {
        // Arrange
        var cache = Directory.CreateTempSubdirectory("update-station-cache-");
        try
        {
            var backend = new AptBackend(sample.Options with { AsRoot = false, CacheDirectory = cache.FullName });

            // Act
            var plan = await backend.CheckAsync(refresh: true, TestContext.Current.CancellationToken);

            // Assert
            Assert.Equal(sample.Plan.Updates, plan.Updates);
            Assert.NotEmpty(Directory.GetFiles(Path.Combine(cache.FullName, "lists"), "*Packages"));
        }
        finally
        {
            cache.Delete(recursive: true);
        }
    }

    [Fact]
    public void AptGetUpdate_CallersConfigWithHook_RunsTheHook()
    {
        // Arrange (the control for the next test: the hook is real)
        using var hook = new HookConfig(sample.World.ConfigPath);

        // Act
        AptWorldRun(hook.CallerConfig, "-q", "update");

        // Assert
        Assert.True(File.Exists(hook.Marker));
    }

    [Fact]
    public async Task Check_WithoutRoot_CallersAptConfHooksDoNotRun()
    {
        // Arrange
        using var hook = new HookConfig(sample.World.ConfigPath);
        var backend = new AptBackend(sample.Options with
        {
            AsRoot = false,
            CacheDirectory = Path.Combine(hook.Directory, "cache"),
            Environment = new Dictionary<string, string?> { ["APT_CONFIG"] = hook.CallerConfig },
        });

        // Act
        await backend.CheckAsync(refresh: true, TestContext.Current.CancellationToken);

        // Assert
        Assert.False(File.Exists(hook.Marker), "the caller's apt.conf.d hook ran during a private refresh");
    }

    private static void AptWorldRun(string config, params string[] arguments)
    {
        var result = UpdateStation.Tests.Shared.AptWorld.Run("apt-get", arguments, environment: new Dictionary<string, string?> { ["APT_CONFIG"] = config });
        Assert.True(result.ExitCode == 0, result.Error);
    }

    /// <summary>A caller's APT_CONFIG that includes the world's and adds an apt.conf.d with an update hook touching a marker.</summary>
    private sealed class HookConfig : IDisposable
    {
        public HookConfig(string worldConfig)
        {
            Directory = System.IO.Directory.CreateTempSubdirectory("update-station-hook-").FullName;
            Marker = Path.Combine(Directory, "hook-ran");
            var hooks = System.IO.Directory.CreateDirectory(Path.Combine(Directory, "apt.conf.d")).FullName;
            File.WriteAllText(Path.Combine(hooks, "50hook"), $"APT::Update::Pre-Invoke {{ \"touch {Marker}\"; }};\n");
            CallerConfig = Path.Combine(Directory, "caller.conf");
            File.WriteAllText(CallerConfig, $"#include \"{worldConfig}\";\nDir::Etc::parts \"{hooks}/\";\n");
        }

        public string Directory { get; }

        public string Marker { get; }

        public string CallerConfig { get; }

        public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
    }
}
