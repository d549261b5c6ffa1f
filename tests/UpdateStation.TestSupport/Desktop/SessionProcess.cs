using System.Diagnostics;

namespace UpdateStation.Tests.Shared;

/// <summary>A child of a test desktop (Xvfb, dbus-daemon, the panel, dunst): started with a set environment, output kept for diagnostics, killed with its descendants.</summary>
public sealed class SessionProcess : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];

    private SessionProcess(Process process) => _process = process;

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join('\n', _output.TakeLast(30));
            }
        }
    }

    /// <summary>Starts <paramref name="program"/> with <paramref name="environment"/> added; stdout lines go to <paramref name="onLine"/> too.</summary>
    public static SessionProcess Start(
        string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, Action<string>? onLine = null) =>
        Start([program, .. arguments], environment.ToDictionary(e => e.Key, string? (e) => e.Value), onLine);

    /// <summary>Starts <paramref name="argv"/> with <paramref name="environment"/> applied: a null value removes the variable.</summary>
    public static SessionProcess Start(IReadOnlyList<string> argv, IReadOnlyDictionary<string, string?> environment, Action<string>? onLine = null)
    {
        var info = new ProcessStartInfo(argv[0])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in argv.Skip(1))
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                info.Environment.Remove(name);
            }
            else
            {
                info.Environment[name] = value;
            }
        }

        var process = new Process { StartInfo = info };
        var child = new SessionProcess(process);
        process.OutputDataReceived += (_, e) => child.Keep(e.Data, onLine);
        process.ErrorDataReceived += (_, e) => child.Keep(e.Data, null);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Waits until the process exits and its output has closed (every line is kept by then), bounded.</summary>
    public async Task WaitForExitAsync(TimeSpan timeout)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        deadline.CancelAfter(timeout);
        await _process.WaitForExitAsync(deadline.Token);
    }

    /// <summary>Kills the process and every descendant (the panel's plugin wrappers, services the bus started), then reaps it.</summary>
    public void Stop()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Exited already.
        }

        _process.WaitForExit(10_000);
    }

    public void Dispose()
    {
        Stop();
        _process.Dispose();
    }

    private void Keep(string? line, Action<string>? onLine)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Add(line);
        }

        onLine?.Invoke(line);
    }
}
