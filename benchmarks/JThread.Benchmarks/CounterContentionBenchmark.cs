using BenchmarkDotNet.Attributes;
using JThreading.Concurrent.Atomic;

namespace JThreading.Benchmarks;

/// <summary>
/// Two threads (this one and a partner, so both cores) counting into one shared counter at once: a raw
/// <see cref="Interlocked.Increment(ref long)"/> on one shared <see cref="long"/> (the baseline), an
/// <see cref="AtomicLong"/> (the same instruction behind a call) and a <see cref="LongAdder"/>, whose striped cells
/// are meant to beat the single counter under exactly this contention. Each invocation makes <see cref="PerThread"/>
/// increments on each of the two threads; the hand-off to the partner (one wake, well under 1% of the loop) is
/// inside the measurement, the same for every row.
/// </summary>
[MemoryDiagnoser]
public class CounterContentionBenchmark
{
    private const int PerThread = 1 << 17;

    private readonly AtomicLong _atomic = new();
    private readonly LongAdder _adder = new();
    private readonly SemaphoreSlim _go = new(0);
    private readonly SemaphoreSlim _finished = new(0);
    private long _counter;
    private Action? _partnerWork;
    private volatile bool _stopping;
    private JThread? _partner;

    [GlobalSetup]
    public void Setup()
    {
        _partner = new JThread(Partner, "counter partner");
        _partner.SetDaemon(true);
        _partner.Start();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _stopping = true;
        _go.Release();
        _partner?.Join();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = 2 * PerThread, Description = "Interlocked.Increment, one shared long, 2 threads")]
    public void InterlockedShared() => OnBoth(InterlockedLoop);

    [Benchmark(OperationsPerInvoke = 2 * PerThread, Description = "AtomicLong.IncrementAndGet, 2 threads")]
    public void AtomicLongShared() => OnBoth(AtomicLoop);

    [Benchmark(OperationsPerInvoke = 2 * PerThread, Description = "LongAdder.Increment, 2 threads")]
    public void LongAdderShared() => OnBoth(AdderLoop);

    private void InterlockedLoop()
    {
        for (var i = 0; i < PerThread; i++)
        {
            Interlocked.Increment(ref _counter);
        }
    }

    private void AtomicLoop()
    {
        for (var i = 0; i < PerThread; i++)
        {
            _atomic.IncrementAndGet();
        }
    }

    private void AdderLoop()
    {
        for (var i = 0; i < PerThread; i++)
        {
            _adder.Increment();
        }
    }

    private void OnBoth(Action loop)
    {
        _partnerWork = loop;
        _go.Release();
        loop();
        _finished.Wait();
    }

    private void Partner()
    {
        while (true)
        {
            _go.Wait();
            if (_stopping)
            {
                return;
            }

            _partnerWork!();
            _finished.Release();
        }
    }
}
