using BenchmarkDotNet.Attributes;
using JThreading.Concurrent;

namespace JThreading.Benchmarks;

/// <summary>
/// One task's round trip through an executor: submit a task that returns a number, then block until its result is
/// back. The baseline is .NET's own way to run work elsewhere and wait for it, <c>Task.Run(...).Result</c> on the
/// thread pool; JThread's single-thread executor is Java's <c>newSingleThreadExecutor().submit(...).get()</c>, set
/// beside the JVM's by benchmarks/jvm/ExecutorRoundTrip.java.
/// </summary>
[MemoryDiagnoser]
public class ExecutorBenchmark
{
    private static readonly Func<int> s_task = static () => 1;

    private IExecutorService? _single;
    private IExecutorService? _fixed;

    [GlobalSetup]
    public void Setup()
    {
        _single = Executors.NewSingleThreadExecutor(new DaemonFactory());
        _fixed = Executors.NewFixedThreadPool(2, new DaemonFactory());
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _single!.Close();
        _fixed!.Close();
    }

    [Benchmark(Baseline = true, Description = "Task.Run(f).Result (thread pool)")]
    public int TaskRunResult() => Task.Run(s_task).Result;

    [Benchmark(Description = "single-thread executor Submit(f).Get()")]
    public int SingleThreadSubmitGet() => _single!.Submit(s_task).Get();

    [Benchmark(Description = "fixed pool (2) Submit(f).Get()")]
    public int FixedPoolSubmitGet() => _fixed!.Submit(s_task).Get();

    /// <summary>Daemon workers, so a benchmark process is never held by its pools.</summary>
    private sealed class DaemonFactory : IThreadFactory
    {
        public JThread NewThread(Action task)
        {
            var thread = new JThread(task, "bench-worker");
            thread.SetDaemon(true);
            return thread;
        }
    }
}
