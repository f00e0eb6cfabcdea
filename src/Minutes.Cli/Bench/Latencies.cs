using System.Diagnostics;

namespace Minutes.Cli.Bench;

/// <summary>Collects durations and reads percentiles off them (nearest rank), in milliseconds.</summary>
internal sealed class Latencies
{
    private readonly List<double> _ms = [];

    public int Count => _ms.Count;

    public void Add(double ms) => _ms.Add(ms);

    /// <summary>Times <paramref name="action"/> once and records it.</summary>
    public void Time(Action action)
    {
        var start = Stopwatch.GetTimestamp();
        action();
        Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
    }

    public double Percentile(double p)
    {
        if (_ms.Count == 0)
        {
            return double.NaN;
        }

        var sorted = _ms.Order().ToList();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Count);
        return Math.Round(sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)], 3);
    }
}
