namespace UpdateStation.Bench.RoundTrip;

/// <summary>The wall times of one command over many runs, exec to exit, in milliseconds.</summary>
internal sealed record Measurement(string Scenario, IReadOnlyList<double> Milliseconds)
{
    public double Median => Percentile(50);

    public double P90 => Percentile(90);

    /// <summary>Nearest-rank percentile.</summary>
    public double Percentile(int percent)
    {
        double[] sorted = [.. Milliseconds.Order()];
        int rank = (int)Math.Ceiling(percent / 100.0 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
