using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(UpdateStation.Benchmarks.PkgOutputParserBenchmarks).Assembly).Run(args);
