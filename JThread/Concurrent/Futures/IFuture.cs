namespace JThreading.Concurrent;

/// <summary>The result of an asynchronous computation whose value is not asked for.</summary>
/// <remarks>
/// Java's <c>java.util.concurrent.Future&lt;?&gt;</c>, with Java 19's <see cref="State"/> and
/// <see cref="ExceptionNow"/>. Every blocking call is a JThread interruption point.
/// </remarks>
public interface IFuture
{
    /// <summary>Tries to cancel the task.</summary>
    /// <param name="mayInterruptIfRunning">
    /// <see langword="true"/> to interrupt the thread running the task; <see langword="false"/> lets a running task finish.
    /// </param>
    /// <returns><see langword="true"/> if this call cancelled the task; <see langword="false"/> if it had completed already.</returns>
    /// <remarks>Java's <c>cancel(boolean)</c>.</remarks>
    bool Cancel(bool mayInterruptIfRunning);

    /// <summary>Whether the task was cancelled before it completed normally.</summary>
    /// <returns><see langword="true"/> once cancelled.</returns>
    /// <remarks>Java's <c>isCancelled()</c>.</remarks>
    bool IsCancelled();

    /// <summary>Whether the task has completed: normally, with an exception, or by cancellation.</summary>
    /// <returns><see langword="true"/> once completed.</returns>
    /// <remarks>Java's <c>isDone()</c>.</remarks>
    bool IsDone();

    /// <summary>What the task has come to.</summary>
    /// <returns>The state.</returns>
    /// <remarks>Java 19's <c>state()</c>.</remarks>
    FutureState State();

    /// <summary>The exception the task failed with, without waiting.</summary>
    /// <returns>The task's exception.</returns>
    /// <exception cref="InvalidOperationException">The task has not completed, completed with a result or was cancelled.</exception>
    /// <remarks>Java 19's <c>exceptionNow()</c>; Java's <c>IllegalStateException</c> is <see cref="InvalidOperationException"/>.</remarks>
    Exception ExceptionNow();

    /// <summary>Waits until the task has completed.</summary>
    /// <exception cref="InterruptedException">The calling thread was interrupted while waiting; its flag is cleared.</exception>
    /// <exception cref="ExecutionException">The task threw; <see cref="Exception.InnerException"/> is what it threw.</exception>
    /// <exception cref="CancellationException">The task was cancelled.</exception>
    /// <remarks>Java's <c>get()</c>. On a completed future it returns at once and leaves the interrupt flag alone.</remarks>
    void Get();

    /// <summary>Waits at most the given time for the task to complete.</summary>
    /// <param name="timeout">The longest wait.</param>
    /// <param name="unit">The unit of <paramref name="timeout"/>.</param>
    /// <exception cref="InterruptedException">
    /// The calling thread was interrupted while waiting, or its flag was set when the task had not completed (even
    /// with a timeout of 0); the flag is cleared.
    /// </exception>
    /// <exception cref="ExecutionException">The task threw; <see cref="Exception.InnerException"/> is what it threw.</exception>
    /// <exception cref="CancellationException">The task was cancelled.</exception>
    /// <exception cref="TimeoutException">The time passed before the task completed.</exception>
    /// <remarks>Java's <c>get(long, TimeUnit)</c>.</remarks>
    void Get(long timeout, TimeUnit unit);

    /// <summary>A <see cref="Task"/> that completes when the future does, so .NET code can await it.</summary>
    /// <returns>
    /// A task faulted with the task's own exception, cancelled when the future is cancelled, or completed; its
    /// continuations never run inline on the thread that completed the future.
    /// </returns>
    /// <remarks>
    /// No Java counterpart (the nearest is <c>CompletableFuture</c>). Under <see cref="JRuntime.RunMain(string[], Action{string[]})"/>
    /// main has a synchronization context: blocking main on an async method that awaits this task deadlocks there, as
    /// on a UI thread; await it, or use <c>ConfigureAwait(false)</c>.
    /// </remarks>
    Task AsTask();
}
