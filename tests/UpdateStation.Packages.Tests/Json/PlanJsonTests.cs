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
            CatalogueUpdatedAt: new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));

        // Act
        var json = JsonSerializer.SerializeToUtf8Bytes(PlanJson.From(plan), PlanJsonContext.Default.PlanJson);
        var back = JsonSerializer.Deserialize(json, PlanJsonContext.Default.PlanJson)!.ToPlan();

        // Assert
        Assert.Equal(plan.Updates, back.Updates);
        Assert.Equal(plan.Held, back.Held);
        Assert.Equal((plan.Backend, plan.CheckedAt, plan.DownloadBytes, plan.CatalogueUpdatedAt), (back.Backend, back.CheckedAt, back.DownloadBytes, back.CatalogueUpdatedAt));
    }

    [Fact]
    public void ToPlan_UnknownAction_ThrowsFormatException()
    {
        // Arrange
        var json = new PlanJson("apt", DateTimeOffset.UnixEpoch, [new PlanChangeJson("x", "explode", null, null, null, false, false, null)], [], null, null, false, false, null);

        // Act, Assert
        Assert.Throws<FormatException>(() => json.ToPlan());
    }
}
