namespace UpdateStation.Tests.Shared;

public sealed partial class AptWorld
{
    private readonly List<string> _extraConfiguration = [];
    private string _dpkg = "/usr/bin/dpkg";

    /// <summary>Adds a line to the world's apt.conf (rewritten when the world is published).</summary>
    public AptWorld AddConfigurationLine(string line)
    {
        _extraConfiguration.Add(line);
        return UseDpkg(_dpkg);
    }

    /// <summary>Where the dpkg wrapper records each --unpack and --configure call, one line of arguments each.</summary>
    public string DpkgCallsPath => Path.Combine(Directory, "dpkg-calls");

    /// <summary>
    /// Makes apt run dpkg through a wrapper (Dir::Bin::dpkg) that records each --unpack and --configure call, then sleeps
    /// <paramref name="delaySeconds"/> before it execs the real dpkg, or, with <paramref name="dieOnConfigure"/>, kills
    /// itself with SIGKILL at the first --configure, as a dpkg killed midway would end; or, with
    /// <paramref name="configureGate"/>, waits at each --configure until that file exists (the test opens it once it has
    /// acted while dpkg configures: an event, where a delay would only make the moment likely).
    /// </summary>
    public AptWorld UseDpkgWrapper(double delaySeconds = 0, bool dieOnConfigure = false, string? configureGate = null)
    {
        var wrapper = Path.Combine(Directory, dieOnConfigure ? "dpkg-dies" : "dpkg-slow");
        var delay = delaySeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var onConfigure = dieOnConfigure ? "kill -KILL $$"
            : configureGate is not null ? $"while [ ! -e '{configureGate}' ]; do sleep 0.05; done"
            : $"sleep {delay}";
        File.WriteAllText(wrapper, $$"""
            #!/bin/sh
            for argument in "$@"; do
              case "$argument" in
                --unpack) echo "$*" >> '{{DpkgCallsPath}}'; sleep {{delay}} ;;
                --configure) echo "$*" >> '{{DpkgCallsPath}}'; {{onConfigure}} ;;
              esac
            done
            exec /usr/bin/dpkg "$@"

            """);
        File.SetUnixFileMode(wrapper, (UnixFileMode)0b111_101_101);
        return UseDpkg(wrapper);
    }

    /// <summary>A gate for <see cref="UseDpkgWrapper"/>'s configureGate, in the world (opened with <see cref="OpenConfigureGate"/>).</summary>
    public string ConfigureGatePath => Path.Combine(Directory, "configure-gate");

    /// <summary>Lets a dpkg wrapper that waits at --configure go on.</summary>
    public void OpenConfigureGate() => File.WriteAllText(ConfigureGatePath, "");

    /// <summary>Whether the dpkg wrapper has been called with --configure (with a gate: it waits there now).</summary>
    public bool DpkgConfigureBegan() =>
        File.Exists(DpkgCallsPath) && File.ReadAllText(DpkgCallsPath).Contains("--configure", StringComparison.Ordinal);

    /// <summary>Makes apt run <paramref name="dpkg"/> as dpkg (rewrites apt.conf when the world is published).</summary>
    public AptWorld UseDpkg(string dpkg)
    {
        _dpkg = dpkg;
        if (File.Exists(ConfigPath))
        {
            File.WriteAllText(ConfigPath, Configuration());
        }

        return this;
    }

    /// <summary>The dpkg status of every package in the private root: name → Status field.</summary>
    public IReadOnlyDictionary<string, string> InstalledStates()
    {
        var states = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var paragraph in File.ReadAllText(StatusPath).Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var fields = paragraph.Split('\n').Where(l => l.Contains(": ", StringComparison.Ordinal))
                .Select(l => l.Split(": ", 2)).GroupBy(f => f[0]).ToDictionary(g => g.Key, g => g.First()[1]);
            if (fields.TryGetValue("Package", out var name) && fields.TryGetValue("Status", out var status))
            {
                states[name] = status;
            }
        }

        return states;
    }

    /// <summary>The pids of processes still running with this world's APT_CONFIG (apt-get, dpkg, maintainer scripts).</summary>
    public IReadOnlyList<int> RunningProcesses()
    {
        var marker = System.Text.Encoding.UTF8.GetBytes($"APT_CONFIG={ConfigPath}\0");
        var pids = new List<int>();
        foreach (var entry in System.IO.Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(entry), out var pid) || pid == System.Environment.ProcessId)
            {
                continue;
            }

            try
            {
                var environ = File.ReadAllBytes(Path.Combine(entry, "environ"));
                var state = File.ReadAllText(Path.Combine(entry, "stat"));
                var zombie = state[(state.LastIndexOf(')') + 2)..].StartsWith('Z');
                if (!zombie && environ.AsSpan().IndexOf(marker) >= 0)
                {
                    pids.Add(pid);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Gone meanwhile, or not ours to read.
            }
        }

        return pids;
    }
}
