namespace UpdateStation.Gtk;

/// <summary>"Check Again": an activation of the instance, exactly as check-now sends it.</summary>
internal static class CheckRequest
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(5);

    /// <summary>Asks for a check; returns why it could not be asked for, or null. Blocks up to 5 s: call it off the GTK thread.</summary>
    /// <remarks>
    /// With no instance running, the window starts `update-station check-now` (this executable, no shell): that
    /// process becomes the instance for one check and publishes it, and the window follows the files as always.
    /// Checking inside the window process instead would make it the instance, which is not its job, and a tray
    /// starting meanwhile would then be refused.
    /// </remarks>
    public static string? Send(RuntimeDirectory directory)
    {
        var outcome = InstanceClient.Activate(directory.Instance, s_timeout);
        return outcome.Result switch
        {
            ActivationResult.Acknowledged => null,
            ActivationResult.NoResponse =>
                $"The running instance (pid {outcome.Pid}) did not respond within {s_timeout.TotalSeconds:0} s; it may be stopped or hung.",
            _ => OwnCommand.Start("check-now"),
        };
    }
}
