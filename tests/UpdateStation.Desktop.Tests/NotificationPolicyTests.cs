namespace UpdateStation.Desktop.Tests;

/// <summary>The notification rules as a table: plan, memory, time since the last notification, and the outcome.</summary>
public sealed class NotificationPolicyTests
{
    private static readonly NotificationSettings s_settings = NotificationSettings.Default;

    public static TheoryData<string, string, string, double?, uint?, string, string> Rules => new()
    {
        // case, plan, notified, hours since last, shown id, action, notified afterwards
        { "up to date, nothing shown", "", "", null, null, "None", "" },
        { "up to date, one shown: withdraw", "", "vim 9.1", 3, 7u, "Withdraw", "" },
        { "first updates ever", "vim 9.1, curl 8.5", "", null, null, "Notify", "curl 8.5|vim 9.1" },
        { "all notified, an hour ago", "vim 9.1, curl 8.5", "curl 8.5|vim 9.1", 1, 7u, "None", "curl 8.5|vim 9.1" },
        { "all notified, days ago: never again", "vim 9.1", "vim 9.1", 72, null, "None", "vim 9.1" },
        { "new regular update within 24 h: wait", "vim 9.1, curl 8.5", "vim 9.1", 1, 7u, "None", "vim 9.1" },
        { "new regular update after 25 h", "vim 9.1, curl 8.5", "vim 9.1", 25, 7u, "Notify", "curl 8.5|vim 9.1" },
        { "new regular update at exactly 24 h", "vim 9.1, curl 8.5", "vim 9.1", 24, null, "Notify", "curl 8.5|vim 9.1" },
        { "new security update within 24 h: at once", "vim 9.1, openssl 3.0.15!", "vim 9.1", 1, 7u, "Notify", "openssl 3.0.15|vim 9.1" },
        { "security update already notified", "openssl 3.0.15!", "openssl 3.0.15", 1, 7u, "None", "openssl 3.0.15" },
        { "a newer version of a notified package is new", "vim 9.2", "vim 9.1", 30, null, "Notify", "vim 9.2" },
        { "installed ones are forgotten, nothing new", "vim 9.1", "curl 8.5|vim 9.1", 1, null, "None", "vim 9.1" },
        { "some installed, the shown one names them: withdraw", "vim 9.1", "curl 8.5|vim 9.1", 1, 7u, "Withdraw", "vim 9.1" },
        { "a removal alone is no update", "-legacy-codec", "", null, null, "None", "" },
        { "a removal alone, one shown: withdraw", "-legacy-codec", "vim 9.1", 3, 7u, "Withdraw", "" },
        { "a removal beside the notified updates: nothing new", "vim 9.1, -legacy-codec", "vim 9.1", 30, 7u, "None", "vim 9.1" },
        { "first updates with a removal: only updates are told", "vim 9.1, -legacy-codec", "", null, null, "Notify", "vim 9.1" },
    };

    /// <summary>The `notifications` level and `notification-interval-hours` narrow or stretch the rules above.</summary>
    public static TheoryData<string, string, int, string, string, double?, uint?, string, string> Levels => new()
    {
        // case, level, interval hours, plan, notified, hours since last, shown id, action, notified afterwards
        { "security: regular updates only: they stay new", "security", 24, "vim 9.1, curl 8.5", "", null, null, "None", "" },
        { "security: regular updates days later: still nothing", "security", 24, "vim 9.1, curl 8.5", "", 72, null, "None", "" },
        { "security: a new security update: at once, with the rest", "security", 24, "vim 9.1, openssl 3.0.15!", "", 1, 7u, "Notify", "openssl 3.0.15|vim 9.1" },
        { "security: the security update was told, a regular one came", "security", 24, "openssl 3.0.15!, vim 9.1", "openssl 3.0.15", 30, 7u, "None", "openssl 3.0.15" },
        { "security: updates gone: withdraw", "security", 24, "", "openssl 3.0.15", 1, 7u, "Withdraw", "" },
        { "none: a new security update: nothing", "none", 24, "openssl 3.0.15!", "", null, null, "None", "" },
        { "none: new regular updates days later: nothing", "none", 24, "vim 9.1, curl 8.5", "vim 9.1", 72, null, "None", "vim 9.1" },
        { "all, 6 h: a new regular update after 7 h", "all", 6, "vim 9.1, curl 8.5", "vim 9.1", 7, 7u, "Notify", "curl 8.5|vim 9.1" },
        { "all, 6 h: a new regular update after 5 h: wait", "all", 6, "vim 9.1, curl 8.5", "vim 9.1", 5, 7u, "None", "vim 9.1" },
        { "all, 48 h: a new regular update after 25 h: wait", "all", 48, "vim 9.1, curl 8.5", "vim 9.1", 25, 7u, "None", "vim 9.1" },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void Decide_FollowsTheRules(
        string @case, string plan, string notified, double? hoursSinceLast, uint? shownId, string action, string notifiedAfter) =>
        AssertDecision(@case, s_settings, plan, notified, hoursSinceLast, shownId, action, notifiedAfter);

    [Theory]
    [MemberData(nameof(Levels))]
    public void Decide_FollowsTheLevelAndInterval(
        string @case, string level, int intervalHours, string plan, string notified, double? hoursSinceLast, uint? shownId,
        string action, string notifiedAfter) =>
        AssertDecision(
            @case, new NotificationSettings(Enum.Parse<NotificationLevel>(level, ignoreCase: true), TimeSpan.FromHours(intervalHours)),
            plan, notified, hoursSinceLast, shownId, action, notifiedAfter);

    [Fact]
    public void Decide_Notify_RemembersTheTime()
    {
        var decision = NotificationPolicy.Decide(Plans.Of("vim 9.1"), NotificationMemory.Empty, Plans.Noon, s_settings);

        Assert.Equal(Plans.Noon, decision.Memory.LastNotifiedAt);
    }

    [Fact]
    public void Decide_Withdraw_ForgetsTheShownNotification()
    {
        var memory = new NotificationMemory(["vim 9.1"], Plans.Noon.AddHours(-1), 7);

        var decision = NotificationPolicy.Decide(Plans.Of(""), memory, Plans.Noon, s_settings);

        Assert.Null(decision.Memory.ShownId);
        Assert.Equal(memory.LastNotifiedAt, decision.Memory.LastNotifiedAt);
    }

    private static void AssertDecision(
        string @case, NotificationSettings settings, string plan, string notified, double? hoursSinceLast, uint? shownId,
        string action, string notifiedAfter)
    {
        // Arrange
        var memory = new NotificationMemory(
            notified.Split('|', StringSplitOptions.RemoveEmptyEntries),
            hoursSinceLast is { } hours ? Plans.Noon.AddHours(-hours) : null,
            shownId);

        // Act
        var decision = NotificationPolicy.Decide(Plans.Of(plan), memory, Plans.Noon, settings);

        // Assert
        Assert.True(action == decision.Action.ToString(), $"{@case}: expected {action}, got {decision.Action}");
        Assert.Equal(notifiedAfter, string.Join('|', decision.Memory.Notified.Order(StringComparer.Ordinal)));
    }
}
