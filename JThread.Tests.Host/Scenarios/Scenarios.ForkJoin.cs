using JThreading.Concurrent;

namespace JThreading.Tests.Host;

/// <summary>Fork/join pools and the JVM's exit rules: their workers are daemons, so no pool holds the process.</summary>
public static partial class Scenarios
{
    /// <summary>
    /// The common pool and a work-stealing pool each run a task, and each is left with a task blocked for good;
    /// neither is shut down, and main returns: the process ends with exit code 0.
    /// </summary>
    public static int ForkJoinPoolsDoNotHoldTheProcess(string[] args)
    {
        var common = ForkJoinPool.CommonPool();
        var stealing = Executors.NewWorkStealingPool(2);
        Say($"common: {common.Invoke(ForkJoinTask.Adapt(() => 21 * 2))}");
        Say($"stealing: {stealing.Submit(() => 6 * 7).Get()}");
        Say($"daemon: {common.Invoke(ForkJoinTask.Adapt(() => JThread.CurrentThread().IsDaemon()))}");

        // Then a task in each that never ends, running on a worker when main returns.
        var never = new CountDownLatch(1);
        var started = new CountDownLatch(2);
        common.Execute(() =>
        {
            started.CountDown();
            never.Await();
        });
        stealing.Execute(() =>
        {
            started.CountDown();
            never.Await();
        });
        started.Await();
        Say("main returning");
        return 0;
    }
}
