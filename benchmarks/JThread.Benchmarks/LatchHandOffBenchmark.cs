using BenchmarkDotNet.Attributes;
using JThreading.Concurrent;

namespace JThreading.Benchmarks;

/// <summary>
/// A hand-off between two threads through one-shot latches, as ported Java code uses them: per round the benchmark
/// thread opens the worker's latch and waits on its own, which the worker opens. <see cref="CountDownLatch"/> against
/// .NET's <see cref="CountdownEvent"/> (the baseline; both spin briefly before they block), with a reused
/// <see cref="SemaphoreSlim"/> pair for scale. Fresh latches each round, for both, as a latch cannot be reset in Java.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class LatchHandOffBenchmark : WorkerBenchmark
{
    private readonly SemaphoreSlim _ping = new(0);
    private readonly SemaphoreSlim _pong = new(0);
    private Round<CountdownEvent>? _eventRound;
    private Round<CountDownLatch>? _latchRound;

    [GlobalSetup(Target = nameof(CountdownEventHandOff))]
    public void StartEventWorker()
    {
        _eventRound = Round<CountdownEvent>.Create(() => new CountdownEvent(1));
        var round = _eventRound;
        StartRaw(() =>
        {
            var current = TakeFirst(ref round);
            while (true)
            {
                current.Ping.Wait();
                if (Stopping)
                {
                    return;
                }

                var next = current.Next!;
                current.Pong.Signal();
                current = next;
            }
        }, "countdown-event worker");
    }

    [GlobalSetup(Target = nameof(SemaphoreSlimHandOff))]
    public void StartSemaphoreWorker() => StartSemaphorePonger(_ping, _pong, "semaphore worker");

    [GlobalSetup(Target = nameof(CountDownLatchHandOff))]
    public void StartLatchWorker()
    {
        _latchRound = Round<CountDownLatch>.Create(() => new CountDownLatch(1));
        var round = _latchRound;
        StartDaemon(() =>
        {
            var current = TakeFirst(ref round);
            while (true)
            {
                current.Ping.Await();
                if (Stopping)
                {
                    return;
                }

                var next = current.Next!;
                current.Pong.CountDown();
                current = next;
            }
        }, "latch worker");
    }

    [Benchmark(Baseline = true, Description = "CountdownEvent hand-off (new pair per round)")]
    public void CountdownEventHandOff()
    {
        var round = _eventRound!;
        round.Next = Round<CountdownEvent>.Create(round.Factory);
        round.Ping.Signal();
        round.Pong.Wait();
        _eventRound = round.Next;
    }

    [Benchmark(Description = "SemaphoreSlim ping-pong (reused)")]
    public void SemaphoreSlimHandOff()
    {
        _ping.Release();
        _pong.Wait();
    }

    [Benchmark(Description = "CountDownLatch hand-off (new pair per round)")]
    public void CountDownLatchHandOff()
    {
        var round = _latchRound!;
        round.Next = Round<CountDownLatch>.Create(round.Factory);
        round.Ping.CountDown();
        round.Pong.Await();
        _latchRound = round.Next;
    }

    /// <summary>
    /// Hands the worker its first round and clears the captured variable: the worker's delegate lives as long as the
    /// worker, and through the rounds' <see cref="Round{TLatch}.Next"/> links a first round kept there would keep
    /// every round of the run reachable (gigabytes by the last iteration, and a garbage collector slowed for both rows).
    /// </summary>
    private static Round<TLatch> TakeFirst<TLatch>(ref Round<TLatch>? captured)
    {
        var first = captured!;
        captured = null;
        return first;
    }

    protected override void WakeRawWorker(Thread worker)
    {
        _eventRound?.Ping.Signal();
        _ping.Release();
    }

    protected override void WakeJThreadWorker(JThread worker) => _latchRound?.Ping.CountDown();

    /// <summary>One round's pair of latches and the next round's, set before the worker's latch opens.</summary>
    private sealed class Round<TLatch>(Func<TLatch> factory)
    {
        public Func<TLatch> Factory { get; } = factory;

        public TLatch Ping { get; } = factory();

        public TLatch Pong { get; } = factory();

        public Round<TLatch>? Next { get; set; }

        public static Round<TLatch> Create(Func<TLatch> factory) => new(factory);
    }
}
