using BenchmarkDotNet.Attributes;
using JThreading.Concurrent;

namespace JThreading.Benchmarks;

/// <summary>
/// Fibonacci(30) split to a threshold of 13 (below it the leaf runs sequentially): as a <see cref="RecursiveTask{V}"/>
/// on a <see cref="ForkJoinPool"/> (fork one half, compute the other, join) against the raw .NET way of the same split,
/// <see cref="Parallel.Invoke(Action[])"/> on the thread pool (the baseline), and plain sequential recursion.
/// benchmarks/jvm/ForkJoinFib.java measures Java's RecursiveTask the same way.
/// </summary>
[MemoryDiagnoser]
public class ForkJoinBenchmark
{
    private const int N = 30;
    private const int Threshold = 13;

    private ForkJoinPool? _pool;

    [GlobalSetup]
    public void Setup() => _pool = new ForkJoinPool();

    [GlobalCleanup]
    public void Cleanup() => _pool!.ShutdownNow();

    [Benchmark(Baseline = true, Description = "Parallel.Invoke split (thread pool)")]
    public int ParallelInvoke() => ParallelFib(N);

    [Benchmark(Description = "RecursiveTask on ForkJoinPool(ProcessorCount)")]
    public int ForkJoin() => _pool!.Invoke(new FibTask(N));

    [Benchmark(Description = "RecursiveTask on the common pool")]
    public int ForkJoinCommon() => ForkJoinPool.CommonPool().Invoke(new FibTask(N));

    [Benchmark(Description = "sequential")]
    public int Sequential() => SequentialFib(N);

    private static int SequentialFib(int n) => n <= 1 ? n : SequentialFib(n - 1) + SequentialFib(n - 2);

    private static int ParallelFib(int n)
    {
        if (n <= Threshold)
        {
            return SequentialFib(n);
        }

        int a = 0, b = 0;
        Parallel.Invoke(() => a = ParallelFib(n - 1), () => b = ParallelFib(n - 2));
        return a + b;
    }

    private sealed class FibTask(int n) : RecursiveTask<int>
    {
        protected override int Compute()
        {
            if (n <= Threshold)
            {
                return SequentialFib(n);
            }

            var f1 = new FibTask(n - 1);
            f1.Fork();
            return new FibTask(n - 2).Compute() + f1.Join();
        }
    }
}
