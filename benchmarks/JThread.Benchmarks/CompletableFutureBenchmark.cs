using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using JThreading.Concurrent;

namespace JThreading.Benchmarks;

/// <summary>
/// CompletableFuture against the .NET task it stands beside. "Chain": ten ThenApply stages added to an incomplete
/// future, which one thread then completes, so every stage runs inline on it; the baseline is the same chain of
/// <c>ContinueWith(..., ExecuteSynchronously)</c> on a <see cref="TaskCompletionSource{TResult}"/>. "RoundTrip":
/// <c>SupplyAsync(f).Join()</c> against <c>Task.Run(f).Result</c>; SupplyAsync's default executor starts a daemon
/// JThread per task (Java's choice when the common pool has one thread), so a row with a fixed pool of JThreads is
/// there for scale.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class CompletableFutureBenchmark
{
    private const int Stages = 10;
    private static readonly Func<int, int> s_increment = x => x + 1;
    private static readonly Func<Task<int>, int> s_continue = t => t.Result + 1;
    private static readonly Func<int> s_work = () => 42;

    private IExecutorService? _pool;

    [GlobalSetup(Target = nameof(SupplyAsyncOnFixedPoolJoin))]
    public void StartPool() => _pool = Executors.NewFixedThreadPool(2, JThread.OfPlatform().Daemon().Factory());

    [GlobalCleanup(Target = nameof(SupplyAsyncOnFixedPoolJoin))]
    public void StopPool() => _pool?.ShutdownNow();

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Chain")]
    public int ContinueWithChain()
    {
        var source = new TaskCompletionSource<int>();
        var tail = source.Task;
        for (var i = 0; i < Stages; i++)
        {
            tail = tail.ContinueWith(s_continue, TaskContinuationOptions.ExecuteSynchronously);
        }

        source.SetResult(0);
        return tail.Result;
    }

    [Benchmark]
    [BenchmarkCategory("Chain")]
    public int ThenApplyChain()
    {
        var head = new CompletableFuture<int>();
        var tail = head;
        for (var i = 0; i < Stages; i++)
        {
            tail = tail.ThenApply(s_increment);
        }

        head.Complete(0);
        return tail.Join();
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("RoundTrip")]
    public int TaskRunResult() => Task.Run(s_work).Result;

    [Benchmark]
    [BenchmarkCategory("RoundTrip")]
    public int SupplyAsyncJoin() => CompletableFuture.SupplyAsync(s_work).Join();

    [Benchmark]
    [BenchmarkCategory("RoundTrip")]
    public int SupplyAsyncOnFixedPoolJoin() => CompletableFuture.SupplyAsync(s_work, _pool!).Join();
}
