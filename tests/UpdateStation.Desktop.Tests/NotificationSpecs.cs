using UpdateStation.Desktop.Tests.Session;

namespace UpdateStation.Desktop.Tests;

/// <summary>The notifications a real server (dunst, on a private session bus) receives over a run of checks.</summary>
public sealed class NotificationSpecs(DesktopSession session) : IClassFixture<DesktopSession>, IAsyncLifetime
{
    private readonly List<IAsyncDisposable> _faces = [];
    private readonly FixedTime _time = new(Plans.Noon);
    private readonly string _memory = Path.Combine(session.Root, Guid.NewGuid().ToString("N"), "notifications.json");
    private readonly List<string> _log = [];
    private NotificationRecorder _recorder = null!;
    private BusClient _client = null!;

    public async ValueTask InitializeAsync()
    {
        _recorder = await NotificationRecorder.StartAsync(session.BusAddress);
        _client = await BusClient.ConnectAsync(session.BusAddress);
        await session.DunstctlAsync("history-clear");
        await session.DunstctlAsync("close-all");
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var face in _faces)
        {
            await face.DisposeAsync();
        }

        _recorder.Dispose();
        _client.Dispose();
    }

    [Fact(Timeout = 60_000)]
    public async Task Repeated_checks_notify_only_what_is_new_and_withdraw_when_the_updates_are_gone()
    {
        // Arrange
        var face = await StartFaceAsync();
        var cancel = TestContext.Current.CancellationToken;

        // Act
        await face.ShowPlanAsync(Plans.Of("vim 9.1, curl 8.5"), cancel);                        // new: notify
        await CheckAsync(face, 1, "vim 9.1, curl 8.5");                                        // same: nothing
        await CheckAsync(face, 2, "vim 9.1, curl 8.5, git 2.45");                              // new, within 24 h: nothing yet
        await CheckAsync(face, 3, "vim 9.1, curl 8.5, git 2.45, openssl 3.0.15!");             // security: at once
        await CheckAsync(face, 4, "");                                                         // installed in a terminal
        await FlushAsync();

        // Assert
        Assert.Equal(["Notify", "Notify", "CloseNotification"], _recorder.NotifyAndClose);
        Assert.Equal("Passive", (await _client.ItemPropertiesAsync(face.ItemService))["Status"].GetString());
        Assert.Equal("0", (await session.DunstctlAsync("count", "displayed")).Trim());
    }

    [Fact(Timeout = 60_000)]
    public async Task A_notification_counts_updates_only_names_security_first_offers_the_window_and_expires()
    {
        var face = await StartFaceAsync();
        // The session (and its dunst) is shared by the class: other tests may have left notifications in its history.
        var before = await CountAsync("history");

        await face.ShowPlanAsync(Plans.Of("vim 9.1, openssl 3.0.15!, -legacy-codec"), TestContext.Current.CancellationToken);
        await CloseAllUntilInHistoryAsync(before + 1);
        var history = await session.DunstctlAsync("history");

        Assert.Contains("\"2 updates available, including 1 security update\"", history, StringComparison.Ordinal);
        Assert.Contains("Security update: openssl 3.0.15\\nOther update: vim 9.1\\nAlso removes: legacy-codec", history, StringComparison.Ordinal);
        Assert.Contains("\"Update Station\"", history, StringComparison.Ordinal);
        Assert.Matches("\"default_action_name\"\\s*:\\s*\\{[^}]*\"data\"\\s*:\\s*\"default\"", history);
        // Not critical, and it expires: dunst gives a critical one the timeout 0 (never), a normal one its default (10 s in
        // its stock dunstrc, in microseconds here). dunst 1.9's history does not name the urgency itself.
        var timeout = System.Text.RegularExpressions.Regex.Match(history, "\"timeout\"\\s*:\\s*\\{[^}]*\"data\"\\s*:\\s*(\\d+)");
        Assert.True(timeout.Success && long.Parse(timeout.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) > 0, history);
        Assert.Null(face.NotificationMemory.ShownId);
    }

    [Fact(Timeout = 60_000)]
    public async Task Stopping_the_tray_withdraws_the_notification_it_shows()
    {
        // Arrange: a notification on screen.
        var face = await StartFaceAsync();
        await face.ShowPlanAsync(Plans.Of("vim 9.1"), TestContext.Current.CancellationToken);
        await Eventually.TrueAsync(async () => await CountAsync("displayed") == 1, "dunst to display the notification", cancellationToken: TestContext.Current.CancellationToken);

        // Act
        await face.DisposeAsync();
        _faces.Remove(face);
        await FlushAsync();

        // Assert: withdrawn on the bus and off the screen; what was told stays known.
        Assert.Equal(["Notify", "CloseNotification"], _recorder.NotifyAndClose);
        await Eventually.TrueAsync(async () => await CountAsync("displayed") == 0, "dunst to take the notification off the screen", cancellationToken: TestContext.Current.CancellationToken);
        var memory = new NotificationMemoryStore(_memory).Load();
        Assert.Null(memory.ShownId);
        Assert.Equal(["vim 9.1"], memory.Notified);
    }

    [Fact(Timeout = 60_000)]
    public async Task Control_and_bidirectional_characters_in_a_package_reach_the_server_escaped()
    {
        // Arrange: a right-to-left override makes "rtl\u202Egnp.exe" read "rtlexe.png"; ESC starts a sequence.
        var face = await StartFaceAsync();
        var before = await CountAsync("history");

        // Act
        await face.ShowPlanAsync(Plans.Of("rtl\u202Egnp.exe 1.0\u001b[31m!"), TestContext.Current.CancellationToken);
        await CloseAllUntilInHistoryAsync(before + 1);
        var history = await session.DunstctlAsync("history");

        // Assert: the body shows the characters as \u202e and \e (a JSON string, so each backslash doubled).
        Assert.Contains(@"Security update: rtl\\u202egnp.exe 1.0\\e[31m", history, StringComparison.Ordinal);
        Assert.DoesNotContain("\u202e", history, StringComparison.Ordinal);
        Assert.DoesNotContain(@"rtl\u202e", history, StringComparison.OrdinalIgnoreCase);
    }

    [Fact(Timeout = 60_000)]
    public async Task After_a_restart_the_same_updates_are_not_notified_again()
    {
        // Arrange
        var first = await StartFaceAsync();
        await first.ShowPlanAsync(Plans.Of("vim 9.1"), TestContext.Current.CancellationToken);
        await first.DisposeAsync();
        _faces.Remove(first);

        // Act
        var second = await StartFaceAsync();
        _time.Now = _time.Now.AddDays(3);
        await second.ShowPlanAsync(Plans.Of("vim 9.1"), TestContext.Current.CancellationToken);
        await FlushAsync();

        // Assert: the first stop withdrew what it showed; the restart told nothing again.
        Assert.Equal(["Notify", "CloseNotification"], _recorder.NotifyAndClose);
    }

    [Fact(Timeout = 60_000)]
    public async Task Without_a_notification_server_the_face_says_so_once_and_goes_on()
    {
        await session.StopDunstAsync();
        try
        {
            // Arrange
            var face = await StartFaceAsync();

            // Act
            await face.ShowPlanAsync(Plans.Of("vim 9.1"), TestContext.Current.CancellationToken);
            _time.Now = _time.Now.AddDays(2);
            await face.ShowPlanAsync(Plans.Of("vim 9.1, curl 8.5!"), TestContext.Current.CancellationToken);

            // Assert
            Assert.Single(_log, line => line.StartsWith("no notification shown", StringComparison.Ordinal));
            Assert.Equal("NeedsAttention", (await _client.ItemPropertiesAsync(face.ItemService))["Status"].GetString());
            Assert.Empty(face.NotificationMemory.Notified);
        }
        finally
        {
            await session.StartDunstAsync();
        }
    }

    [Fact(Timeout = 60_000)]
    public async Task A_notification_the_user_dismissed_is_forgotten_and_not_withdrawn_later()
    {
        // Arrange
        var face = await StartFaceAsync();
        await face.ShowPlanAsync(Plans.Of("vim 9.1"), TestContext.Current.CancellationToken);
        Assert.NotNull(face.NotificationMemory.ShownId);

        // Act
        await session.DunstctlAsync("close");
        await Eventually.TrueAsync(() => face.NotificationMemory.ShownId is null, "NotificationClosed to reach the face", cancellationToken: TestContext.Current.CancellationToken);
        await CheckAsync(face, 1, "");
        await FlushAsync();

        // Assert
        Assert.Equal(["Notify"], _recorder.NotifyAndClose);
        Assert.Equal("Passive", (await _client.ItemPropertiesAsync(face.ItemService))["Status"].GetString());
    }

    [Fact(Timeout = 60_000)]
    public async Task Clicking_the_notification_asks_for_the_window()
    {
        // Arrange
        var face = await StartFaceAsync();
        var shown = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        face.ShowWindowRequested += () => shown.TrySetResult();
        await face.ShowPlanAsync(Plans.Of("vim 9.1"), TestContext.Current.CancellationToken);

        // Act
        await session.DunstctlAsync("action", "0");

        // Assert
        await shown.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
    }

    private async Task<int> CountAsync(string which) =>
        int.Parse((await session.DunstctlAsync("count", which)).Trim(), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Closes what dunst shows until its history holds <paramref name="count"/> (a close-all before dunst displays one closes nothing).</summary>
    private Task CloseAllUntilInHistoryAsync(int count) => Eventually.TrueAsync(
        async () =>
        {
            await session.DunstctlAsync("close-all");
            return await CountAsync("history") == count;
        },
        "dunst to keep the notification in its history",
        cancellationToken: TestContext.Current.CancellationToken);

    private async Task CheckAsync(DesktopFace face, int hoursLater, string plan)
    {
        _time.Now = Plans.Noon.AddHours(hoursLater);
        await face.ShowPlanAsync(Plans.Of(plan, _time.Now), TestContext.Current.CancellationToken);
    }

    /// <summary>Makes a call of our own and waits until the monitor saw it: everything sent before it was seen too.</summary>
    private async Task FlushAsync()
    {
        await _client.CallAsync<string[]>(
            "org.freedesktop.Notifications", "/org/freedesktop/Notifications", "org.freedesktop.Notifications",
            "GetServerInformation", null, static (ref MessageWriter _) => { }, static (_, _) => []);
        await Eventually.TrueAsync(() => _recorder.Calls.Contains("GetServerInformation"), "the monitor to see the marker call");
    }

    private async Task<DesktopFace> StartFaceAsync()
    {
        var face = await DesktopFace.TryStartAsync(new DesktopFaceOptions
        {
            BusAddress = session.BusAddress,
            NotificationMemoryPath = _memory,
            Time = _time,
            Log = line => { lock (_log) { _log.Add(line); } },
        });
        Assert.NotNull(face);
        _faces.Add(face);
        return face;
    }
}
