namespace JThreading.Concurrent;

/// <summary>
/// The base of an executor written the Java way: <see cref="Execute"/> and the lifecycle are the subclass's;
/// <see cref="Submit(Action)"/>, <see cref="InvokeAll{T}(IEnumerable{Func{T}})"/>,
/// <see cref="InvokeAny{T}(IEnumerable{Func{T}})"/> and <see cref="Close"/> come from here, over
/// <see cref="NewTaskFor{T}(Func{T})"/>.
/// </summary>
/// <remarks>
/// Java's <c>java.util.concurrent.AbstractExecutorService</c>; <see cref="ThreadPoolExecutor"/> (and so
/// <see cref="ScheduledThreadPoolExecutor"/>) and the wrappers <see cref="Executors"/> returns derive from it, as in
/// Java. A subclass that overrides <c>NewTaskFor</c> sees its own task type in every <c>Submit</c>,
/// <c>InvokeAll</c> and <c>InvokeAny</c>, and in an <see cref="ExecutorCompletionService{T}"/> over it.
/// <see cref="Close"/> is Java 19's <c>ExecutorService.close()</c>, and <see cref="Dispose"/> calls it.
/// </remarks>
/// <example>
/// <code>
/// sealed class DirectExecutorService : AbstractExecutorService
/// {
///     private volatile bool _shutdown;
///     public override void Execute(Action command) => command();
///     public override void Shutdown() => _shutdown = true;
///     public override IList&lt;Action&gt; ShutdownNow() { _shutdown = true; return []; }
///     public override bool IsShutdown() => _shutdown;
///     public override bool IsTerminated() => _shutdown;
///     public override bool AwaitTermination(long timeout, TimeUnit unit) => _shutdown;
/// }
/// </code>
/// </example>
public abstract class AbstractExecutorService : IExecutorService
{
    /// <summary>For subclasses.</summary>
    /// <remarks>Java's <c>AbstractExecutorService()</c>.</remarks>
    protected AbstractExecutorService()
    {
    }

    /// <inheritdoc />
    public abstract void Execute(Action command);

    /// <summary>Submits <paramref name="task"/>: wraps it with <see cref="NewTaskFor{T}(Action, T)"/> and executes that.</summary>
    /// <param name="task">The task.</param>
    /// <returns>The future <see cref="NewTaskFor{T}(Action, T)"/> made, completing with <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="task"/> is <see langword="null"/>.</exception>
    /// <exception cref="RejectedExecutionException">The executor does not accept the task.</exception>
    /// <remarks>Java's <c>submit(Runnable)</c>.</remarks>
    public virtual IFuture Submit(Action task)
    {
        ArgumentNullException.ThrowIfNull(task);
        var future = NewTaskFor<object?>(task, null);
        Execute(RunOf(future));
        return future;
    }

    /// <summary>Submits <paramref name="task"/>: wraps it with <see cref="NewTaskFor{T}(Func{T})"/> and executes that.</summary>
    /// <typeparam name="T">The result's type.</typeparam>
    /// <param name="task">The task.</param>
    /// <returns>The future <see cref="NewTaskFor{T}(Func{T})"/> made.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="task"/> is <see langword="null"/>.</exception>
    /// <exception cref="RejectedExecutionException">The executor does not accept the task.</exception>
    /// <remarks>Java's <c>submit(Callable)</c>.</remarks>
    public virtual IFuture<T> Submit<T>(Func<T> task)
    {
        ArgumentNullException.ThrowIfNull(task);
        var future = NewTaskFor(task);
        Execute(RunOf(future));
        return future;
    }

    /// <summary>Submits <paramref name="task"/>: wraps it with <see cref="NewTaskFor{T}(Action, T)"/> and executes that.</summary>
    /// <typeparam name="T">The result's type.</typeparam>
    /// <param name="task">The task.</param>
    /// <param name="result">What the future returns once the task has run.</param>
    /// <returns>The future <see cref="NewTaskFor{T}(Action, T)"/> made.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="task"/> is <see langword="null"/>.</exception>
    /// <exception cref="RejectedExecutionException">The executor does not accept the task.</exception>
    /// <remarks>Java's <c>submit(Runnable, T)</c>.</remarks>
    public virtual IFuture<T> Submit<T>(Action task, T result)
    {
        ArgumentNullException.ThrowIfNull(task);
        var future = NewTaskFor(task, result);
        Execute(RunOf(future));
        return future;
    }

