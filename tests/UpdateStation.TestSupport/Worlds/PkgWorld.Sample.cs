namespace UpdateStation.Tests.Shared;

public sealed partial class PkgWorld
{
    public const string Extra = "extra";

    /// <summary>
    /// A world with one of each case a pkg plan shows: a plain upgrade (curl), a new dependency (zsh 2.0 needs libnew), a
    /// removal forced by a file conflict (bash 3.0 ships oldsh's file), a reinstall because an option changed (vim), an upgrade
    /// from a second repository (git, from "extra"), a locked package (firefox), pkg upgrading itself and a package already
    /// current (stable). Not built yet: call <see cref="Build"/>.
    /// </summary>
    public static PkgWorld Sample()
    {
        var libnew = new PkgPackage("libnew", "1.0");
        return Create()
            .Offer(new PkgPackage("curl", "8.5.0"))
            .Offer(new PkgPackage("zsh", "5.9_1", Depends: [libnew]))
            .Offer(libnew)
            .Offer(new PkgPackage("bash", "5.2.26", AlsoShipsFileOf: "oldsh"))
            .Offer(new PkgPackage("vim", "9.1.0", Options: new Dictionary<string, string> { ["X11"] = "on" }))
            .Offer(new PkgPackage("firefox", "122.0,2"))
            .Offer(new PkgPackage("pkg", "2.0.6"))
            .Offer(new PkgPackage("stable", "1.0"))
            .Offer(new PkgPackage("git", "2.43.0"), Extra)
            .Install(new PkgPackage("curl", "8.4.0"))
            .Install(new PkgPackage("zsh", "5.9"))
            .Install(new PkgPackage("bash", "5.2.21"))
            .Install(new PkgPackage("oldsh", "1.0"))
            .Install(new PkgPackage("vim", "9.1.0", Options: new Dictionary<string, string> { ["X11"] = "off" }))
            .Install(new PkgPackage("firefox", "121.0,2"), locked: true)
            .Install(new PkgPackage("pkg", "2.0.5"))
            .Install(new PkgPackage("stable", "1.0"))
            .Install(new PkgPackage("git", "2.42.0"));
    }
}
