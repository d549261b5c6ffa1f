// The specs start real processes and fire real signals; bursts and 20 concurrent check-nows load a
// 2-core machine enough to starve a neighbour test's deadlines. One test at a time keeps every wait honest.
[assembly: Xunit.v3.Parallelization(Mode = Xunit.Sdk.ParallelMode.None)]

// Kills whatever a test left running (a timed-out test may not reach its own disposal).
[assembly: AssemblyFixture(typeof(ChildProcessReaper))]

// The specs read /proc and use Linux signal numbers.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
