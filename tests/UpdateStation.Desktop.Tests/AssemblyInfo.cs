// One test at a time: the desktop specs share one Xvfb, bus, panel and notification server, and a 2-core machine
// has no room for a second set.
[assembly: Xunit.v3.Parallelization(Mode = Xunit.Sdk.ParallelMode.None)]
