// The Memoizer of Java Concurrency in Practice (listing 5.19), ported: a cache of FutureTasks, so two threads asking
// for the same key at once compute it once, the second waiting on the first one's future. A computation that fails
// is removed from the cache (no cache pollution) and the next caller computes it again. Java: java/Memoizer.java.
using System.Collections.Concurrent;
using JThreading.Concurrent;
using JThreading.Concurrent.Atomic;

namespace JThreading.Samples.Ported;

internal sealed class Memoizer<TArg, TResult>(Func<TArg, TResult> compute)
    where TArg : notnull
{
    private readonly ConcurrentDictionary<TArg, IFuture<TResult>> _cache = new();

    public TResult Compute(TArg arg)
    {
        while (true)
        {
            if (!_cache.TryGetValue(arg, out var f))
            {
                var ft = new FutureTask<TResult>(() => compute(arg));
                f = _cache.GetOrAdd(arg, ft);   // Java's putIfAbsent
                if (ReferenceEquals(f, ft))
                {
                    ft.Run();
                }
            }

            try
            {
                return f.Get();
            }
            catch (CancellationException)
            {
                _cache.TryRemove(new KeyValuePair<TArg, IFuture<TResult>>(arg, f));
            }
            catch (ExecutionException e)
            {
                _cache.TryRemove(new KeyValuePair<TArg, IFuture<TResult>>(arg, f));
                throw new InvalidOperationException("compute failed: " + e.InnerException?.Message, e.InnerException);
            }
        }
    }
}

internal static class MemoizerProgram
{
    public static int Run()
    {
        var computations = new AtomicInteger();
        var failOnce = new AtomicBoolean();
        var memo = new Memoizer<int, long>(n =>
        {
            computations.IncrementAndGet();
            JThread.Sleep(100); // slow, so the threads asking for the same n overlap
            if (n == 13 && failOnce.CompareAndSet(false, true))
            {
                throw new ArgumentException("unlucky " + n);
            }

            return (long)n * n;
        });

        // Four threads ask for the same three keys at once: each key is computed once.
        var results = new ConcurrentDictionary<string, long>();
        var threads = new List<JThread>();
        for (var t = 0; t < 4; t++)
        {
            var thread = new JThread(() =>
            {
                foreach (var n in new[] { 2, 3, 4 })
                {
                    results[JThread.CurrentThread().GetName() + ":" + n] = memo.Compute(n);
                }
            }, "asker-" + t);
            threads.Add(thread);
            thread.Start();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }

        Console.WriteLine($"results: {results.Count}, distinct values: {string.Join(",", results.Values.Distinct().Order())}");
        Console.WriteLine($"computations: {computations.Get()}");

        // A failed computation leaves the cache, so asking again computes it again.
        try
        {
            memo.Compute(13);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("first ask for 13: " + e.Message);
        }

        Console.WriteLine("second ask for 13: " + memo.Compute(13));
        Console.WriteLine($"computations: {computations.Get()}");
        return 0;
    }
}
