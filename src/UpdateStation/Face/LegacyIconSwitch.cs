namespace UpdateStation.Face;

/// <summary>The StatusNotifierItem when a host holds it, else the legacy icon: never both, each change acted on once.</summary>
/// <param name="start">Starts the legacy icon.</param>
/// <param name="stop">Stops the legacy icon.</param>
internal sealed class LegacyIconSwitch(Action start, Action stop)
{
    /// <summary>Whether the legacy icon was started (and not stopped since).</summary>
    public bool Started { get; private set; }

    /// <summary>A StatusNotifierItem host appeared (<paramref name="present"/>) or went: the legacy icon goes or comes.</summary>
    public void HostChanged(bool present)
    {
        if (present != Started)
        {
            return;
        }

        Started = !present;
        if (present)
        {
            Log.Info("a StatusNotifierItem host appeared; the legacy icon goes");
            stop();
        }
        else
        {
            Log.Info("no StatusNotifierItem host; starting the legacy icon");
            start();
        }
    }

    /// <summary>The tray stops: so does the legacy icon it started.</summary>
    public void Stop()
    {
        if (Started)
        {
            Started = false;
            stop();
        }
    }
}
