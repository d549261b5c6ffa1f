namespace UpdateStation.Packages.Pkg;

/// <summary>The section of a pkg plan an indented entry belongs to.</summary>
internal enum PkgSection
{
    /// <summary>Outside any section: indented lines are not entries.</summary>
    None,
    Install,
    Upgrade,
    Downgrade,
    Reinstall,
    Remove,
    /// <summary>"Installed packages LOCKED:": packages pkg will not touch.</summary>
    Locked,
    /// <summary>FETCHED, group and unknown sections: read past, never updates.</summary>
    Ignored,
}
