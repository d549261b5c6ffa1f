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
        { "installed ones are forgotten, nothing new", "vim 9.1", "curl 8.5|vim 9.1", 1, 7u, "None", "vim 9.1" },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void Decide_FollowsTheRules(
        string @case, string plan, string notified, double? hoursSinceLast, uint? shownId, string action, string notifiedAfter)
    {
        // Arrange
        var memory = new NotificationMemory(
            notified.Split('|', StringSplitOptions.RemoveEmptyEntries),
            hoursSinceLast is { } hours ? Plans.Noon.AddHours(-hours) : null,
            shownId);

        // Act
        var decision = NotificationPolicy.Decide(Plans.Of(plan), memory, Plans.Noon, s_settings);

        // Assert
        Assert.True(action == decision.Action.ToString(), $"{@case}: expected {action}, got {decision.Action}");
        Assert.Equal(notifiedAfter, string.Join('|', decision.Memory.Notified.Order(StringComparer.Ordinal)));
    }

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

    [Fact]
    public void Decide_Disabled_NeverNotifiesEvenForSecurity()
    {
        var decision = NotificationPolicy.Decide(
            Plans.Of("openssl 3.0.15!"), NotificationMemory.Empty, Plans.Noon, s_settings with { Enabled = false });

        Assert.Equal(NotificationAction.None, decision.Action);
        Assert.Empty(decision.Memory.Notified);
    }
}
