namespace UpdateStation.Gtk.Tests;

/// <summary>Small plans for the content tests.</summary>
internal static class Plans
{
    public static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 42, 0, TimeSpan.Zero);

    public static UpdatePlan With(params PackageChange[] changes) =>
        new("apt", Now.AddMinutes(-1), changes, [], CatalogueUpdatedAt: Now.AddMinutes(-3));

    public static PackageChange Upgrade(string name, bool security = false) =>
        new(name, ChangeAction.Upgrade, "1.0-1", "1.0-2", security ? "bookworm-security" : "bookworm", security);

    public static InstanceState Instance(bool checking = false, CheckSummary? lastCheck = null) =>
        new(4242, 1, "tray", Now.AddHours(-1), 0, checking, lastCheck);
}
