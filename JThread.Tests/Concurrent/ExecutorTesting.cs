using JThreading.Concurrent;

namespace JThreading.Tests.Concurrent;

/// <summary>Shared pieces of the executor tests: pools with daemon workers, and ending them with an assertion.</summary>
internal static class ExecutorTesting
{
    public static ThreadPoolExecutor NewPool(int core, int max, IBlockingQueue<Action>? queue = null, DaemonThreadFactory? factory = null,
        IRejectedExecutionHandler? handler = null, long keepAliveMillis = 10_000) =>
        new(core, max, keepAliveMillis, TimeUnit.Milliseconds, queue ?? new LinkedBlockingQueue<Action>(), factory ?? new DaemonThreadFactory(), handler);

    /// <summary>Shuts <paramref name="pool"/> down hard and asserts that it terminates in time.</summary>
    public static void End(IExecutorService pool)
    {
        pool.ShutdownNow();
        Assert.True(pool.AwaitTermination(TestTimeouts.UnexpectedTimeoutMillis, TimeUnit.Milliseconds), $"{pool} did not terminate");
    }

    /// <summary>A latch made of a <see cref="ManualResetEventSlim"/>: tests block on it from tasks without using the code under test.</summary>
    public static void AwaitGate(ManualResetEventSlim gate) =>
        Assert.True(gate.Wait(TestTimeouts.UnexpectedTimeout), "the gate was never opened");
}