    /// <inheritdoc />
    /// <remarks>Java's <c>invokeAll(Collection)</c>: every task is wrapped with <see cref="NewTaskFor{T}(Func{T})"/>.</remarks>
    public virtual IList<IFuture<T>> InvokeAll<T>(IEnumerable<Func<T>> tasks) => ExecutorInvocation.InvokeAll(this, tasks, NewTaskFor<T>);

    /// <inheritdoc />
    /// <remarks>Java's <c>invokeAll(Collection, long, TimeUnit)</c>: every task is wrapped with <see cref="NewTaskFor{T}(Func{T})"/>.</remarks>
    public virtual IList<IFuture<T>> InvokeAll<T>(IEnumerable<Func<T>> tasks, long timeout, TimeUnit unit) =>
        ExecutorInvocation.InvokeAll(this, tasks, timeout, unit, NewTaskFor<T>);

    /// <inheritdoc />
    /// <remarks>Java's <c>invokeAny(Collection)</c>, over an <see cref="ExecutorCompletionService{T}"/> of this executor.</remarks>
    public virtual T InvokeAny<T>(IEnumerable<Func<T>> tasks) => ExecutorInvocation.InvokeAny(this, tasks, timed: false, 0, TimeUnit.Nanoseconds);

    /// <inheritdoc />
    /// <remarks>Java's <c>invokeAny(Collection, long, TimeUnit)</c>, over an <see cref="ExecutorCompletionService{T}"/> of this executor.</remarks>
    public virtual T InvokeAny<T>(IEnumerable<Func<T>> tasks, long timeout, TimeUnit unit) =>
        ExecutorInvocation.InvokeAny(this, tasks, timed: true, timeout, unit);

    /// <inheritdoc />
    public abstract void Shutdown();

    /// <inheritdoc />
    public abstract IList<Action> ShutdownNow();

    /// <inheritdoc />
    public abstract bool IsShutdown();

    /// <inheritdoc />
    public abstract bool IsTerminated();

    /// <inheritdoc />
    public abstract bool AwaitTermination(long timeout, TimeUnit unit);

    /// <inheritdoc />
    /// <remarks>
    /// Java 19's <c>close()</c>: a terminated executor returns at once; otherwise <see cref="Shutdown"/>, then
    /// <see cref="AwaitTermination"/> until it answers <see langword="true"/>; the first interrupt calls
    /// <see cref="ShutdownNow"/>, and the flag is set again on the way out.
    /// </remarks>
    public virtual void Close() => ExecutorInvocation.Close(this);

    /// <summary>The same as <see cref="Close"/>.</summary>
    public void Dispose()
    {
        Close();
        GC.SuppressFinalize(this);
    }

    /// <summary>The future that <see cref="Submit{T}(Func{T})"/> and the invoke methods run <paramref name="callable"/> in.</summary>
    /// <typeparam name="T">The result's type.</typeparam>
    /// <param name="callable">The task.</param>
    /// <returns>A <see cref="FutureTask{T}"/> here; a subclass may return its own task type.</returns>
    /// <remarks>Java's <c>newTaskFor(Callable)</c>.</remarks>
    protected virtual IRunnableFuture<T> NewTaskFor<T>(Func<T> callable) => new FutureTask<T>(callable);

    /// <summary>The future that <see cref="Submit{T}(Action, T)"/> runs <paramref name="runnable"/> in.</summary>
    /// <typeparam name="T">The result's type.</typeparam>
    /// <param name="runnable">The task.</param>
    /// <param name="value">What the future returns once the task has run.</param>
    /// <returns>A <see cref="FutureTask{T}"/> here; a subclass may return its own task type.</returns>
    /// <remarks>Java's <c>newTaskFor(Runnable, T)</c>.</remarks>
    protected virtual IRunnableFuture<T> NewTaskFor<T>(Action runnable, T value) => new FutureTask<T>(runnable, value);

    /// <summary>What Java's same-package <see cref="ExecutorCompletionService{T}"/> calls: <see cref="NewTaskFor{T}(Func{T})"/>.</summary>
    internal IRunnableFuture<T> NewTask<T>(Func<T> callable) => NewTaskFor(callable);

    /// <summary>What Java's same-package <see cref="ExecutorCompletionService{T}"/> calls: <see cref="NewTaskFor{T}(Action, T)"/>.</summary>
    internal IRunnableFuture<T> NewTask<T>(Action runnable, T value) => NewTaskFor(runnable, value);

    /// <summary>The delegate to execute for <paramref name="future"/>; its <see cref="Delegate.Target"/> is the future.</summary>
    internal static Action RunOf<T>(IRunnableFuture<T> future) => future is IRunnableFuture runnable ? runnable.RunAction : future.Run;
}
