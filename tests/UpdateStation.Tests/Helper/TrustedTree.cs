using System.Diagnostics;
using UpdateStation.Tests.Plumbing;
using UpdateStation.Tests.Shared;

namespace UpdateStation.Tests.Helper;

/// <summary>
/// A root-only directory for one spec, with a folder in it that belongs to nobody (the attacker), and the commands the
/// attacker and root run on it.
/// </summary>
internal sealed class TrustedTree : IDisposable
{
    public TrustedTree()
    {
        Directory = RootOnlyDirectory.Create("update-station-trust-");
        Shared = System.IO.Path.Combine(Directory, "shared");
        System.IO.Directory.CreateDirectory(Shared, (UnixFileMode)0b111_101_101);
        GiveToNobody(Shared);
    }

    /// <summary>Root's, 0755, from / down.</summary>
    public string Directory { get; }

    /// <summary>A folder in <see cref="Directory"/> that nobody owns.</summary>
    public string Shared { get; }

    /// <summary>Runs a program as root, or with <paramref name="prefix"/> (setpriv) as another user; it must succeed.</summary>
    public static void Run(IReadOnlyList<string> argv, IReadOnlyList<string>? prefix = null)
    {
        IReadOnlyList<string> all = [.. prefix ?? [], .. argv];
        var start = new ProcessStartInfo(all[0]) { RedirectStandardError = true };
        foreach (var argument in all.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{string.Join(' ', all)} failed ({process.ExitCode}): {error}");
    }

    /// <summary>Copies a file or tree as nobody, so that the copy is nobody's.</summary>
    public static void CopyAsNobody(string source, string destination) =>
        Run(["cp", "-r", source, destination], UnixUser.Nobody.SetprivPrefix);

    public static void GiveToNobody(string path) => Run(["chown", $"{UnixUser.Nobody.Uid}:{UnixUser.Nobody.Gid}", path]);

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
