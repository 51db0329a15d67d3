namespace JThreading.Concurrent;

/// <summary>
/// Java's <c>Executors.DelegatedScheduledExecutorService</c>: exposes only the <see cref="IScheduledExecutorService"/>
/// methods of a scheduled pool, as <see cref="Executors.NewSingleThreadScheduledExecutor(IThreadFactory)"/> returns it.
/// </summary>
internal sealed class DelegatedScheduledExecutorService(IScheduledExecutorService executor)
    : DelegatedExecutorService(executor), IScheduledExecutorService
{
    public IScheduledFuture<object?> Schedule(Action command, long delay, TimeUnit unit) => executor.Schedule(command, delay, unit);

    public IScheduledFuture<T> Schedule<T>(Func<T> callable, long delay, TimeUnit unit) => executor.Schedule(callable, delay, unit);

    public IScheduledFuture<object?> ScheduleAtFixedRate(Action command, long initialDelay, long period, TimeUnit unit) =>
        executor.ScheduleAtFixedRate(command, initialDelay, period, unit);

    public IScheduledFuture<object?> ScheduleWithFixedDelay(Action command, long initialDelay, long delay, TimeUnit unit) =>
        executor.ScheduleWithFixedDelay(command, initialDelay, delay, unit);
}
