using UpdateStation.Tests.Commands;
using UpdateStation.Tests.Shared;

namespace UpdateStation.Tests.Helper;

/// <summary>The scene every install spec starts from, and what the specs read of it.</summary>
public sealed partial class WindowInstallSpecs
{
    // The gate's shell loop is running: apt has started the run and waits before dpkg.
    private static bool HelperWaitsAtTheGate() =>
        Directory.EnumerateDirectories("/proc").Any(d =>
        {
            try
            {
                return File.ReadAllText(Path.Combine(d, "cmdline")).Contains("let-dpkg-run", StringComparison.Ordinal);
            }
            catch (IOException)
            {
                return false;
            }
            catch (UnauthorizedAccessException)
            {
                return false;
            }
        });

    /// <summary>
    /// What every spec starts from: the world readable by nobody, the helper installed beside a front end, polkit
    /// authorizing <paramref name="authorizedUser"/>, nobody's instance with a plan of updates, and nobody's window showing it.
    /// </summary>
    /// <param name="standIns">Adds stand-in programs to the tree's bin folder, first on the helper's PATH and the window's.</param>
    private async Task<InstallScene> OpenSceneAsync(string authorizedUser = "nobody", Action<HelperInstall>? standIns = null)
    {
        AptSpecs.MakeReadableByAll(_world.Directory);
        HelperInstall tree = HelperInstall.CreateTree(_world.ConfigPath, StationBinary.Path);
        standIns?.Invoke(tree);
        PolkitSystem polkit = await PolkitSystem.StartAsync(tree.Path, TestContext.Current.CancellationToken, authorizedUser);
        RuntimeDir dir = RuntimeDir.Create(UnixUser.Nobody);
        StationProcess tray = StationProcess.Start(dir, ["tray", "--backend", "apt", "--first-check-delay", "0"], AsNobody(tree, polkit));
        JsonElement plan = await PublishedPlanAsync(dir, tray, plan => plan.GetProperty("updates").GetArrayLength() > 0);
        StationProcess window = await OpenWindowAsync(dir, tree, polkit);
        string shown = await ScreenReader.WaitForNamesAsync(desktop, window, s_readTimeout, "Install Updates", "alpha");
        return new InstallScene(tree, polkit, dir, tray, window, plan, shown);
    }

    /// <param name="Plan">The instance's plan.json when the window opened.</param>
    /// <param name="Shown">What a screen reader read of the window then.</param>
    private sealed record InstallScene(HelperInstall Tree, PolkitSystem Polkit, RuntimeDir Dir, StationProcess Tray, StationProcess Window, JsonElement Plan, string Shown)
        : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Dir.DisposeAsync();
            Polkit.Dispose();
            Tree.Dispose();
        }
    }

    /// <summary>Presses `Install Updates` and answers the question it asks first (the sample world's plan removes oldie).</summary>
    private async Task InstallAsync(StationProcess window)
    {
        await ScreenReader.PressAsync(desktop, window, "Install Updates");
        string asked = await ScreenReader.WaitForNamesAsync(desktop, window, s_readTimeout, "Installing these updates removes 1 package:", "Remove and Install");
        Assert.Contains("oldie", ScreenReader.Names(asked));
        await ScreenReader.PressAsync(desktop, window, "Remove and Install");
    }

    private static void SkipUnlessPossible() =>
        Assert.SkipUnless(UnixUser.CurrentIsRoot && PolkitSystem.CanRun, "Needs root (to be nobody and to run polkitd in a namespace of its own), polkitd, pkexec, unshare and nsenter.");

    /// <summary>How nobody's processes start: in <paramref name="polkit"/>'s namespace (pkexec finds its bus there), as nobody.</summary>
    private StartOptions AsNobody(HelperInstall tree, PolkitSystem polkit, IReadOnlyDictionary<string, string?>? more = null) => new()
    {
        Enter = polkit.Enter,
        User = UnixUser.Nobody,
        Executable = tree.FrontEndPath,
        Environment = new Dictionary<string, string?>(more ?? new Dictionary<string, string?>()) { ["APT_CONFIG"] = _world.ConfigPath },
    };

    private async Task<StationProcess> OpenWindowAsync(RuntimeDir dir, HelperInstall tree, PolkitSystem polkit)
    {
        Dictionary<string, string?> environment = new(desktop.Environment)
        {
            ["PATH"] = $"{tree.BinDirectory}:{Environment.GetEnvironmentVariable("PATH")}",
        };
        StationProcess window = StationProcess.Start(dir, ["window"], AsNobody(tree, polkit, environment));
        await Poll.UntilAsync(
            () =>
            {
                Assert.False(window.HasExited, $"the window exited before it was mapped.\n--- stderr ---\n{window.Stderr}");
                return WindowState.Read(dir)?.Pid == window.Pid;
            },
            Station.StartTimeout,
            () => $"nobody's window (pid {window.Pid}) publishes window.json");
        return window;
    }

    /// <summary>The instance's plan.json once <paramref name="wanted"/> holds for it.</summary>
    private static async Task<JsonElement> PublishedPlanAsync(RuntimeDir dir, StationProcess tray, Func<JsonElement, bool> wanted)
    {
        string path = Path.Combine(dir.StationDir, "plan.json");
        string last = "";
        string text = await Poll.UntilAsync(
            () =>
            {
                Assert.False(tray.HasExited, $"the instance exited.\n--- stderr ---\n{tray.Stderr}");
                last = File.Exists(path) ? File.ReadAllText(path) : "";
                return Task.FromResult(last.Length > 0 && wanted(JsonDocument.Parse(last).RootElement) ? last : null);
            },
            s_installTimeout,
            () => $"the instance publishes the plan awaited; plan.json holds: {last}\n--- the instance's stderr ---\n{tray.Stderr}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private async Task<string> InstalledVersionAsync(string package)
    {
        await using StationProcess query = StationProcess.StartProgram(
            ["dpkg-query", $"--admindir={Path.Combine(_world.RootDirectory, "var", "lib", "dpkg")}", "-W", "-f", "${Version}", package]);
        StationResult result = await query.WaitForExitAsync(Station.CommandTimeout);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result.Stdout.TrimEnd('\n');
    }
}
