namespace UpdateStation.Packages.Model;

/// <summary>What can be said of a change's history, for the window's details: the changelog entries newer than the
/// installed version, or, where the package manager has none, where to look instead and why.</summary>
/// <param name="Entries">The entries newer than the installed version (all of them for an install), as text; null when there are none to show.</param>
/// <param name="Homepage">The project's homepage; null when unknown.</param>
/// <param name="Origin">Where the package is built from (pkg: the port's origin, e.g. <c>www/firefox</c>); null when unknown.</param>
/// <param name="Unavailable">One line saying why there are no entries (the source publishes none, pkg keeps no changelogs, the fetch failed); null when <paramref name="Entries"/> is set.</param>
public sealed record Changelog(string? Entries, string? Homepage, string? Origin, string? Unavailable);
