using BenchmarkDotNet.Attributes;
using UpdateStation.Packages.Pkg;

namespace UpdateStation.Benchmarks;

/// <summary>Parse time of a 5,000-package pkg plan (the pkg parsing target: under 20 ms).</summary>
[ShortRunJob]
[MemoryDiagnoser]
public class PkgOutputParserBenchmarks
{
    private string _plan = "";

    [Params(5000)]
    public int Packages { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _plan = PkgPlanGenerator.Generate(Packages);
        if (PkgOutputParser.Parse(_plan).Updates.Count != Packages)
        {
            throw new InvalidOperationException("The generated plan does not parse into one change per package.");
        }
    }

    [Benchmark]
    public int Parse() => PkgOutputParser.Parse(_plan).Updates.Count;
}
