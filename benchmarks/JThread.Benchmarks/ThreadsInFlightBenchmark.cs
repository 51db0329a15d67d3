using BenchmarkDotNet.Attributes;

namespace JThreading.Benchmarks;

/// <summary>
/// 1,000 threads started one after another, all alive together, then all joined; reported per thread. Each thread
/// blocks on one shared gate, opened once the last has started, so all 1,000 really are in flight at once, as in the
/// JVM and CPython versions in benchmarks/cross-runtime. Both rows wait on the same kind of .NET event.
/// </summary>
[MemoryDiagnoser]
public class ThreadsInFlightBenchmark
{
    private const int Threads = 1_000;
    private const long SmallStack = 256 * 1024;

    private readonly Thread[] _raw = new Thread[Threads];
    private readonly JThread[] _jthreads = new JThread[Threads];
    private readonly ThreadStart _rawWait;
    private readonly Action _jthreadWait;
    private ManualResetEventSlim _gate = new();

    public ThreadsInFlightBenchmark()
    {
        _rawWait = WaitForAll;
        _jthreadWait = WaitForAll;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Threads, Description = "1,000 Threads in flight, per thread")]
    public void RawThreads()
    {
        _gate = new ManualResetEventSlim(initialState: false, spinCount: 0);
        for (var i = 0; i < Threads; i++)
        {
            _raw[i] = new Thread(_rawWait);
            _raw[i].Start();
        }

        _gate.Set();
        foreach (var thread in _raw)
        {
            thread.Join();
        }
    }

    /// <summary>The baseline's own code again: how far two identical rows differ here, the floor under every ratio.</summary>
    [Benchmark(OperationsPerInvoke = Threads, Description = "1,000 Threads in flight (same code again)")]
    public void RawThreadsAgain() => RawThreads();

    [Benchmark(OperationsPerInvoke = Threads, Description = "1,000 JThreads in flight, per thread")]
    public void JThreads() => RunJThreads(static wait => new JThread(wait));

    [Benchmark(OperationsPerInvoke = Threads, Description = "1,000 JThreads in flight, 256 KiB stacks, per thread")]
    public void JThreadsSmallStacks() => RunJThreads(static wait => new JThread(null, wait, "small-stack", SmallStack));

    private void RunJThreads(Func<Action, JThread> create)
    {
        _gate = new ManualResetEventSlim(initialState: false, spinCount: 0);
        for (var i = 0; i < Threads; i++)
        {
            _jthreads[i] = create(_jthreadWait);
            _jthreads[i].Start();
        }

        _gate.Set();
        foreach (var thread in _jthreads)
        {
            thread.Join();
        }
    }

    private void WaitForAll() => _gate.Wait();
}
