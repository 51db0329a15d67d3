using JThreading.Concurrent;

namespace JThreading.Tests.Host;

/// <summary>
/// Executors and the JVM's exit rules: a pool's workers are JThreads from its factory, so a pool never shut down
/// holds the process, a shut-down one or a daemon factory's does not, and a command's exception is printed by the
/// worker's uncaught-exception dispatch while the process lives on.
/// </summary>
public static partial class Scenarios
{
    /// <summary>A fixed pool that is never shut down: main returns, the idle workers keep the process alive.</summary>
    public static int PoolNeverShutDown(string[] args)
    {
        #pragma warning disable JT0010 // on purpose: the scenario checks that a pool never shut down keeps the process alive
        var pool = Executors.NewFixedThreadPool(2);
        #pragma warning restore JT0010
        Say($"result: {pool.Submit(() => 21 * 2).Get()}");
        foreach (var entry in JRuntime.GetRuntime().KeepAliveSnapshot())
        {
            Say($"keep-alive: {entry.Kind} {entry.Name}");
        }

        Say("ready");
        return 0;
    }

    /// <summary>The same pool, shut down before main returns: the process ends with exit code 0.</summary>
    public static int PoolShutDown(string[] args)
    {
        var pool = Executors.NewFixedThreadPool(2);
        Say($"result: {pool.Submit(() => 21 * 2).Get()}");
        pool.Shutdown();
        Say("main returning");
        return 0;
    }

    /// <summary>A pool whose factory makes daemon threads, never shut down: it does not hold the process.</summary>
    public static int DaemonFactoryPool(string[] args)
    {
        #pragma warning disable JT0010 // on purpose: a daemon-thread factory, whose workers do not hold the process (the rule cannot see that)
        var pool = Executors.NewFixedThreadPool(2, new DaemonFactory());
        #pragma warning restore JT0010
        _ = pool.Submit(() => JThread.Sleep(long.MaxValue / 2)); // a task that never ends: its future is not needed
        Say($"result: {pool.Submit(() => 42).Get()}");
        Say("main returning");
        return 0;
    }

    /// <summary>
    /// A cached-style pool (no core workers, a hand-off queue) with a keep-alive of <c>args[0]</c> milliseconds:
    /// once idle for that long its worker ends and the process with it.
    /// </summary>
    public static int CachedPoolIdleWorkersEnd(string[] args)
    {
        var keepAlive = long.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture);
        #pragma warning disable JT0010 // on purpose: the scenario checks that idle cached-pool workers time out and let the process end
        var pool = new ThreadPoolExecutor(0, int.MaxValue, keepAlive, TimeUnit.Milliseconds, new SynchronousQueue<Action>());
        #pragma warning restore JT0010
        Say($"result: {pool.Submit(() => 42).Get()}");
        Say("main returning");
        return 0;
    }

    /// <summary>
    /// A task of a never-shut-down pool sleeps; Exit(3) runs a hook that calls ShutdownNow and waits for the pool:
    /// the task is interrupted, the pool terminates and the process ends with 3.
    /// </summary>
    public static int ShutdownNowDuringExit(string[] args)
    {
        var pool = Executors.NewFixedThreadPool(1);
        using var started = new ManualResetEventSlim();
        pool.Execute(() =>
        {
            started.Set();
            try
            {
                JThread.Sleep(long.MaxValue / 2);
            }
            catch (InterruptedException)
            {
                Say("task interrupted");
            }
        });
        started.Wait();
        JRuntime.GetRuntime().AddShutdownHook(new JThread(() =>
        {
            Say($"queued: {pool.ShutdownNow().Count}");
            Say($"terminated: {pool.AwaitTermination(30, TimeUnit.Seconds)}");
        }, "hook"));
        JRuntime.GetRuntime().Exit(3);
        throw new System.Diagnostics.UnreachableException();
    }

    /// <summary>
    /// An Execute'd command throws: the worker prints Java's uncaught-exception line, the pool replaces it and keeps
    /// running tasks; shut down, the process ends with 0.
    /// </summary>
    public static int ExecuteCommandThrows(string[] args)
    {
        var pool = Executors.NewFixedThreadPool(1);
        pool.Execute(() => throw new InvalidOperationException("boom"));
        Say($"next task on: {pool.Submit(() => JThread.CurrentThread().GetName()).Get()}");
        pool.Shutdown();
        Say("main returning");
        return 0;
    }

    /// <summary>A single-thread executor forgotten by main: collected and finalized, it shuts down and lets the process end.</summary>
    public static int ForgottenSingleThreadExecutor(string[] args)
    {
        UseSingleThreadExecutor();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        Say("main returning");
        return 0;
    }

    private static void UseSingleThreadExecutor()
    {
        #pragma warning disable JT0010 // on purpose: the scenario checks that a forgotten single-thread executor is finalized and lets the process end
        var pool = Executors.NewSingleThreadExecutor();
        #pragma warning restore JT0010
        Say($"result: {pool.Submit(() => 42).Get()}");
    }

    private sealed class DaemonFactory : IThreadFactory
    {
        public JThread NewThread(Action task)
        {
            var thread = new JThread(task, "daemon-worker");
            thread.SetDaemon(true);
            return thread;
        }
    }
}
