// One test at a time: a child process started by one test (Process.Start forks) holds copies of every descriptor
// until it execs, and a copy of a lock file's descriptor keeps that flock held; a lock test running at that moment
// would see a lock its owner had already released.
[assembly: Xunit.v3.Parallelization(Mode = Xunit.Sdk.ParallelMode.None)]
