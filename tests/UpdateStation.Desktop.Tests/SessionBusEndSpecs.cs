using UpdateStation.Desktop.Tests.Session;

namespace UpdateStation.Desktop.Tests;

/// <summary>The face on a bare session bus (no panel, no notification server) that then goes away.</summary>
public sealed class SessionBusEndSpecs
{
    [Fact(Timeout = 30_000)]
    public async Task When_the_session_bus_ends_the_face_says_so()
    {
        // Arrange
        var address = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var bus = SessionProcess.Start(
            "dbus-daemon", ["--session", "--nofork", "--nopidfile", "--print-address=1"], new Dictionary<string, string>(),
            line => address.TrySetResult(line.Trim()));
        var log = new List<string>();
        await using var face = await DesktopFace.TryStartAsync(new DesktopFaceOptions
        {
            BusAddress = await address.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken),
            NotificationMemoryPath = Path.Combine(Path.GetTempPath(), $"us-bus-end-{Guid.NewGuid():N}", "notifications.json"),
            Log = log.Add,
        });
        Assert.NotNull(face);
        Assert.False(face.HasStatusNotifierHost);
        Assert.Contains(log, line => line.StartsWith("no StatusNotifierItem host", StringComparison.Ordinal));

        // Act
        bus.Stop();

        // Assert
        await face.DisconnectedAsync().WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
    }
}
