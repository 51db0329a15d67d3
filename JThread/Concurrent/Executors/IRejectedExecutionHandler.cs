namespace JThreading.Concurrent;

/// <summary>What a <see cref="ThreadPoolExecutor"/> does with a task it cannot take.</summary>
/// <remarks>Java's <c>java.util.concurrent.RejectedExecutionHandler</c>.</remarks>
public interface IRejectedExecutionHandler
{
    /// <summary>Called when <paramref name="executor"/> cannot take <paramref name="task"/>.</summary>
    /// <param name="task">The task: the command itself, or for a submitted task a delegate whose target is its <see cref="IFuture"/>.</param>
    /// <param name="executor">The executor that rejected it.</param>
    /// <exception cref="RejectedExecutionException">The handler rejects the task (as <see cref="ThreadPoolExecutor.AbortPolicy"/> does).</exception>
    /// <remarks>Java's <c>rejectedExecution(Runnable, ThreadPoolExecutor)</c>.</remarks>
    void RejectedExecution(Action task, ThreadPoolExecutor executor);
}
