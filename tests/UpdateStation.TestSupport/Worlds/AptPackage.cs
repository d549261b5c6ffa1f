namespace UpdateStation.Tests.Shared;

/// <summary>One tiny package of an <see cref="AptWorld"/> repository: a control file and one document.</summary>
/// <param name="Name">The package name.</param>
/// <param name="Version">Its Debian version, epoch and '~' allowed.</param>
/// <param name="Depends">A Depends field, when the package has one.</param>
/// <param name="Breaks">A Breaks field, when the package has one.</param>
/// <param name="Conflicts">A Conflicts field, when the package has one.</param>
/// <param name="Preinst">A preinst script body (run by sh), when the package has one.</param>
/// <param name="Postinst">A postinst script body (run by sh), when the package has one.</param>
/// <param name="Description">The Description field (summary, then continuation lines starting with a space); "test package NAME" when null.</param>
/// <param name="Homepage">A Homepage field, when the package has one.</param>
/// <param name="InstalledSize">An Installed-Size field (KiB), when the package has one.</param>
/// <param name="Recommends">A Recommends field, when the package has one.</param>
/// <param name="PayloadBytes">The size of a file of random bytes it also installs (a download of some size); none when 0.</param>
public sealed record AptPackage(
    string Name,
    string Version,
    string? Depends = null,
    string? Breaks = null,
    string? Conflicts = null,
    string? Preinst = null,
    string? Postinst = null,
    string? Description = null,
    string? Homepage = null,
    int? InstalledSize = null,
    string? Recommends = null,
    int PayloadBytes = 0)
{
    /// <summary>The control paragraph; extra lines (e.g. Status) go after the first.</summary>
    public string Control(params string[] extraLines)
    {
        var lines = new List<string> { $"Package: {Name}" };
        lines.AddRange(extraLines);
        lines.Add($"Version: {Version}");
        lines.Add("Architecture: all");
        lines.Add("Maintainer: Update Station Tests <tests@example.invalid>");
        lines.Add("Priority: optional");
        lines.Add("Section: misc");
        if (Depends is not null)
        {
            lines.Add($"Depends: {Depends}");
        }

        if (Breaks is not null)
        {
            lines.Add($"Breaks: {Breaks}");
        }

        if (Conflicts is not null)
        {
            lines.Add($"Conflicts: {Conflicts}");
        }

        if (Recommends is not null)
        {
            lines.Add($"Recommends: {Recommends}");
        }

        if (InstalledSize is not null)
        {
            lines.Add($"Installed-Size: {InstalledSize}");
        }

        if (Homepage is not null)
        {
            lines.Add($"Homepage: {Homepage}");
        }

        lines.Add($"Description: {Description ?? $"test package {Name}"}");
        return string.Join('\n', lines) + "\n";
    }
}
