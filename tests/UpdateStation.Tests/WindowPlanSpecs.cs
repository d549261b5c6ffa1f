namespace UpdateStation.Tests;

/// <summary>What the window makes of the plan.json it is given: a huge one, a hostile one, a damaged one.</summary>
public sealed class WindowPlanSpecs(DesktopSession desktop) : IClassFixture<DesktopSession>
{
    private static readonly TimeSpan s_readTimeout = TimeSpan.FromSeconds(30);

    [Fact(Timeout = 180_000)]
    public async Task SIGTERM_ends_the_window_cleanly_while_it_fills_a_list_of_60000_updates()
    {
        // Arrange: filling the list row by row took 100 s before the window even mapped; now it fills in slices.
        await using RuntimeDir dir = RuntimeDir.Create();
        PlanFile.Publish(dir, PlanFile.Sample([.. Enumerable.Range(0, 60_000).Select(i => $"package-{i}")]));
        (StationProcess window, _) = await WindowState.OpenAsync(dir, desktop);

        // Act
        Signals.Send(window.Pid, Signals.SIGTERM);

        // Assert: far sooner than the fill of old, and cleanly: status 0, window.json gone.
        StationResult exit = await window.WaitForExitAsync(TimeSpan.FromSeconds(30));
        Assert.True(exit.ExitCode == 0, exit.ToString());
        Assert.Null(WindowState.Read(dir));
    }

    [Fact(Timeout = 120_000)]
    public async Task Control_and_bidirectional_characters_in_a_plan_are_shown_escaped_not_obeyed()
    {
        // Arrange: a right-to-left override makes "rtl\u202Egnp.exe" read "rtlexe.png"; ESC and BEL drew boxes.
        await using RuntimeDir dir = RuntimeDir.Create();
        PlanFile.Publish(dir, PlanFile.Sample("ordinary").Replace(
            """{"name":"ordinary","action":"upgrade","currentVersion":"1.0-1","newVersion":"1.0-2","repository":"stable","security":false,"vulnerable":false,"reason":null}""",
            """{"name":"rtl\u202egnp.exe","action":"upgrade","currentVersion":"1.0-1","newVersion":"2.0\u001b[31m","repository":"sta\u2067ble","security":false,"vulnerable":false,"reason":"ring\u0007"}""",
            StringComparison.Ordinal));

        // Act
        (StationProcess window, _) = await WindowState.OpenAsync(dir, desktop);
        string read = await ScreenReader.WaitForNamesAsync(desktop, window, s_readTimeout, @"rtl\u202egnp.exe");

        // Assert
        HashSet<string> names = ScreenReader.Names(read);
        Assert.Contains(@"2.0\e[31m", names);
        Assert.Contains(@"sta\u2067ble", names);
        Assert.Contains(@"ring\x07", names);
        Assert.DoesNotContain(names, name => name.AsSpan().IndexOfAny("\u202e\u2067\u001b\u0007") >= 0);
    }

    [Fact(Timeout = 120_000)]
    public async Task A_damaged_plan_is_said_in_words_with_Try_Again()
    {
        // Arrange: a time that is no time; the serializer's own message names .NET types and JSON paths.
        await using RuntimeDir dir = RuntimeDir.Create();
        PlanFile.Publish(dir, PlanFile.Sample("alpha").Replace("\"checkedAt\":\"", "\"checkedAt\":\"yesterday", StringComparison.Ordinal));

        // Act
        (StationProcess window, _) = await WindowState.OpenAsync(dir, desktop);
        string read = await ScreenReader.WaitForNamesAsync(desktop, window, s_readTimeout, "Try Again");

        // Assert
        HashSet<string> names = ScreenReader.Names(read);
        Assert.Contains("The published plan is unreadable; check again.", names);
        Assert.DoesNotContain(names, name => name.Contains("Path: $", StringComparison.Ordinal) || name.Contains("PlanJson", StringComparison.Ordinal));
    }
}
