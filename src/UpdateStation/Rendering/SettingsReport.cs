using System.Globalization;

namespace UpdateStation.Rendering;

/// <summary>
/// The files read, then the effective settings as TOML a person can copy into a settings file, each line saying where
/// its value came from. The first line, `# system file: PATH`, is also how the Makefile learns the SYSCONFDIR compiled in.
/// </summary>
internal static class SettingsReport
{
    public static void Write(TextWriter output, SettingsFiles files, StationSettings settings)
    {
        output.WriteLine($"# system file: {Described(files.SystemFile)}");
        output.WriteLine($"# user file: {(files.UserFile is null ? "none (no HOME or XDG_CONFIG_HOME)" : Described(files.UserFile))}");
        output.WriteLine();
        string table = "";
        foreach ((string key, SettingValue value) in settings.All)
        {
            string[] parts = key.Split('.', 2);
            string name = parts[^1];
            if (parts.Length == 2 && parts[0] != table)
            {
                table = parts[0];
                output.WriteLine();
                output.WriteLine($"[{table}]");
            }

            string line = value.Value is null ? $"# {name} = ({Unset(key)})" : $"{name} = {Toml(value.Value)}";
            output.WriteLine($"{line,-40} # {Origin(value)}");
        }
    }

    private static string Described(string path) => Path.Exists(path) ? path : $"{path} (absent)";

    private static string Toml(object value) => value switch
    {
        string s => Quoted(s),
        string[] list => $"[{string.Join(", ", list.Select(Quoted))}]",
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>What an absent optional key means.</summary>
    private static string Unset(string key) => key switch
    {
        "backend" => "detected",
        "helper.backend" => "the top level's, else detected",
        "helper.apt-config" => "apt's own",
        "helper.path" => "the system's",
        "helper.log" => "/var/log/update-station.log",
        "helper.lock-directory" => OperatingSystem.IsFreeBSD() ? "/var/run/update-station" : "/run/update-station",
        "helper.state-directory" => OperatingSystem.IsFreeBSD() ? "/var/db/update-station" : "/var/lib/update-station",
        "automatic.reboot-time" => "right after the run",
        _ => "not set",
    };

    private static string Quoted(string text) =>
        '"' + text.Replace(@"\", @"\\", StringComparison.Ordinal).Replace(@"""", @"\""", StringComparison.Ordinal) + '"';

    private static string Origin(SettingValue value) => value.Source switch
    {
        SettingSource.System or SettingSource.User => $"{value.Source.ToString().ToLowerInvariant()}: {value.File}",
        SettingSource.CommandLine => "command line",
        _ => "default",
    };
}
