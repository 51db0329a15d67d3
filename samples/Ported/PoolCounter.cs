// A counter shared by the tasks of a fixed pool, as in the Java 8 concurrency tutorial: AtomicInteger's
// IncrementAndGet and AccumulateAndGet, and an AtomicLong sum, give exact totals however the four workers interleave.
// The pool is shut down and awaited, so the program ends. Java: java/PoolCounter.java.
using JThreading.Concurrent;
using JThreading.Concurrent.Atomic;

namespace JThreading.Samples.Ported;

internal static class PoolCounterProgram
{
    public static int Run()
    {
        var count = new AtomicInteger();
        var max = new AtomicInteger(int.MinValue);
        var sum = new AtomicLong();
        var executor = Executors.NewFixedThreadPool(4);

        for (var i = 0; i < 10_000; i++)
        {
            var n = i;
            executor.Execute(() =>
            {
                count.IncrementAndGet();
                max.AccumulateAndGet(n, Math.Max);
                sum.AddAndGet(n);
            });
        }

        executor.Shutdown();
        var terminated = executor.AwaitTermination(60, TimeUnit.Seconds);

        Console.WriteLine("terminated: " + terminated.ToString().ToLowerInvariant());
        Console.WriteLine("count: " + count);
        Console.WriteLine("max: " + max.Get());
        Console.WriteLine("sum: " + sum.Get());
        Console.WriteLine("updated: " + count.UpdateAndGet(x => x * 2));
        return 0;
    }
}
