using BenchmarkDotNet.Attributes;
using JThreading.Concurrent.Atomic;

namespace JThreading.Benchmarks;

/// <summary>
/// One thread counting, no contention: <see cref="AtomicInteger.IncrementAndGet"/> and
/// <see cref="AtomicLong.IncrementAndGet"/> against the raw <see cref="Interlocked.Increment(ref int)"/> they wrap
/// (the baseline), and <see cref="LongAdder.Increment"/>, whose uncontended path is one compare-and-swap on its base.
/// </summary>
[MemoryDiagnoser]
public class AtomicIncrementBenchmark
{
    private const int Operations = 1 << 10;

    private readonly AtomicInteger _atomicInteger = new();
    private readonly AtomicLong _atomicLong = new();
    private readonly LongAdder _adder = new();
    private int _counter;

    [Benchmark(Baseline = true, OperationsPerInvoke = Operations, Description = "Interlocked.Increment(ref int)")]
    public void InterlockedIncrement()
    {
        for (var i = 0; i < Operations; i++)
        {
            Interlocked.Increment(ref _counter);
        }
    }

    [Benchmark(OperationsPerInvoke = Operations, Description = "AtomicInteger.IncrementAndGet")]
    public void AtomicIntegerIncrement()
    {
        for (var i = 0; i < Operations; i++)
        {
            _atomicInteger.IncrementAndGet();
        }
    }

    [Benchmark(OperationsPerInvoke = Operations, Description = "AtomicLong.IncrementAndGet")]
    public void AtomicLongIncrement()
    {
        for (var i = 0; i < Operations; i++)
        {
            _atomicLong.IncrementAndGet();
        }
    }

    [Benchmark(OperationsPerInvoke = Operations, Description = "LongAdder.Increment")]
    public void LongAdderIncrement()
    {
        for (var i = 0; i < Operations; i++)
        {
            _adder.Increment();
        }
    }
}
