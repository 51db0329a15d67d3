using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;

namespace JThreading.Benchmarks;

/// <summary>
/// The one job every suite runs with (Program passes it to <c>BenchmarkSwitcher</c>, so a class added to this project
/// gets it too): a fixed number of warm-up and measured iterations instead of <c>--job short</c>'s 3, whose error
/// column was larger than its mean. Memory is measured everywhere; the median is shown beside the mean.
/// </summary>
/// <remarks>
/// On the project's 2-vCPU VM this brings the ratio's standard deviation (RatioSD) under 0.05 only for loops that stay
/// on one thread. Anything that wakes another thread varies 5-10% between iterations, the raw baseline against itself
/// as much as JThread against it (the "same code again" rows), and longer runs did not narrow that: 15 iterations of
/// 4 s gave the same RatioSD (0.12) as 30 of 0.5 s, and so did pinning the process to one CPU (0.15). The
/// <c>startjoin</c> mode's paired, interleaved comparison is the measurement that resolves a few percent there.
/// </remarks>
public static class BenchmarkConfig
{
    /// <summary>Warm-up iterations before measuring.</summary>
    public const int WarmupCount = 8;

    /// <summary>Measured iterations.</summary>
    public const int IterationCount = 30;

    /// <summary>The configuration; <paramref name="quick"/> (<c>--quick</c>) is for checking that a suite runs.</summary>
    public static IConfig Create(bool quick)
    {
        var job = quick
            ? Job.Dry.WithId("Quick")
            : Job.Default.WithId("Stable").WithWarmupCount(WarmupCount).WithIterationCount(IterationCount);
        return DefaultConfig.Instance
            .AddJob(job)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(StatisticColumn.Median)
            .WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(RatioStyle.Value));
    }
}
