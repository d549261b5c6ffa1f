namespace UpdateStation.Gtk;

/// <summary>Starts this executable with another command (`window`, `check-now`): no shell, arguments as a list.</summary>
internal static class OwnCommand
{
    /// <summary>Starts the child and lets it run on its own; returns why it could not start, or null.</summary>
    public static string? Start(string command)
    {
        var executable = Environment.ProcessPath ?? "update-station";
        try
        {
            var child = new Process
            {
                StartInfo = new ProcessStartInfo(executable) { ArgumentList = { command }, UseShellExecute = false },
                EnableRaisingEvents = true,
            };

            // Reaped through the runtime's SIGCHLD handling; the object goes once it has exited.
            child.Exited += (_, _) => child.Dispose();
            child.Start();
            return null;
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return $"Cannot start '{executable} {command}': {ex.Message}.";
        }
    }
}
