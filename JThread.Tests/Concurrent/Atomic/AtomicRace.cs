using JThreading.Concurrent;

namespace JThreading.Tests.Concurrent.Atomic;

/// <summary>Runs the same body on several daemon threads released together, and joins them all.</summary>
internal static class AtomicRace
{
    /// <summary>Starts <paramref name="threads"/> checked threads, lets them go at once, and rethrows any failure.</summary>
    public static void Run(int threads, Action<int> body)
    {
        var gate = new CountDownLatch(1);
        var racers = Enumerable.Range(0, threads)
            .Select(n => CheckedThread.Start(
                () =>
                {
                    gate.Await();
                    body(n);
                },
                $"racer-{n}"))
            .ToArray();
        gate.CountDown();
        foreach (var racer in racers)
        {
            racer.Join();
        }
    }
}
