namespace JThreading.Concurrent;

/// <summary>A delayed or periodic task's future.</summary>
/// <typeparam name="T">The result's type.</typeparam>
/// <remarks>Java's <c>java.util.concurrent.ScheduledFuture&lt;V&gt;</c>.</remarks>
public interface IScheduledFuture<T> : IFuture<T>
{
    /// <summary>How long until the task is due; zero or negative once it is.</summary>
    /// <param name="unit">The unit of the answer.</param>
    /// <returns>The remaining delay, truncated to <paramref name="unit"/>.</returns>
    /// <remarks>Java's <c>getDelay(TimeUnit)</c>.</remarks>
    long GetDelay(TimeUnit unit);
}
