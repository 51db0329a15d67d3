namespace JThreading.Concurrent;

/// <summary>An executor service that runs tasks after a delay or periodically.</summary>
/// <remarks>Java's <c>java.util.concurrent.ScheduledExecutorService</c>.</remarks>
public interface IScheduledExecutorService : IExecutorService
{
    /// <summary>Runs <paramref name="command"/> once, after <paramref name="delay"/>.</summary>
    /// <param name="command">The command.</param>
    /// <param name="delay">The delay; 0 or less means now.</param>
    /// <param name="unit">The unit of <paramref name="delay"/>.</param>
    /// <returns>The task's future; its result is <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> is <see langword="null"/>.</exception>
    /// <exception cref="RejectedExecutionException">The executor does not accept the task.</exception>
    /// <remarks>Java's <c>schedule(Runnable, long, TimeUnit)</c>.</remarks>
    IScheduledFuture<object?> Schedule(Action command, long delay, TimeUnit unit);

    /// <summary>Runs <paramref name="callable"/> once, after <paramref name="delay"/>.</summary>
    /// <typeparam name="T">The result's type.</typeparam>
    /// <param name="callable">The task.</param>
    /// <param name="delay">The delay; 0 or less means now.</param>
    /// <param name="unit">The unit of <paramref name="delay"/>.</param>
    /// <returns>The task's future.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="callable"/> is <see langword="null"/>.</exception>
    /// <exception cref="RejectedExecutionException">The executor does not accept the task.</exception>
    /// <remarks>Java's <c>schedule(Callable, long, TimeUnit)</c>.</remarks>
    IScheduledFuture<T> Schedule<T>(Func<T> callable, long delay, TimeUnit unit);

    /// <summary>
    /// Runs <paramref name="command"/> after <paramref name="initialDelay"/> and then every <paramref name="period"/>,
    /// measured from one start to the next, until it is cancelled, throws or the executor stops.
    /// </summary>
    /// <param name="command">The command.</param>
    /// <param name="initialDelay">The delay before the first run.</param>
    /// <param name="period">The time between starts; must be positive.</param>
    /// <param name="unit">The unit of both times.</param>
    /// <returns>The task's future; it completes only by cancellation or with the command's exception.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is 0 or less.</exception>
    /// <exception cref="RejectedExecutionException">The executor does not accept the task.</exception>
    /// <remarks>Java's <c>scheduleAtFixedRate</c>; a run that takes longer than the period delays the next, never overlaps it.</remarks>
    IScheduledFuture<object?> ScheduleAtFixedRate(Action command, long initialDelay, long period, TimeUnit unit);

    /// <summary>
    /// Runs <paramref name="command"/> after <paramref name="initialDelay"/> and then again <paramref name="delay"/>
    /// after each run ends, until it is cancelled, throws or the executor stops.
    /// </summary>
    /// <param name="command">The command.</param>
    /// <param name="initialDelay">The delay before the first run.</param>
    /// <param name="delay">The time from the end of one run to the start of the next; must be positive.</param>
    /// <param name="unit">The unit of both times.</param>
    /// <returns>The task's future; it completes only by cancellation or with the command's exception.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="delay"/> is 0 or less.</exception>
    /// <exception cref="RejectedExecutionException">The executor does not accept the task.</exception>
    /// <remarks>Java's <c>scheduleWithFixedDelay</c>.</remarks>
    IScheduledFuture<object?> ScheduleWithFixedDelay(Action command, long initialDelay, long delay, TimeUnit unit);
}
