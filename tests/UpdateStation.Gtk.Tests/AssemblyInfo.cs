// GTK is initialised once per process and lives on one thread (GtkFixture's); signal tests fire SIGUSR1 at
// this process. One test at a time keeps both honest.
[assembly: Xunit.v3.Parallelization(Mode = Xunit.Sdk.ParallelMode.None)]

[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
