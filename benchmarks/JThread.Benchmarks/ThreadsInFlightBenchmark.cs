using BenchmarkDotNet.Attributes;

namespace JThreading.Benchmarks;

/// <summary>
/// 1,000 threads started one after another, all alive together, then all joined; reported per thread
/// (<see cref="InFlightThreads"/>, the same workload as benchmarks/cross-runtime and <c>startjoin</c>). The second raw
/// row runs the baseline's code again, so its Ratio and RatioSD show what the machine alone does to two identical rows.
/// </summary>
[MemoryDiagnoser]
public class ThreadsInFlightBenchmark
{
    private const long SmallStack = 256 * 1024;

    [Benchmark(Baseline = true, OperationsPerInvoke = InFlightThreads.Count, Description = "1,000 Threads in flight, per thread")]
    public void RawThreads() => InFlightThreads.RunRaw();

    [Benchmark(OperationsPerInvoke = InFlightThreads.Count, Description = "1,000 Threads in flight (same code again)")]
    public void RawThreadsAgain() => InFlightThreads.RunRaw();

    [Benchmark(OperationsPerInvoke = InFlightThreads.Count, Description = "1,000 JThreads in flight, per thread")]
    public void JThreads() => InFlightThreads.RunJThreads();

    [Benchmark(OperationsPerInvoke = InFlightThreads.Count, Description = "1,000 JThreads in flight, 256 KiB stacks, per thread")]
    public void JThreadsSmallStacks() => InFlightThreads.RunJThreads(static wait => new JThread(null, wait, "small-stack", SmallStack));
}
