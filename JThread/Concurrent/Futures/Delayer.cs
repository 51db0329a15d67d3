namespace JThreading.Concurrent;

/// <summary>
/// Java's <c>CompletableFuture.Delayer</c>: one daemon scheduler thread, <c>CompletableFutureDelayScheduler</c>, for
/// <see cref="CompletableFuture.DelayedExecutor(long, TimeUnit)"/>, <see cref="CompletableFuture{T}.OrTimeout"/> and
/// <see cref="CompletableFuture{T}.CompleteOnTimeout"/>; created on first use, it never keeps the process alive.
/// </summary>
internal static class Delayer
{
    private static readonly Lazy<ScheduledThreadPoolExecutor> s_scheduler = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    internal static IFuture Delay(Action command, long delay, TimeUnit unit) => s_scheduler.Value.Schedule(command, delay, unit);

    private static ScheduledThreadPoolExecutor Create()
    {
        var scheduler = new ScheduledThreadPoolExecutor(1, JThread.OfPlatform().Name("CompletableFutureDelayScheduler").Daemon().Factory());
        scheduler.SetRemoveOnCancelPolicy(true);
        return scheduler;
    }

    /// <summary>Java's <c>DelayedExecutor</c>: hands each task to its executor once the delay has passed.</summary>
    internal sealed class DelayedExecutor(long delay, TimeUnit unit, IExecutor executor) : IExecutor
    {
        public void Execute(Action command)
        {
            ArgumentNullException.ThrowIfNull(command);
            Delay(() => executor.Execute(command), delay, unit);
        }

        public override string ToString() => ObjectIdentity.Describe(this);
    }

    /// <summary>Java's <c>Canceller</c>: cancels the pending timeout once the future completes otherwise.</summary>
    internal static Action<T, Exception?> Canceller<T>(IFuture timeout) => (_, ex) =>
    {
        if (!timeout.IsDone())
        {
            timeout.Cancel(false);
        }
    };
}
