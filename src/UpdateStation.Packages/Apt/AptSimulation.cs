using UpdateStation.Packages.Model;

namespace UpdateStation.Packages.Apt;

/// <summary>What `apt-get -s -V dist-upgrade` said: the changes in apt's order and the packages it kept back.</summary>
/// <param name="Changes">One change per Inst, Remv or Purg line.</param>
/// <param name="KeptBack">Packages apt would not upgrade (held, or needing what dist-upgrade may not do), with versions when -V printed them.</param>
internal sealed record AptSimulation(IReadOnlyList<PackageChange> Changes, IReadOnlyList<HeldPackage> KeptBack);
