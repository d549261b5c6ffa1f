namespace UpdateStation.Packages.Pkg;

/// <summary>One repository of pkg's configuration, as `pkg -vv` lists it.</summary>
/// <param name="Name">The repository's name ("FreeBSD", "GhostBSD").</param>
/// <param name="Url">Its URL, with pkg's variables already expanded.</param>
/// <param name="Enabled">Whether pkg uses it.</param>
internal sealed record PkgRepository(string Name, string Url, bool Enabled);
