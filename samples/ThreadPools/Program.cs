// The executors lesson: a thread pool's workers are ordinary (non-daemon) threads, so a pool that is never shut down
// keeps the program running for ever after Main returns, in Java and in this port alike. Shutdown() lets the queued
// work finish and then the workers end; Dispose() (a using block) is Java 19's close(): shut down, then wait.
// Run it three ways: `forgotten` (stop it with Ctrl+C), `shutdown`, `close`. java/ThreadPools.java and
// python/thread_pools.py are the same lesson in Java and in Python.
using JThreading;
using JThreading.Concurrent;

switch (args.Length == 1 ? args[0] : null)
{
    case "forgotten":
    {
#pragma warning disable JT0010 // the mistake this case shows: the pool is never shut down, so the program never ends
        var pool = Executors.NewFixedThreadPool(1);
#pragma warning restore JT0010
        SubmitThreeTasks(pool);
        Console.WriteLine("main: returning without shutdown()"); // the idle worker waits for more: no end
        return 0;
    }

    case "shutdown":
    {
        var pool = Executors.NewFixedThreadPool(1);
        SubmitThreeTasks(pool);
        pool.Shutdown(); // no new tasks; the queued ones still run, then the worker ends (Shutdown does not wait)
        Console.WriteLine("main: returning after shutdown()");
        return 0;
    }

    case "close":
        using (var pool = Executors.NewFixedThreadPool(1))
        {
            SubmitThreeTasks(pool);
        } // Dispose(), Java's close(): Shutdown(), then wait until the queued tasks are done

        Console.WriteLine("main: close() returned after the tasks");
        return 0;

    default:
        Console.Error.WriteLine("usage: ThreadPools forgotten|shutdown|close");
        return 2;
}

// One worker runs the tasks in order; each takes 0.2 s, so main's line comes first unless main waits.
static void SubmitThreeTasks(IExecutorService pool)
{
    for (int i = 1; i <= 3; i++)
    {
        int task = i;
        pool.Execute(() => // Java's submit(); Execute, because a dropped future would hide a failure (JT0009)
        {
            JThread.Sleep(200); // ShutdownNow() would interrupt it (InterruptedException); nothing calls it here
            Console.WriteLine($"task {task} done");
        });
    }
}
