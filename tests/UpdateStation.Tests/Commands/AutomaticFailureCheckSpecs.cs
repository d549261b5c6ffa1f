using System.Globalization;
using UpdateStation.Tests.Plumbing;

namespace UpdateStation.Tests.Commands;

/// <summary>A run that fails leaves the next plan saying so: `check` names the failed automatic run and its log below the plan.</summary>
public sealed class AutomaticFailureCheckSpecs : IDisposable
{
    private readonly PkgWorld _world = new();

    public void Dispose() => _world.Dispose();

    [Theory(Timeout = 60_000)]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_check_says_below_its_plan_that_the_last_automatic_run_failed_until_a_later_one_ends_well(bool laterRunWentWell)
    {
        // Arrange: `[helper] log` in the system file (laid over /etc for the check alone) names a log with a failed automatic run.
        using SystemSettingsOverlay etc = SystemSettingsOverlay.WithRunLog(out string log);
        var started = DateTimeOffset.Now.AddHours(-3);
        var later = started.AddHours(1);
        File.WriteAllText(log, $"""
            {Stamp(started)} update-station-helper[200]: automatic run started (in its window): updates = security
            {Stamp(started.AddSeconds(5))} update-station-helper[200]: automatic: failed: Not enough disk space: /var/cache/apt/archives needs 12.0 MiB more.

            """ + (laterRunWentWell ? $"""
            {Stamp(later)} update-station-helper[300]: automatic run started (in its window): updates = security
            {Stamp(later.AddSeconds(5))} update-station-helper[300]: automatic: done: nothing to install

            """ : ""));
        _world.Reply("upgrade-n", "up-to-date.txt");

        // Act
        var (exit, output, error) = await PublishedBinary.RunAsync(
            ["check", "--no-refresh", "--backend", "pkg"], _world.Environment, TestContext.Current.CancellationToken, enter: etc.Launcher);

        // Assert
        Assert.True(exit == 0, $"exit {exit}: {error}");
        var line = $"The automatic run of {started.LocalDateTime:yyyy-MM-dd HH:mm} failed: Not enough disk space: /var/cache/apt/archives needs 12.0 MiB more (the log is {log}).";
        if (laterRunWentWell)
        {
            Assert.DoesNotContain("The automatic run of", output, StringComparison.Ordinal);
        }
        else
        {
            Assert.StartsWith("Up to date: no updates available.\n", output, StringComparison.Ordinal);
            Assert.EndsWith($"\n\n{line}\n", output, StringComparison.Ordinal); // below the plan, its own paragraph
        }
    }

    private static string Stamp(DateTimeOffset at) => at.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
}
