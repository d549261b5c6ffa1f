namespace UpdateStation.Desktop.Tests;

/// <summary>What the icon shows for what the instance knows (times in UTC, so "checked 12:00").</summary>
public sealed class TrayAppearanceRulesTests
{
    private static readonly DateTimeOffset s_start = Plans.Noon.AddDays(-1);

    private static TrayAppearance Compute(TrayFacts facts, DateTimeOffset? now = null, TrayIcons? icons = null) =>
        TrayAppearanceRules.Compute(facts, icons ?? TrayIcons.Adwaita, now ?? Plans.Noon.AddMinutes(5), TimeZoneInfo.Utc);

    private static TrayFacts Facts(UpdatePlan? plan = null) => new(plan, false, null, false, s_start);

    [Fact]
    public void Compute_BeforeTheFirstCheck_IsPassive()
    {
        var look = Compute(Facts());

        Assert.Equal(ItemStatus.Passive, look.Status);
        Assert.Equal("Not checked yet", look.ToolTipText);
    }

    [Fact]
    public void Compute_UpToDate_IsPassiveAndSaysWhen()
    {
        var look = Compute(Facts(Plans.Of("")));

        Assert.Equal(ItemStatus.Passive, look.Status);
        Assert.Equal("Your system is up to date, checked 12:00", look.ToolTipText);
    }

    [Fact]
    public void Compute_Updates_IsActiveWithTheCount()
    {
        var look = Compute(Facts(Plans.Of("vim 9.1, curl 8.5")));

        Assert.Equal(ItemStatus.Active, look.Status);
        Assert.Equal("software-update-available", look.IconName);
        Assert.Equal("2 updates, checked 12:00", look.ToolTipText);
    }

    [Fact]
    public void Compute_SecurityUpdates_NeedAttentionWithTheUrgentIcon()
    {
        var look = Compute(Facts(Plans.Of("vim 9.1, openssl 3.0.15!")));

        Assert.Equal(ItemStatus.NeedsAttention, look.Status);
        Assert.Equal("software-update-urgent", look.IconName);
        Assert.Equal("2 updates (1 security), checked 12:00", look.ToolTipText);
    }

    [Fact]
    public void Compute_Checking_KeepsTheStatusAndSaysSo()
    {
        var look = Compute(Facts(Plans.Of("vim 9.1")) with { Checking = true });

        Assert.Equal(ItemStatus.Active, look.Status);
        Assert.Equal("Checking for updates…", look.ToolTipText);
    }

    [Fact]
    public void Compute_FailedCheck_KeepsTheLastGoodStatusAndSaysWhenItWas()
    {
        var look = Compute(Facts(Plans.Of("")) with { FailureReason = "mirror unreachable" }, Plans.Noon.AddDays(1));

        Assert.Equal(ItemStatus.Passive, look.Status);
        Assert.Equal("Last check failed: mirror unreachable\nLast good check: 2026-11-26 12:00", look.ToolTipText);
    }

    [Fact]
    public void Compute_SevenDaysWithoutAGoodCheck_IsActiveAndSaysSo()
    {
        var look = Compute(Facts(Plans.Of("")) with { FailureReason = "mirror unreachable" }, Plans.Noon.AddDays(7));

        Assert.Equal(ItemStatus.Active, look.Status);
        Assert.EndsWith("No successful check for 7 days or more", look.ToolTipText, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_NoGoodCheckEver_CountsSevenDaysFromTheStart()
    {
        var facts = Facts() with { FailureReason = "no network" };

        Assert.Equal(ItemStatus.Passive, Compute(facts, s_start.AddDays(6)).Status);
        Assert.Equal(ItemStatus.Active, Compute(facts, s_start.AddDays(7)).Status);
    }

    [Fact]
    public void Compute_RestartNeeded_StaysOnTheIconAndTooltip()
    {
        var look = Compute(Facts(Plans.Of("")) with { RestartNeeded = true });

        Assert.Equal(ItemStatus.Active, look.Status);
        Assert.Equal("system-reboot", look.IconName);
        Assert.EndsWith("\nRestart needed to finish updating", look.ToolTipText, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_RestartNeededWithSecurityUpdates_KeepsTheUrgentIcon()
    {
        var look = Compute(Facts(Plans.Of("openssl 3.0.15!")) with { RestartNeeded = true });

        Assert.Equal(ItemStatus.NeedsAttention, look.Status);
        Assert.Equal("software-update-urgent", look.IconName);
    }

    [Theory]
    [InlineData("vim 9.1", "1 update")]
    [InlineData("vim 9.1, a 1, b 2!", "3 updates (1 security)")]
    [InlineData("vim 9.1, -legacy-codec, -old-lib", "1 update")]
    [InlineData("-legacy-codec", "No updates")]
    [InlineData("", "Your system is up to date")]
    public void Describe_CountsUpdatesAndSecurity(string plan, string expected) =>
        Assert.Equal(expected, TrayAppearanceRules.Describe(Plans.Of(plan)));

    [Fact]
    public void Compute_FailureWithControlAndBidiCharacters_TooltipShowsThemEscaped()
    {
        var facts = Facts() with { FailureReason = "mirror \u202Egnp.exe\u001b[2J\u0007" };

        var look = Compute(facts, s_start.AddHours(1));

        Assert.StartsWith(@"Last check failed: mirror \u202egnp.exe\e[2J\x07" + "\n", look.ToolTipText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("vim 9.1, -legacy-codec", "Active", "1 update, checked 12:00\nAlso removes: legacy-codec")]
    [InlineData("openssl 3.0.15!, -a, -b, -c, -d", "NeedsAttention", "1 update (1 security), checked 12:00\nAlso removes: a, b, c and 1 more")]
    [InlineData("-legacy-codec", "Active", "No updates, checked 12:00\nRemoves: legacy-codec")]
    public void Compute_Removals_AreNamedApartAndNeverCountedAsUpdates(string plan, string status, string tooltip)
    {
        var look = Compute(Facts(Plans.Of(plan)));

        Assert.Equal((status, tooltip), (look.StatusName, look.ToolTipText));
    }

    /// <summary>Each state's icon, ours and Adwaita's (where our icons are not installed).</summary>
    [Theory]
    [InlineData("vim 9.1", false, "update-station-updates-symbolic", "software-update-available")]
    [InlineData("vim 9.1, openssl 3.0.15!", false, "update-station-security-symbolic", "software-update-urgent")]
    [InlineData("vim 9.1", true, "update-station-error-symbolic", "dialog-warning")]
    [InlineData("vim 9.1, openssl 3.0.15!", true, "update-station-security-symbolic", "software-update-urgent")]
    public void Compute_ChoosesTheStatesIcon(string plan, bool failingForAWeek, string own, string adwaita)
    {
        var facts = Facts(Plans.Of(plan)) with { FailureReason = failingForAWeek ? "mirror unreachable" : null };
        var now = failingForAWeek ? Plans.Noon.AddDays(8) : Plans.Noon;

        Assert.Equal(own, Compute(facts, now, TrayIcons.Own("/usr/share/icons")).IconName);
        Assert.Equal(adwaita, Compute(facts, now).IconName);
    }
}
