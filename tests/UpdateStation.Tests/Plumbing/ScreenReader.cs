namespace UpdateStation.Tests.Plumbing;

/// <summary>Reads the window through AT-SPI with python3-pyatspi (desktop/screen-reader.py), as a screen reader does.</summary>
internal static class ScreenReader
{
    private static readonly string s_script = Path.Combine(AppContext.BaseDirectory, "desktop", "screen-reader.py");

    /// <summary>Every accessible object of the application: "depth\trole\tname" lines.</summary>
    public static async Task<string> DumpAsync(DesktopSession desktop, StationProcess application)
    {
        StationResult result = await desktop.RunAsync(["/usr/bin/python3", s_script, "dump", $"{application.Pid}"]);
        return result.ExitCode == 0 ? result.Stdout : "";
    }

    /// <summary>Polls the dump until it holds every one of <paramref name="texts"/> as an object's name; returns that dump.</summary>
    public static async Task<string> WaitForNamesAsync(DesktopSession desktop, StationProcess application, TimeSpan timeout, params string[] texts)
    {
        string last = "";
        return await Poll.UntilAsync(
            async () =>
            {
                last = await DumpAsync(desktop, application);
                var names = Names(last);
                return texts.All(names.Contains) ? last : null;
            },
            timeout,
            () => $"a screen reader reads [{string.Join(", ", texts)}]; it last read:\n{last}");
    }

    /// <summary>The names in a dump (the third field of each line).</summary>
    /// <summary>Every accessible name in the dump; a name of several lines (a label's paragraphs) counts whole and line by line.</summary>
    public static HashSet<string> Names(string dump)
    {
        List<string> whole = [];
        foreach (var line in dump.Split('\n'))
        {
            if (line.Split('\t') is [_, _, var name])
            {
                whole.Add(name);
            }
            else if (whole.Count > 0 && line.Length > 0)
            {
                whole[^1] += "\n" + line;
            }
        }

        return [.. whole, .. whole.Where(name => name.Contains('\n')).SelectMany(name => name.Split('\n'))];
    }

    /// <summary>"role\tname" of the object that has the keyboard focus; empty when nothing has.</summary>
    public static async Task<string> FocusedAsync(DesktopSession desktop, StationProcess application)
    {
        StationResult result = await desktop.RunAsync(["/usr/bin/python3", s_script, "focused", $"{application.Pid}"]);
        return result.ExitCode == 0 ? result.Stdout.TrimEnd('\n') : "";
    }

    /// <summary>The text of the object called <paramref name="name"/> (a text view) while it is on screen; null while it is not.</summary>
    public static async Task<string?> TextAsync(DesktopSession desktop, StationProcess application, string name)
    {
        StationResult result = await desktop.RunAsync(["/usr/bin/python3", s_script, "text", $"{application.Pid}", name]);
        return result.ExitCode == 0 ? result.Stdout : null;
    }

    /// <summary>Selects the table row one of whose cells is called <paramref name="name"/> (as a screen reader user moves to it).</summary>
    public static async Task SelectAsync(DesktopSession desktop, StationProcess application, string name)
    {
        StationResult result = await desktop.RunAsync(["/usr/bin/python3", s_script, "select", $"{application.Pid}", name]);
        Assert.True(result.ExitCode == 0, $"selecting the row of '{name}' through AT-SPI failed: {result}");
    }

    /// <summary>Clicks the push button called <paramref name="name"/> through its AT-SPI action.</summary>
    public static async Task PressAsync(DesktopSession desktop, StationProcess application, string name)
    {
        StationResult result = await desktop.RunAsync(["/usr/bin/python3", s_script, "press", $"{application.Pid}", name]);
        Assert.True(result.ExitCode == 0, $"pressing '{name}' through AT-SPI failed: {result}");
    }
}
