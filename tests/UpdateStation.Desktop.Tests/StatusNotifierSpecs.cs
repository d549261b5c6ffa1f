using UpdateStation.Desktop.Tests.Session;

namespace UpdateStation.Desktop.Tests;

/// <summary>What a real panel (xfce4-panel under Xvfb, on a private session bus) sees of the icon, and the clicks it sends.</summary>
public sealed class StatusNotifierSpecs(DesktopSession session) : IClassFixture<DesktopSession>, IAsyncLifetime
{
    private readonly List<IAsyncDisposable> _faces = [];
    private BusClient _client = null!;

    public async ValueTask InitializeAsync() => _client = await BusClient.ConnectAsync(session.BusAddress);

    public async ValueTask DisposeAsync()
    {
        foreach (var face in _faces)
        {
            await face.DisposeAsync();
        }

        _client.Dispose();
    }

    [Fact(Timeout = 60_000)]
    public async Task The_panel_holds_the_item_and_reads_its_properties()
    {
        // Arrange
        var face = await StartFaceAsync();

        // Act
        await Eventually.TrueAsync(async () => (await _client.RegisteredItemsAsync()).Any(i => i.StartsWith(face.ItemService, StringComparison.Ordinal)), "the watcher to list the item", cancellationToken: TestContext.Current.CancellationToken);
        var properties = await _client.ItemPropertiesAsync(face.ItemService);

        // Assert
        Assert.True(face.HasStatusNotifierHost);
        Assert.Equal("update-station", properties["Id"].GetString());
        Assert.Equal("Update Station", properties["Title"].GetString());
        Assert.Equal("SystemServices", properties["Category"].GetString());
        Assert.Equal("Passive", properties["Status"].GetString());
        Assert.Equal("software-update-available", properties["IconName"].GetString());
        Assert.False(properties["ItemIsMenu"].GetBool());
        Assert.Equal("/MenuBar", properties["Menu"].GetObjectPathAsString());
        Assert.Equal("Update Station", properties["ToolTip"].GetItem(2).GetString());
        Assert.Equal("Not checked yet", properties["ToolTip"].GetItem(3).GetString());
    }

    [Fact(Timeout = 60_000)]
    public async Task The_menu_offers_show_check_a_separator_and_quit()
    {
        var face = await StartFaceAsync();

        var (revision, children) = await _client.GetLayoutAsync(face.ItemService, "/MenuBar").WaitAsync(TestContext.Current.CancellationToken);
        var version = await _client.GetAsync(face.ItemService, "/MenuBar", "com.canonical.dbusmenu", "Version");

        Assert.Equal(1u, revision);
        Assert.Equal(3u, version.GetUInt32());
        Assert.Equal(
            ["label=Show Updates", "label=Check for Updates", "type=separator", "label=Quit"],
            children.Select(c => string.Join(",", c.Properties.Select(p => $"{p.Key}={p.Value.GetString()}"))));
    }

