namespace UpdateStation.Tests.Shared;

public sealed partial class AptWorld
{
    /// <summary>
    /// A world with one of each case a plan must show: a plain upgrade (alpha), an epoch (beta → 1:2.0-1), a '~' version
    /// (gamma 2.0~rc1-1 → 2.0-1), a new dependency (delta needs newdep), a removal forced by Breaks (epsilon breaks oldie),
    /// a held package (heldpkg), a security update (secpkg from bookworm-security) and a package already current (stable).
    /// </summary>
    public static AptWorld Sample(string? directory = null, bool rootOnly = false) =>
        Create(directory, rootOnly)
            .Offer(new AptPackage("alpha", "1.1-1"))
            .Offer(new AptPackage("beta", "1:2.0-1"))
            .Offer(new AptPackage("gamma", "2.0-1"))
            .Offer(new AptPackage("delta", "2.0-1", Depends: "newdep (>= 1.0)"))
            .Offer(new AptPackage("newdep", "1.0-1"))
            .Offer(new AptPackage("epsilon", "2.0-1", Breaks: "oldie"))
            .Offer(new AptPackage("heldpkg", "2.0-1"))
            .Offer(new AptPackage("stable", "1.0-1"))
            .Offer(new AptPackage("secpkg", "1.0-1+deb12u1"), Security)
            .Install(new AptPackage("alpha", "1.0-1"))
            .Install(new AptPackage("beta", "1.0-1"))
            .Install(new AptPackage("gamma", "2.0~rc1-1"))
            .Install(new AptPackage("delta", "1.0-1"))
            .Install(new AptPackage("epsilon", "1.0-1"))
            .Install(new AptPackage("oldie", "1.0-1"))
            .Install(new AptPackage("heldpkg", "1.0-1"), held: true)
            .Install(new AptPackage("stable", "1.0-1"))
            .Install(new AptPackage("secpkg", "1.0-1"));

    /// <summary>A world of <paramref name="count"/> installed packages of which every other one has an upgrade (benchmarks).</summary>
    public static AptWorld Large(int count, string? directory = null)
    {
        var world = Create(directory);
        for (var i = 0; i < count; i++)
        {
            var name = $"bench{i:D4}";
            world.Install(new AptPackage(name, "1.0-1"));
            world.Offer(new AptPackage(name, i % 2 == 0 ? "1.1-1" : "1.0-1"), i % 10 == 0 ? Security : Main);
        }

        return world;
    }
}
