namespace JThreading.Concurrent;

/// <summary>Runs tasks and hands their futures back in the order they complete.</summary>
/// <typeparam name="T">The results' type.</typeparam>
/// <remarks>Java's <c>java.util.concurrent.CompletionService&lt;V&gt;</c>; <see cref="ExecutorCompletionService{T}"/> implements it.</remarks>
public interface ICompletionService<T>
{
    /// <summary>Submits <paramref name="task"/>; its future is queued here once it completes.</summary>
    /// <param name="task">The task.</param>
    /// <returns>The task's future.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="task"/> is <see langword="null"/>.</exception>
    /// <exception cref="RejectedExecutionException">The executor does not accept the task.</exception>
    /// <remarks>Java's <c>submit(Callable)</c>.</remarks>
    IFuture<T> Submit(Func<T> task);

    /// <summary>Submits <paramref name="task"/>; its future, completing with <paramref name="result"/>, is queued here once it completes.</summary>
    /// <param name="task">The task.</param>
    /// <param name="result">What the future returns once the task has run.</param>
    /// <returns>The task's future.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="task"/> is <see langword="null"/>.</exception>
    /// <exception cref="RejectedExecutionException">The executor does not accept the task.</exception>
    /// <remarks>Java's <c>submit(Runnable, V)</c>.</remarks>
    IFuture<T> Submit(Action task, T result);

    /// <summary>Removes the next completed future, waiting for one if none has completed.</summary>
    /// <returns>The future.</returns>
    /// <exception cref="InterruptedException">The thread was interrupted before or while waiting; the flag is cleared.</exception>
    /// <remarks>Java's <c>take()</c>.</remarks>
    IFuture<T> Take();

    /// <summary>Removes the next completed future, if there is one.</summary>
    /// <returns>The future, or <see langword="null"/> when none has completed.</returns>
    /// <remarks>Java's <c>poll()</c>; it never waits.</remarks>
    IFuture<T>? Poll();

    /// <summary>Removes the next completed future, waiting at most the given time for one.</summary>
    /// <param name="timeout">The longest wait; zero or less does not wait.</param>
    /// <param name="unit">The unit of <paramref name="timeout"/>.</param>
    /// <returns>The future, or <see langword="null"/> when none completed in time.</returns>
    /// <exception cref="InterruptedException">The thread was interrupted before or while waiting; the flag is cleared.</exception>
    /// <remarks>Java's <c>poll(long, TimeUnit)</c>.</remarks>
    IFuture<T>? Poll(long timeout, TimeUnit unit);
}
