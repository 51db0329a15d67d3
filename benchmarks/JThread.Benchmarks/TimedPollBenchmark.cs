using System.Collections.Concurrent;
using BenchmarkDotNet.Attributes;
using JThreading.Concurrent;

namespace JThreading.Benchmarks;

/// <summary>
/// A 100 µs timed poll of an empty queue, so each row is 100 µs plus its overshoot:
/// <see cref="LinkedBlockingQueue{T}.TryPoll(long, TimeUnit, out T)"/> against
/// <see cref="BlockingCollection{T}.TryTake(out T, TimeSpan)"/> (the baseline). .NET truncates a timeout to whole
/// milliseconds, so <c>TryTake(out _, 100 µs)</c> returns at once without waiting; the baseline is the shortest wait
/// that does not end early, 1 ms.
/// </summary>
[MemoryDiagnoser]
public class TimedPollBenchmark
{
    // 100 µs rounded up to .NET's resolution: a TimeSpan under 1 ms is truncated to 0, a wait that does not wait.
    private static readonly TimeSpan s_wait = TimeSpan.FromMilliseconds(1);

    private readonly BlockingCollection<int> _collection = [];
    private readonly LinkedBlockingQueue<int> _queue = new();

    [Benchmark(Baseline = true, Description = "BlockingCollection.TryTake(out, 1 ms): 100 µs rounded up")]
    public bool CollectionTryTake() => _collection.TryTake(out _, s_wait);

    [Benchmark(Description = "LinkedBlockingQueue.TryPoll(100, Microseconds)")]
    public bool QueueTryPoll() => _queue.TryPoll(100, TimeUnit.Microseconds, out _);
}
