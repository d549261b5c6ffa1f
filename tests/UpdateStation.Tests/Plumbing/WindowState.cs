namespace UpdateStation.Tests.Plumbing;

/// <summary>What the window publishes in window.json: its pid and the activations it handled.</summary>
internal sealed record WindowState(int Pid, long Activations, string Mode)
{
    public static WindowState? Read(RuntimeDir dir)
    {
        try
        {
            using JsonDocument json = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir.StationDir, "window.json")));
            JsonElement root = json.RootElement;
            return new(root.GetProperty("pid").GetInt32(), root.GetProperty("activations").GetInt64(), root.GetProperty("mode").GetString() ?? "");
        }
        catch (Exception ex) when (ex is IOException or JsonException)
        {
            return null;
        }
    }

    /// <summary>Starts `update-station window` on <paramref name="desktop"/> and waits until it has published (its window is mapped).</summary>
    public static async Task<(StationProcess Window, WindowState State)> OpenAsync(RuntimeDir dir, DesktopSession desktop)
    {
        StationProcess window = StationProcess.Start(dir, ["window"], desktop.Options);
        WindowState state = await Poll.UntilAsync(
            () =>
            {
                Assert.False(window.HasExited, $"the window exited before it was mapped.\n--- stdout ---\n{window.Stdout}--- stderr ---\n{window.Stderr}");
                return Task.FromResult(Read(dir) is { } s && s.Pid == window.Pid ? s : null);
            },
            Station.StartTimeout,
            () => $"window.json names pid {window.Pid}; it holds {Read(dir)?.ToString() ?? "nothing"}");
        return (window, state);
    }

    /// <summary>The ids of the mapped windows titled "Update Station" on the display (xdotool, as a window manager sees them).</summary>
    public static Task<string[]> VisibleAsync(DesktopSession desktop) =>
        SearchAsync(desktop, ["--onlyvisible", "--name", "^Update Station$"]);

    /// <summary>The ids of the mapped windows of <paramref name="process"/> (by _NET_WM_PID) titled <paramref name="title"/> (null: any).</summary>
    public static Task<string[]> VisibleAsync(DesktopSession desktop, StationProcess process, string? title = "^Update Station$") =>
        SearchAsync(desktop, ["--onlyvisible", "--pid", $"{process.Pid}", .. title is null ? Array.Empty<string>() : ["--name", title]]);

    private static async Task<string[]> SearchAsync(DesktopSession desktop, IReadOnlyList<string> criteria)
    {
        StationResult search = await desktop.RunAsync(["xdotool", "search", .. criteria]);
        return search.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }
}
