using JThreading.Concurrent;

namespace JThreading.Tests.Host;

/// <summary>
/// CompletableFuture and the JVM's exit rules: the default asynchronous executor's threads and the delay scheduler are
/// daemon, so pending stages and timeouts do not keep the process alive.
/// </summary>
public static partial class Scenarios
{
    /// <summary>A SupplyAsync that never ends, an OrTimeout and a delayed task pending: main returns and the process ends.</summary>
    public static int PendingSupplyAsync(string[] args)
    {
        var pending = CompletableFuture.SupplyAsync(() =>
        {
            JThread.Sleep(long.MaxValue / 2);
            return 0;
        });
        pending.OrTimeout(1, TimeUnit.Days);
        CompletableFuture.RunAsync(() => { }, CompletableFuture.DelayedExecutor(1, TimeUnit.Days));
        Say($"result: {CompletableFuture.SupplyAsync(() => 21).ThenApply(x => x * 2).Join()}");
        Say("main returning");
        return 0;
    }
}
