namespace UpdateStation.Tests;

public sealed class CommandLineSpecs
{
    [Fact(Timeout = 60_000)]
    public async Task User_can_tell_that_no_instance_runs_from_status_exit_code_3()
    {
        // Arrange
        await using RuntimeDir dir = RuntimeDir.Create();

        // Act
        StationResult plain = await StationProcess.RunAsync(dir, ["status"], Station.CommandTimeout);
        StationResult json = await StationProcess.RunAsync(dir, ["status", "--json"], Station.CommandTimeout);

        // Assert
        Assert.True(plain.ExitCode == 3, $"status: {plain}");
        Assert.True(json.ExitCode == 3, $"status --json: {json}");
        using JsonDocument document = JsonDocument.Parse(json.Stdout);
        Assert.Equal(JsonValueKind.False, document.RootElement.GetProperty("running").ValueKind);
    }

    [Theory(Timeout = 60_000)]
    [InlineData("frobnicate")]
    [InlineData("--frobnicate")]
    [InlineData("check-now", "--frobnicate")]
    [InlineData("check-now", "--timeout", "soon")]
    [InlineData("status", "--frobnicate")]
    [InlineData("tray", "extra-argument")]
    public async Task Usage_error_is_exit_2_with_a_short_message_and_no_stack_trace(params string[] args)
    {
        // Arrange
        await using RuntimeDir dir = RuntimeDir.Create();

        // Act
        StationResult result = await StationProcess.RunAsync(dir, args, Station.CommandTimeout);

        // Assert
        string output = result.Stdout + result.Stderr;
        Assert.True(result.ExitCode == 2, $"update-station {string.Join(' ', args)}: {result}");
        Assert.False(string.IsNullOrWhiteSpace(result.Stderr), $"no message on stderr: {result}");
        Assert.DoesNotContain("Exception", output, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?m)^\s+at \S+\(", output);
        Assert.False(Directory.Exists(dir.StationDir) && File.Exists(Path.Combine(dir.StationDir, "instance.json")),
            "a usage error must not start an instance");
    }

    [Fact(Timeout = 60_000)]
    public async Task User_can_print_the_version()
    {
        // Arrange
        await using RuntimeDir dir = RuntimeDir.Create();

        // Act
        StationResult result = await StationProcess.RunAsync(dir, ["--version"], Station.CommandTimeout);

        // Assert
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Matches(@"\d+\.\d+", result.Stdout);
    }

    [Fact(Timeout = 60_000)]
    public async Task Help_lists_tray_check_now_and_status()
    {
        // Arrange
        await using RuntimeDir dir = RuntimeDir.Create();

        // Act
        StationResult result = await StationProcess.RunAsync(dir, ["--help"], Station.CommandTimeout);

        // Assert
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("tray", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("check-now", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("status", result.Stdout, StringComparison.Ordinal);
    }
}
