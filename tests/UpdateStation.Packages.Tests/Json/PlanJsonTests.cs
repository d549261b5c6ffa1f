using System.Text.Json;
using UpdateStation.Packages.Json;
using UpdateStation.Packages.Model;

namespace UpdateStation.Packages.Tests.Json;

public sealed class PlanJsonTests
{
    [Fact]
    public void Serialize_ThenDeserialize_GivesBackTheSamePlan()
    {
        // Arrange
        var plan = new UpdatePlan(
            "apt",
            new DateTimeOffset(2026, 11, 26, 10, 42, 0, TimeSpan.Zero),
            [
                new PackageChange("openssl", ChangeAction.Upgrade, "3.0.1", "3.0.2", "Debian-Security", Security: true),
                new PackageChange("newdep", ChangeAction.Install, null, "1.0"),
                new PackageChange("old", ChangeAction.Remove, "2.0", null, Reason: "obsolete"),
                new PackageChange("half", ChangeAction.Configure, "1.0", "1.0", Reason: "not fully installed"),
            ],
            [new HeldPackage("frozen-tool", "1.0", "1.1")],
            DownloadBytes: 1234,
            CatalogueRefreshed: true,
            CatalogueUpdatedAt: new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero))
        {
            RefreshErrors = ["Failed to fetch http://127.0.0.1:9/debian/dists/bookworm/InRelease Could not connect"],
        };

        // Act
        var json = JsonSerializer.SerializeToUtf8Bytes(PlanJson.From(plan), PlanJsonContext.Default.PlanJson);
        var back = JsonSerializer.Deserialize(json, PlanJsonContext.Default.PlanJson)!.ToPlan();

        // Assert
        Assert.Equal(plan.Updates, back.Updates);
        Assert.Equal(plan.Held, back.Held);
        Assert.Equal((plan.Backend, plan.CheckedAt, plan.DownloadBytes, plan.CatalogueUpdatedAt), (back.Backend, back.CheckedAt, back.DownloadBytes, back.CatalogueUpdatedAt));
        Assert.Equal(plan.RefreshErrors, back.RefreshErrors);
    }

    [Fact]
    public void Serialize_PlanWithIgnoredChanges_WritesThemApartAndReadsThemBack()
    {
        // Arrange
        var plan = new UpdatePlan("apt", DateTimeOffset.UnixEpoch, [], [])
        {
            Ignored = [new IgnoredChange(new PackageChange("firefox-esr", ChangeAction.Upgrade, "115.1-1", "115.2-1"), new Settings.IgnoreRule("firefox-esr", "115.2-1"))],
        };

        // Act
        var text = JsonSerializer.Serialize(PlanJson.From(plan), PlanJsonContext.Default.PlanJson);
        var back = JsonSerializer.Deserialize(text, PlanJsonContext.Default.PlanJson)!.ToPlan();

        // Assert
        using var json = JsonDocument.Parse(text);
        var ignored = Assert.Single(json.RootElement.GetProperty("ignored").EnumerateArray());
        Assert.Equal(
            ("firefox-esr", "upgrade", "115.1-1", "115.2-1", "firefox-esr=115.2-1"),
            (ignored.GetProperty("name").GetString(), ignored.GetProperty("action").GetString(), ignored.GetProperty("currentVersion").GetString(),
                ignored.GetProperty("newVersion").GetString(), ignored.GetProperty("rule").GetString()));
        Assert.Equal(plan.Ignored, back.Ignored);
        Assert.Empty(json.RootElement.GetProperty("updates").EnumerateArray());
    }

    [Fact]
    public void Serialize_PlanWithRefreshErrors_WritesThemAsRefreshErrors()
    {
        // Arrange
        var plan = new UpdatePlan("apt", DateTimeOffset.UnixEpoch, [], []) { RefreshErrors = ["one", "two"] };

        // Act
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(PlanJson.From(plan), PlanJsonContext.Default.PlanJson));

        // Assert
        Assert.Equal(["one", "two"], json.RootElement.GetProperty("refreshErrors").EnumerateArray().Select(e => e.GetString()));
    }

    [Theory]
    [InlineData("")]
    [InlineData(",\"refreshErrors\":null")]
    public void Deserialize_WithoutRefreshErrors_HasNone(string refreshErrors)
    {
        // Arrange: plan.json written before refresh errors existed, or with null.
        var json = $$"""{"backend":"apt","checkedAt":"2026-11-26T10:00:00+00:00","updates":[],"held":[],"downloadBytes":null,"diskChangeBytes":null,"selfUpgradeFirst":false,"catalogueRefreshed":true,"catalogueUpdatedAt":null{{refreshErrors}}}""";

        // Act
        var plan = JsonSerializer.Deserialize(json, PlanJsonContext.Default.PlanJson)!.ToPlan();

        // Assert
        Assert.Empty(plan.RefreshErrors);
    }

    [Fact]
    public void ToPlan_UnknownAction_ThrowsFormatException()
    {
        // Arrange
        var json = new PlanJson("apt", DateTimeOffset.UnixEpoch, [new PlanChangeJson("x", "explode", null, null, null, false, false, null)], [], null, null, false, false, null);

        // Act, Assert
        Assert.Throws<FormatException>(() => json.ToPlan());
    }

    [Fact]
    public void Serialize_Plan_WritesItsFingerprint()
    {
        // Arrange
        var plan = new UpdatePlan("apt", DateTimeOffset.UnixEpoch, [new PackageChange("alpha", ChangeAction.Upgrade, "1.0-1", "1.1-1")], []);

        // Act
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(PlanJson.From(plan), PlanJsonContext.Default.PlanJson));

        // Assert
        Assert.Equal(PlanFingerprint.Of(plan), json.RootElement.GetProperty("fingerprint").GetString());
    }
}
