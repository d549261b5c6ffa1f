namespace UpdateStation.Tests.Plumbing;

/// <summary>One running update-station child (or any child a spec starts), killed on disposal.</summary>
internal sealed class StationProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly OutputCapture _stdout;
    private readonly OutputCapture _stderr;
    private int _disposed;

    private StationProcess(Process process, string commandLine)
    {
        _process = process;
        CommandLine = commandLine;
        Pid = process.Id;
        _process.StandardInput.Close();
        _stdout = new OutputCapture(process.StandardOutput);
        _stderr = new OutputCapture(process.StandardError);
    }

    public int Pid { get; }

    public string CommandLine { get; }

    public bool HasExited => _process.HasExited;

    public string Stdout => _stdout.Text;

    public string Stderr => _stderr.Text;

    /// <summary>Starts the binary with <paramref name="args"/> in <paramref name="dir"/>'s environment.</summary>
    public static StationProcess Start(RuntimeDir dir, IReadOnlyList<string> args, StartOptions? options = null)
    {
        options ??= StartOptions.Default;
        List<string> argv = [.. options.Enter, .. options.User?.SetprivPrefix ?? [], .. options.Launcher, options.Executable ?? StationBinary.Path, .. args];
        StationProcess process = StartProgram(argv, startInfo =>
        {
            dir.ApplyTo(startInfo.Environment);
            foreach ((string name, string? value) in options.Environment)
            {
                if (value is null)
                {
                    startInfo.Environment.Remove(name);
                }
                else
                {
                    startInfo.Environment[name] = value;
                }
            }
        });
        dir.Adopt(process);
        return process;
    }

    /// <summary>Starts any program (a decoy, a launcher check) with the test's environment, tracked for cleanup.</summary>
    public static StationProcess StartProgram(IReadOnlyList<string> argv, Action<ProcessStartInfo>? configure = null)
    {
        ProcessStartInfo startInfo = new(argv[0])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in argv.Skip(1))
        {
            startInfo.ArgumentList.Add(arg);
        }

        configure?.Invoke(startInfo);
        Process process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start '{argv[0]}'.");
        ChildProcessReaper.Track(process);
        return new StationProcess(process, string.Join(' ', argv));
    }

    /// <summary>Runs the binary to completion, bounded by <paramref name="timeout"/>.</summary>
    public static async Task<StationResult> RunAsync(RuntimeDir dir, IReadOnlyList<string> args, TimeSpan timeout, StartOptions? options = null)
    {
        await using StationProcess process = Start(dir, args, options);
        return await process.WaitForExitAsync(timeout);
    }

    /// <summary>Waits for the exit, bounded; fails the test (with the output so far) when it does not come.</summary>
    public async Task<StationResult> WaitForExitAsync(TimeSpan timeout)
    {
        using CancellationTokenSource deadline = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await _process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
        {
            Assert.Fail($"'{CommandLine}' (pid {Pid}) did not exit within {timeout.TotalSeconds:0.#} s.\n--- stdout ---\n{Stdout}--- stderr ---\n{Stderr}");
        }

        // Output is complete at EOF; a grandchild holding the pipe must not stall the test, hence the bound.
        await _stdout.WaitForEndAsync(TimeSpan.FromSeconds(2));
        await _stderr.WaitForEndAsync(TimeSpan.FromSeconds(2));
        return new StationResult(Pid, _process.ExitCode, Stdout, Stderr);
    }

    /// <summary>Sends a signal while the child has not been reaped (a reaped pid may be recycled).</summary>
    public void Signal(int signal)
    {
        if (_process.HasExited)
        {
            throw new InvalidOperationException($"pid {Pid} ('{CommandLine}') has already exited with {_process.ExitCode}.");
        }

        Signals.Send(Pid, signal);
    }

    public ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return ValueTask.CompletedTask;
        }

        ChildProcessReaper.Kill(_process);
        ChildProcessReaper.Forget(Pid);
        _process.Dispose();
        return ValueTask.CompletedTask;
    }
}
