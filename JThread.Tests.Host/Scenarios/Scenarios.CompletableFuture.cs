using JThreading.Concurrent;

namespace JThreading.Tests.Host;

/// <summary>
/// CompletableFuture and the JVM's exit rules: the default asynchronous executor is the common pool (daemon workers)
/// or, when its parallelism is 1, a new thread per task that inherits daemon status, as Java's; the delay scheduler is
/// daemon.
/// </summary>
public static partial class Scenarios
{
    /// <summary>
    /// A SupplyAsync that never ends (or, with args[0] = <c>until-input-closes</c>, ends once standard input closes), an
    /// OrTimeout and a delayed task pending, then main returns. With <c>from-daemon</c> a daemon thread starts them.
    /// </summary>
    public static int PendingSupplyAsync(string[] args)
    {
        var mode = args.Length > 0 ? args[0] : "forever";
        void StartPending()
        {
            var pending = CompletableFuture.SupplyAsync(() =>
            {
                if (mode == "until-input-closes")
                {
                    Console.In.ReadToEnd();
                    return 1;
                }

                JThread.Sleep(long.MaxValue / 2);
                return 0;
            });
            pending.OrTimeout(1, TimeUnit.Days);
            CompletableFuture.RunAsync(() => { }, CompletableFuture.DelayedExecutor(1, TimeUnit.Days));
        }

        if (mode == "from-daemon")
        {
            var starter = new JThread(StartPending, "starter");
            starter.SetDaemon(true);
            starter.Start();
            starter.Join();
        }
        else
        {
            StartPending();
        }

        var onCommonPool = CompletableFuture.SupplyAsync(() => JThread.CurrentThread().GetName().StartsWith("ForkJoinPool.commonPool-worker-", StringComparison.Ordinal));
        Say($"result: {CompletableFuture.SupplyAsync(() => 21).ThenApply(x => x * 2).Join()}");
        Say($"on the common pool: {onCommonPool.Join()}");
        Say("main returning");
        return 0;
    }
}