    [Fact(Timeout = 60_000)]
    public async Task Clicking_Check_for_Updates_asks_the_instance_for_a_check()
    {
        // Arrange
        var face = await StartFaceAsync();
        var check = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        face.CheckRequested += check.SetResult;

        // Act
        await _client.ClickAsync(face.ItemService, "/MenuBar", 2);

        // Assert
        await check.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_left_click_or_Show_Updates_asks_for_the_window_and_Quit_for_a_stop()
    {
        var face = await StartFaceAsync();
        var shows = 0;
        var quit = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        face.ShowWindowRequested += () => Interlocked.Increment(ref shows);
        face.QuitRequested += quit.SetResult;

        await _client.ActivateAsync(face.ItemService);
        await _client.ClickAsync(face.ItemService, "/MenuBar", 1);
        await _client.ClickAsync(face.ItemService, "/MenuBar", 4);

        await quit.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        Assert.Equal(2, Volatile.Read(ref shows));
    }

    [Fact(Timeout = 60_000)]
    public async Task Security_updates_make_the_item_NeedsAttention_and_each_change_is_signalled()
    {
        // Arrange
        var face = await StartFaceAsync();
        var signals = new List<string>();
        var rule = new MatchRule { Type = MessageType.Signal, Sender = face.ItemService, Path = "/StatusNotifierItem", Interface = "org.kde.StatusNotifierItem" };
        using var watch = await _client.Connection.AddMatchAsync(
            rule,
            static (m, _) => m.MemberAsString + (m.SignatureAsString == "s" ? " " + m.GetBodyReader().ReadString() : ""),
            n => { if (n.HasValue) { lock (signals) { signals.Add(n.Value); } } },
            emitOnCapturedContext: false, ObserverFlags.None, null);

        // Act
        await face.ShowCheckingAsync(TestContext.Current.CancellationToken);
        await face.ShowPlanAsync(Plans.Of("vim 9.1, openssl 3.0.15!", DateTimeOffset.UtcNow), TestContext.Current.CancellationToken);

        // Assert
        string[] expected = ["NewToolTip", "NewStatus NeedsAttention", "NewIcon", "NewAttentionIcon", "NewToolTip"];
        await Eventually.TrueAsync(() => { lock (signals) { return signals.Count >= expected.Length; } }, "the item's signals", cancellationToken: TestContext.Current.CancellationToken);
        lock (signals)
        {
            Assert.Equal(expected, signals);
        }

        var properties = await _client.ItemPropertiesAsync(face.ItemService);
        Assert.Equal("NeedsAttention", properties["Status"].GetString());
        Assert.Equal("software-update-urgent", properties["IconName"].GetString());
        Assert.Equal("software-update-urgent", properties["AttentionIconName"].GetString());
        Assert.StartsWith("2 updates (1 security), checked ", properties["ToolTip"].GetItem(3).GetString(), StringComparison.Ordinal);
    }

    [Fact(Timeout = 120_000)]
    public async Task When_the_panel_restarts_the_item_comes_back()
    {
        // Arrange
        var face = await StartFaceAsync();
        var hosts = new List<bool>();
        face.StatusNotifierHostChanged += present => { lock (hosts) { hosts.Add(present); } };

        // Act
        await session.StopPanelAsync();
        await Eventually.TrueAsync(() => !face.HasStatusNotifierHost, "the face to report no host", cancellationToken: TestContext.Current.CancellationToken);
        await session.StartPanelAsync();

        // Assert
        await Eventually.TrueAsync(async () => (await _client.RegisteredItemsAsync()).Any(i => i.StartsWith(face.ItemService, StringComparison.Ordinal)), "the new watcher to list the item", cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(face.HasStatusNotifierHost);
        lock (hosts)
        {
            Assert.Equal([false, true], hosts);
        }
    }

    [Fact(Timeout = 120_000)]
    public async Task Without_a_panel_the_face_reports_no_host_and_registers_once_one_appears()
    {
        await session.StopPanelAsync();
        try
        {
            // Arrange
            var face = await StartFaceAsync();
            var appeared = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            face.StatusNotifierHostChanged += present => appeared.TrySetResult(present);
            Assert.False(face.HasStatusNotifierHost);

            // Act
            await session.StartPanelAsync();

            // Assert
            Assert.True(await appeared.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken));
            Assert.Contains((await _client.RegisteredItemsAsync()), i => i.StartsWith(face.ItemService, StringComparison.Ordinal));
        }
        finally
        {
            if (!await _client.NameHasOwnerAsync("org.kde.StatusNotifierWatcher"))
            {
                await session.StartPanelAsync();
            }
        }
    }

    [Fact(Timeout = 60_000)]
    public async Task Requests_reach_the_instance_through_its_dispatch_and_not_before()
    {
        // Arrange
        using var posted = new System.Collections.Concurrent.BlockingCollection<Action>();
        var face = await StartFaceAsync(posted.Add);
        while (posted.TryTake(out var startup))
        {
            startup();
        }

        var checks = 0;
        face.CheckRequested += () => checks++;

        // Act
        await _client.ClickAsync(face.ItemService, "/MenuBar", 2);

        // Assert
        Assert.True(posted.TryTake(out var work, 10_000, TestContext.Current.CancellationToken));
        Assert.Equal(0, checks);
        work();
        Assert.Equal(1, checks);
    }

    [Fact]
    public async Task Without_a_session_bus_there_is_no_face()
    {
        var log = new List<string>();

        var none = await DesktopFace.TryStartAsync(new DesktopFaceOptions { BusAddress = "" });
        var unreachable = await DesktopFace.TryStartAsync(new DesktopFaceOptions
        {
            BusAddress = $"unix:path={Path.Combine(session.Root, "no-such-bus")}",
            Log = log.Add,
        });

        Assert.Null(none);
        Assert.Null(unreachable);
        Assert.Single(log);
    }

    private async Task<DesktopFace> StartFaceAsync(Action<Action>? dispatch = null)
    {
        var face = await DesktopFace.TryStartAsync(new DesktopFaceOptions
        {
            Dispatch = dispatch ?? (work => work()),
            BusAddress = session.BusAddress,
            NotificationMemoryPath = Path.Combine(session.Root, Guid.NewGuid().ToString("N"), "notifications.json"),
        });
        Assert.NotNull(face);
        _faces.Add(face);
        return face;
    }
}
