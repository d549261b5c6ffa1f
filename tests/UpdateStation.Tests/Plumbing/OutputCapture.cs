namespace UpdateStation.Tests.Plumbing;

/// <summary>Pumps one redirected stream into memory line by line, so a test can read it before EOF.</summary>
/// <remarks>
/// A grandchild (a fake pkg still sleeping) may hold the pipe open after the child exits; reading here
/// instead of Process.BeginOutputReadLine keeps Process.WaitForExitAsync from waiting for that EOF.
/// </remarks>
internal sealed class OutputCapture
{
    private readonly Lock _gate = new();
    private readonly StringBuilder _text = new();
    private readonly Task _pump;

    public OutputCapture(StreamReader reader) => _pump = Task.Run(() => PumpAsync(reader));

    public string Text
    {
        get
        {
            lock (_gate)
            {
                return _text.ToString();
            }
        }
    }

    /// <summary>Waits up to <paramref name="timeout"/> for EOF; false when the pipe is still held open.</summary>
    public async Task<bool> WaitForEndAsync(TimeSpan timeout)
    {
        try
        {
            await _pump.WaitAsync(timeout);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    private async Task PumpAsync(StreamReader reader)
    {
        while (await reader.ReadLineAsync() is string line)
        {
            lock (_gate)
            {
                _text.Append(line).Append('\n');
            }
        }
    }
}
