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
    [InlineData("check-now", "--timeout", "NaN")]
    [InlineData("check-now", "--timeout", "nan")]
    [InlineData("check-now", "--timeout", "-NaN")]
    [InlineData("check-now", "--timeout", "Infinity")]
    [InlineData("check-now", "--timeout", "0")]
    [InlineData("tray", "--interval", "NaN")]
    [InlineData("tray", "--first-check-delay", "1e9")]
    [InlineData("--interval", "-1")]
    [InlineData("--backend", "garbage")]
    [InlineData("check", "--backend", "garbage")]
    [InlineData("check", "--backend", "")]
    [InlineData("--backend", "", "check")] // the root's options before a command would be dropped: a check with a detected backend
    [InlineData("--backend", "apt", "check")]
    [InlineData("--interval", "5", "status")]
    [InlineData("status", "--frobnicate")]
    [InlineData("tray", "extra-argument")]
    public async Task Usage_error_is_exit_2_with_one_line_and_no_stack_trace(params string[] args)
    {
        // Arrange
        await using RuntimeDir dir = RuntimeDir.Create();

        // Act
        StationResult result = await StationProcess.RunAsync(dir, args, Station.CommandTimeout);

        // Assert
        Assert.True(result.ExitCode == 2, $"update-station {string.Join(' ', args)}: {result}");
        Assert.Equal("", result.Stdout);
        Assert.Matches(@"^update-station: [^\n]+\.\n$", result.Stderr);
        Assert.DoesNotContain("Exception", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir.StationDir) && File.Exists(Path.Combine(dir.StationDir, "instance.json")),
            "a usage error must not start an instance");
    }

    [Theory(Timeout = 60_000)]
    [InlineData("check-now", "--timeout", "NaN")]
    [InlineData("tray", "--backend", "garbage")]
    public async Task Usage_error_names_the_value_and_where_help_is(string command, string option, string value)
    {
        // Arrange
        await using RuntimeDir dir = RuntimeDir.Create();

        // Act
        StationResult result = await StationProcess.RunAsync(dir, [command, option, value], Station.CommandTimeout);

        // Assert
        Assert.Contains($"'{value}'", result.Stderr, StringComparison.Ordinal);
        Assert.EndsWith($"update-station {command} --help'.\n", result.Stderr, StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task Response_file_is_a_plain_argument_and_is_never_read()
    {
        // Arrange: a file whose one token is an option status takes.
        await using RuntimeDir dir = RuntimeDir.Create();
        string responseFile = Path.Combine(dir.Root, "args.rsp");
        File.WriteAllText(responseFile, "--json\n");

        // Act
        StationResult result = await StationProcess.RunAsync(dir, ["status", "@" + responseFile], Station.CommandTimeout);

        // Assert
        Assert.True(result.ExitCode == 2, $"status @{responseFile}: {result}");
        Assert.Equal("", result.Stdout);
        Assert.Contains($"'@{responseFile}'", result.Stderr, StringComparison.Ordinal);
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

    [Theory(Timeout = 60_000)]
    [InlineData("status", "--help")]
    [InlineData("status", "-h")]
    [InlineData("check-now", "--help")]
    public async Task Help_of_status_and_check_now_names_the_command_and_its_options(params string[] args)
    {
        // Arrange: status and check-now start without the whole command tree; their help is still the full parser's.
        await using RuntimeDir dir = RuntimeDir.Create();

        // Act
        StationResult result = await StationProcess.RunAsync(dir, args, Station.CommandTimeout);

        // Assert
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"update-station {args[0]} [options]", result.Stdout, StringComparison.Ordinal);
        Assert.Contains(args[0] == "status" ? "--json" : "--timeout", result.Stdout, StringComparison.Ordinal);
    }
}
