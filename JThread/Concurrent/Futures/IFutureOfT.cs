namespace JThreading.Concurrent;

/// <summary>The result of an asynchronous computation.</summary>
/// <typeparam name="T">The result's type.</typeparam>
/// <remarks>Java's <c>java.util.concurrent.Future&lt;V&gt;</c>, with Java 19's <see cref="ResultNow"/>.</remarks>
public interface IFuture<T> : IFuture
{
    /// <summary>Waits until the task has completed and returns its result.</summary>
    /// <returns>The task's result.</returns>
    /// <exception cref="InterruptedException">The calling thread was interrupted while waiting; its flag is cleared.</exception>
    /// <exception cref="ExecutionException">The task threw; <see cref="Exception.InnerException"/> is what it threw.</exception>
    /// <exception cref="CancellationException">The task was cancelled.</exception>
    /// <remarks>Java's <c>get()</c>. On a completed future it returns at once and leaves the interrupt flag alone.</remarks>
    new T Get();

    /// <summary>Waits at most the given time for the task to complete and returns its result.</summary>
    /// <param name="timeout">The longest wait.</param>
    /// <param name="unit">The unit of <paramref name="timeout"/>.</param>
    /// <returns>The task's result.</returns>
    /// <exception cref="InterruptedException">
    /// The calling thread was interrupted while waiting, or its flag was set when the task had not completed (even
    /// with a timeout of 0); the flag is cleared.
    /// </exception>
    /// <exception cref="ExecutionException">The task threw; <see cref="Exception.InnerException"/> is what it threw.</exception>
    /// <exception cref="CancellationException">The task was cancelled.</exception>
    /// <exception cref="TimeoutException">The time passed before the task completed.</exception>
    /// <remarks>Java's <c>get(long, TimeUnit)</c>.</remarks>
    new T Get(long timeout, TimeUnit unit);

    /// <summary>The task's result, without waiting.</summary>
    /// <returns>The result.</returns>
    /// <exception cref="InvalidOperationException">The task has not completed, failed or was cancelled.</exception>
    /// <remarks>Java 19's <c>resultNow()</c>; Java's <c>IllegalStateException</c> is <see cref="InvalidOperationException"/>.</remarks>
    T ResultNow();

    /// <summary>A <see cref="Task{TResult}"/> that completes with the future's result, so .NET code can await it.</summary>
    /// <returns>
    /// A task with the result, faulted with the task's own exception, or cancelled when the future is cancelled; its
    /// continuations never run inline on the thread that completed the future.
    /// </returns>
    /// <remarks>
    /// No Java counterpart (the nearest is <c>CompletableFuture</c>). Under <see cref="JRuntime.RunMain(string[], Action{string[]})"/>
    /// main has a synchronization context: blocking main on an async method that awaits this task deadlocks there, as
    /// on a UI thread; await it, or use <c>ConfigureAwait(false)</c>.
    /// </remarks>
    new Task<T> AsTask();
}
