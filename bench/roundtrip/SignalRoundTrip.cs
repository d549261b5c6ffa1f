using UpdateStation.Posix;

namespace UpdateStation.Bench.RoundTrip;

/// <summary>
/// The round trip after the signal, on its own and in-process: pidfd_send_signal(SIGUSR1) to the tray, then read its
/// published state until the activation count goes up. No process start, no verification: only delivery, the
/// instance's handler and main loop, its publish (write + rename), and the reader seeing the new file.
/// </summary>
internal static class SignalRoundTrip
{
    /// <summary>Times <paramref name="runs"/> round trips; <paramref name="pollMicroseconds"/> 0 re-reads at once (the instance's own latency), else sleeps that long between reads as a client does.</summary>
    public static Measurement Measure(string name, string stateFile, int pid, int runs, int pollMicroseconds)
    {
        using PidHandle tray = PidHandle.Open(pid) ?? throw new InvalidOperationException($"The tray (pid {pid}) is gone.");
        List<double> times = new(runs);
        Stopwatch clock = new();
        for (int run = 0; run < runs; run++)
        {
            long before = ReadActivations(stateFile);
            clock.Restart();
            if (!tray.TrySend(Signal.SIGUSR1))
            {
                throw new InvalidOperationException($"Could not signal the tray (pid {pid}).");
            }

            while (ReadActivations(stateFile) <= before)
            {
                if (clock.Elapsed > TimeSpan.FromSeconds(5))
                {
                    throw new InvalidOperationException("The tray did not publish an activation within 5 s.");
                }

                if (pollMicroseconds > 0)
                {
                    Pause.Microseconds(pollMicroseconds);
                }
            }

            times.Add(clock.Elapsed.TotalMilliseconds);

            // Apart, as separate clicks are: the tray is idle again before the next signal.
            Thread.Sleep(2);
        }

        return new Measurement(name, times);
    }

    private static long ReadActivations(string stateFile)
    {
        try
        {
            using JsonDocument state = JsonDocument.Parse(File.ReadAllBytes(stateFile));
            return state.RootElement.GetProperty("activations").GetInt64();
        }
        catch (Exception ex) when (ex is IOException or JsonException)
        {
            return -1; // Between the unlink and the rename of a publish, or a torn read: read again.
        }
    }
}
