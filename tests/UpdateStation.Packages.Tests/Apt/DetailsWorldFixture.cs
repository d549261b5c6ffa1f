using UpdateStation.Packages.Apt;
using UpdateStation.Packages.Model;
using UpdateStation.Tests.Shared;

namespace UpdateStation.Packages.Tests.Apt;

/// <summary>
/// A world whose packages carry what the details show: sizes, a long description and a homepage (alpha), a changelog
/// of three entries for alpha's new version, a new dependency (newdep of delta), a removal by Breaks (oldie, by epsilon)
/// and one by Conflicts (oldconf, by zeta), and gamma, whose repository has no changelog for it.
/// The plan is a user's check (a private configuration) without apt's own sizes, as a desktop runs it.
/// </summary>
public sealed class DetailsWorldFixture : IAsyncLifetime
{
    public const string AlphaChangelog = """
        alpha (1.1-1) bookworm; urgency=medium

          * Fix the frobnicator (CVE-2026-1234).

         -- Update Station Tests <tests@example.invalid>  Mon, 01 Jun 2026 10:00:00 +0000

        alpha (1.0-1) bookworm; urgency=low

          * The installed version.

         -- Update Station Tests <tests@example.invalid>  Mon, 01 Jan 2026 10:00:00 +0000

        alpha (0.9-1) bookworm; urgency=low

          * Older still.

         -- Update Station Tests <tests@example.invalid>  Mon, 01 Dec 2025 10:00:00 +0000

        """;

    private readonly string _cache = Directory.CreateTempSubdirectory("update-station-details-").FullName;

    public static readonly AptPackage NewAlpha = new(
        "alpha", "1.1-1", InstalledSize: 150, Homepage: "https://alpha.example.invalid/",
        Description: "frobnicates widgets\n Alpha frobnicates the widgets\n of a whole desk.\n .\n   verbatim line\n .\n Second paragraph.");

    public AptWorld World { get; } = AptWorld.Create()
        .Offer(NewAlpha)
        .Offer(new AptPackage("gamma", "2.0-1", InstalledSize: 12))
        .Offer(new AptPackage("delta", "2.0-1", Depends: "newdep (>= 1.0)", InstalledSize: 25))
        .Offer(new AptPackage("newdep", "1.0-1", InstalledSize: 40))
        .Offer(new AptPackage("epsilon", "2.0-1", Breaks: "oldie", InstalledSize: 5))
        .Offer(new AptPackage("zeta", "2.0-1", Conflicts: "oldconf", InstalledSize: 7))
        .Install(new AptPackage("alpha", "1.0-1", InstalledSize: 100, Description: "frobnicates widgets (old)"))
        .Install(new AptPackage("gamma", "1.0-1", InstalledSize: 10))
        .Install(new AptPackage("delta", "1.0-1", InstalledSize: 20))
        .Install(new AptPackage("epsilon", "1.0-1", InstalledSize: 5))
        .Install(new AptPackage("oldie", "1.0-1", InstalledSize: 30))
        .Install(new AptPackage("zeta", "1.0-1", InstalledSize: 7))
        .Install(new AptPackage("oldconf", "1.0-1", InstalledSize: 3))
        .Changelog(NewAlpha, AlphaChangelog);

    public UpdatePlan Plan { get; private set; } = null!;

    internal AptBackendOptions Options => new()
    {
        AsRoot = false,
        CacheDirectory = _cache,
        Environment = new Dictionary<string, string?> { ["APT_CONFIG"] = World.ConfigPath },
    };

    public PackageChange Change(string name) => Plan.Updates.Single(u => u.Name == name);

    public async ValueTask InitializeAsync()
    {
        World.Publish();
        Plan = await new AptBackend(Options).CheckAsync(refresh: true);
    }

    public ValueTask DisposeAsync()
    {
        World.Dispose();
        Directory.Delete(_cache, recursive: true);
        return ValueTask.CompletedTask;
    }
}
