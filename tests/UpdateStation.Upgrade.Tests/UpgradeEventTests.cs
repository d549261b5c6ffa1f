using System.Text.Json;
using UpdateStation.Packages.Json;
using UpdateStation.Packages.Model;
using UpdateStation.Upgrade.Events;

namespace UpdateStation.Upgrade.Tests;

public sealed class UpgradeEventTests
{
    [Fact]
    public void Format_ThenParse_GivesBackTheSameEvent()
    {
        // Arrange
        var plan = PlanJson.From(new UpdatePlan("apt", DateTimeOffset.UnixEpoch, [new PackageChange("alpha", ChangeAction.Upgrade, "1.0", "1.1")], []));
        var error = UpgradeEvent.ForError("plan-changed", "The updates changed.", "/var/log/update-station.log", plan);

        // Act
        var back = EventWriter.Parse(EventWriter.Format(error));

        // Assert
        Assert.Equal(error with { Plan = null }, back with { Plan = null });
        Assert.Equal(plan.Fingerprint, back.Plan!.Fingerprint);
        Assert.Equal(plan.Updates, back.Plan.Updates);
    }

    [Fact]
    public void Format_Step_WritesOnlyTheFieldsItHas()
    {
        // Act
        var line = EventWriter.Format(UpgradeEvent.ForStep("boot-environment"));

        // Assert
        Assert.Equal("""{"event":"step","step":"boot-environment"}""", line);
    }

    [Fact]
    public void Write_ToAClosedReader_EndsTheEventsWithoutThrowing()
    {
        // Arrange: a pipe whose reading end is gone (EPIPE on write; .NET ignores SIGPIPE).
        using var server = new System.IO.Pipes.AnonymousPipeServerStream(System.IO.Pipes.PipeDirection.Out);
        server.DisposeLocalCopyOfClientHandle();
        var events = new EventWriter(server);

        // Act
        events.Write(UpgradeEvent.ForLog("one"));
        events.Write(UpgradeEvent.ForLog("two"));

        // Assert
        Assert.True(events.IsClosed);
    }

    [Fact]
    public void ProgressEvents_StepChange_WritesAStepThenProgress()
    {
        // Arrange
        using var output = new MemoryStream();
        var progress = new ProgressEvents(new EventWriter(output));

        // Act
        progress.Report(new UpgradeProgress(UpgradeStep.Unpack, "alpha", 10, "Unpacking alpha"));
        progress.Report(new UpgradeProgress(UpgradeStep.Upgrade, "alpha", 20, "Upgrading alpha"));
        progress.Report(new UpgradeProgress(UpgradeStep.Configure, "alpha", 90, "Configuring alpha"));

        // Assert
        var lines = System.Text.Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["step", "progress", "progress", "step", "progress"], lines.Select(l => EventWriter.Parse(l).Event));
        Assert.Equal(["install", "configure"], lines.Select(EventWriter.Parse).Where(e => e.Event == "step").Select(e => e.Step));
    }

    [Fact]
    public void ProgressEvents_WaitingForLock_NamesTheHolderAndItsPidNotASentence()
    {
        // Arrange
        using var output = new MemoryStream();
        var progress = new ProgressEvents(new EventWriter(output));

        // Act
        progress.Report(new UpgradeProgress(UpgradeStep.WaitingForLock, null, null, "Waiting for process 42 (apt-get) to release the package manager lock.")
        {
            Holder = "apt-get",
            HolderPid = 42,
        });

        // Assert
        var waiting = EventWriter.Parse(System.Text.Encoding.UTF8.GetString(output.ToArray()).Trim());
        Assert.Equal(("waiting-for-lock", "apt-get", 42), (waiting.Event, waiting.Holder, waiting.Pid));
    }
}
