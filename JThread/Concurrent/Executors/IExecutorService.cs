namespace JThreading.Concurrent;

/// <summary>An executor that hands out futures and can be shut down.</summary>
/// <remarks>
/// Java's <c>java.util.concurrent.ExecutorService</c>; <see cref="IDisposable.Dispose"/> is Java 19's <c>close()</c>,
/// so <c>using var pool = Executors.NewFixedThreadPool(2);</c> ports try-with-resources.
/// </remarks>
public interface IExecutorService : IExecutor, IDisposable
{
    /// <summary>Submits <paramref name="task"/> and returns its future.</summary>
    /// <param name="task">The task.</param>
    /// <returns>A future that completes with no value when the task has run.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="task"/> is <see langword="null"/>.</exception>
    /// <exception cref="RejectedExecutionException">The executor does not accept the task.</exception>
    /// <remarks>Java's <c>submit(Runnable)</c>.</remarks>
    IFuture Submit(Action task);

    /// <summary>Submits <paramref name="task"/> and returns the future of its result.</summary>
    /// <typeparam name="T">The result's type.</typeparam>
    /// <param name="task">The task.</param>
    /// <returns>A future that completes with what <paramref name="task"/> returns.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="task"/> is <see langword="null"/>.</exception>
    /// <exception cref="RejectedExecutionException">The executor does not accept the task.</exception>
    /// <remarks>Java's <c>submit(Callable)</c>.</remarks>
    IFuture<T> Submit<T>(Func<T> task);

    /// <summary>Submits <paramref name="task"/> and returns a future that completes with <paramref name="result"/>.</summary>
    /// <typeparam name="T">The result's type.</typeparam>
    /// <param name="task">The task.</param>
    /// <param name="result">What the future returns once the task has run.</param>
    /// <returns>The future.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="task"/> is <see langword="null"/>.</exception>
    /// <exception cref="RejectedExecutionException">The executor does not accept the task.</exception>
    /// <remarks>Java's <c>submit(Runnable, T)</c>.</remarks>
    IFuture<T> Submit<T>(Action task, T result);

    /// <summary>Runs every task and waits until all have completed.</summary>
    /// <typeparam name="T">The results' type.</typeparam>
    /// <param name="tasks">The tasks.</param>
    /// <returns>Their futures, in the order of <paramref name="tasks"/>, all done.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tasks"/> or one of them is <see langword="null"/>.</exception>
    /// <exception cref="InterruptedException">The calling thread was interrupted while waiting; unfinished tasks are cancelled.</exception>
    /// <exception cref="RejectedExecutionException">A task was not accepted.</exception>
    /// <remarks>Java's <c>invokeAll(Collection)</c>.</remarks>
    IList<IFuture<T>> InvokeAll<T>(IEnumerable<Func<T>> tasks);

    /// <summary>Runs every task and waits until all have completed or the time is up, then cancels the rest.</summary>
    /// <typeparam name="T">The results' type.</typeparam>
    /// <param name="tasks">The tasks.</param>
    /// <param name="timeout">The longest wait.</param>
    /// <param name="unit">The unit of <paramref name="timeout"/>.</param>
    /// <returns>Their futures, in the order of <paramref name="tasks"/>, all done (the unfinished ones cancelled).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tasks"/> or one of them is <see langword="null"/>.</exception>
    /// <exception cref="InterruptedException">The calling thread was interrupted while waiting; unfinished tasks are cancelled.</exception>
    /// <exception cref="RejectedExecutionException">A task was not accepted.</exception>
    /// <remarks>Java's <c>invokeAll(Collection, long, TimeUnit)</c>.</remarks>
    IList<IFuture<T>> InvokeAll<T>(IEnumerable<Func<T>> tasks, long timeout, TimeUnit unit);

