using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;

namespace JThreading.Benchmarks;

/// <summary>
/// The one job every suite runs with (Program passes it to <c>BenchmarkSwitcher</c>, so a class added to this project
/// gets it too): a fixed number of warm-up and measured iterations, enough for the ratio's standard deviation (the
/// RatioSD column) to stay under 0.05 on this 2-vCPU machine, instead of <c>--job short</c>'s 3 iterations, whose
/// error column was larger than its mean. Memory is measured everywhere; the median is shown beside the mean.
/// </summary>
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