    /// <summary>Runs the tasks and returns the result of one that completed normally; the others are cancelled.</summary>
    /// <typeparam name="T">The result's type.</typeparam>
    /// <param name="tasks">The tasks.</param>
    /// <returns>The first result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tasks"/> or one of them is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="tasks"/> is empty.</exception>
    /// <exception cref="ExecutionException">No task completed normally.</exception>
    /// <exception cref="InterruptedException">The calling thread was interrupted while waiting.</exception>
    /// <exception cref="RejectedExecutionException">No task was accepted.</exception>
    /// <remarks>Java's <c>invokeAny(Collection)</c>; its <c>IllegalArgumentException</c> is <see cref="ArgumentException"/>.</remarks>
    T InvokeAny<T>(IEnumerable<Func<T>> tasks);

    /// <summary>Runs the tasks and returns the result of one that completed normally within the time.</summary>
    /// <typeparam name="T">The result's type.</typeparam>
    /// <param name="tasks">The tasks.</param>
    /// <param name="timeout">The longest wait.</param>
    /// <param name="unit">The unit of <paramref name="timeout"/>.</param>
    /// <returns>The first result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tasks"/> or one of them is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="tasks"/> is empty.</exception>
    /// <exception cref="ExecutionException">No task completed normally.</exception>
    /// <exception cref="InterruptedException">The calling thread was interrupted while waiting.</exception>
    /// <exception cref="TimeoutException">The time passed before a task completed normally.</exception>
    /// <exception cref="RejectedExecutionException">No task was accepted.</exception>
    /// <remarks>Java's <c>invokeAny(Collection, long, TimeUnit)</c>.</remarks>
    T InvokeAny<T>(IEnumerable<Func<T>> tasks, long timeout, TimeUnit unit);

    /// <summary>Starts an orderly shutdown: tasks already submitted run, new ones are rejected; does not wait.</summary>
    /// <remarks>Java's <c>shutdown()</c>.</remarks>
    void Shutdown();

    /// <summary>Stops: interrupts the running tasks and returns the ones that never started.</summary>
    /// <returns>
    /// The queued tasks. A submitted task's delegate has its <see cref="IFuture"/> as <see cref="Delegate.Target"/>, so
    /// Java's <c>((Future&lt;?&gt;) r).cancel(true)</c> ports as <c>((IFuture)a.Target!).Cancel(true)</c>.
    /// </returns>
    /// <remarks>Java's <c>shutdownNow()</c>.</remarks>
    IList<Action> ShutdownNow();

    /// <summary>Whether <see cref="Shutdown"/> or <see cref="ShutdownNow"/> was called.</summary>
    /// <returns><see langword="true"/> once shut down.</returns>
    /// <remarks>Java's <c>isShutdown()</c>.</remarks>
    bool IsShutdown();

    /// <summary>Whether every task has completed after a shutdown.</summary>
    /// <returns><see langword="true"/> once terminated.</returns>
    /// <remarks>Java's <c>isTerminated()</c>.</remarks>
    bool IsTerminated();

    /// <summary>Waits until the executor has terminated after a shutdown, or the time is up.</summary>
    /// <param name="timeout">The longest wait; 0 or less only looks.</param>
    /// <param name="unit">The unit of <paramref name="timeout"/>.</param>
    /// <returns><see langword="true"/> if it terminated, <see langword="false"/> if the time passed first.</returns>
    /// <exception cref="InterruptedException">The calling thread was interrupted while it had to wait; its flag is cleared.</exception>
    /// <remarks>
    /// Java's <c>awaitTermination(long, TimeUnit)</c>. A terminated executor answers <see langword="true"/> and a
    /// running one with a timeout of 0 <see langword="false"/>, both without looking at the interrupt flag.
    /// </remarks>
    bool AwaitTermination(long timeout, TimeUnit unit);

    /// <summary>Shuts down and waits until every task has completed.</summary>
    /// <remarks>
    /// Java 19's <c>close()</c>, also called by <see cref="IDisposable.Dispose"/>. It never throws
    /// <see cref="InterruptedException"/>: an interrupt while waiting makes it call <see cref="ShutdownNow"/> and keep
    /// waiting, and the flag is set again on the way out.
    /// </remarks>
    void Close();
}
