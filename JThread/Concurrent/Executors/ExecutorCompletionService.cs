using System.Diagnostics;

namespace JThreading.Concurrent;

/// <summary>
/// A completion service over an executor: tasks run there, and each future is queued here when it completes, so a
/// consumer takes results in the order they are ready.
/// </summary>
/// <typeparam name="T">The results' type.</typeparam>
/// <remarks>
/// Java's <c>java.util.concurrent.ExecutorCompletionService</c>. Over an <see cref="AbstractExecutorService"/> the
/// futures are the ones its <c>NewTaskFor</c> makes, as in Java; over any other <see cref="IExecutor"/> they are
/// <see cref="FutureTask{T}"/>s. The executor runs a wrapper whose <see cref="FutureTask{T}.Done"/> queues the task's
/// future, so a task the executor drops (a shutdown, a discard policy) never reaches the queue.
/// </remarks>
/// <example>
/// <code>
/// var service = new ExecutorCompletionService&lt;int&gt;(pool);
/// foreach (var job in jobs) service.Submit(job);
/// for (var i = 0; i &lt; jobs.Count; i++) Console.WriteLine(service.Take().Get());
/// </code>
/// </example>
[DebuggerDisplay("{" + nameof(ToString) + "(),nq}")]
public class ExecutorCompletionService<T> : ICompletionService<T>
{
    private readonly IExecutor _executor;
    private readonly AbstractExecutorService? _abstractExecutor;
    private readonly IBlockingQueue<IFuture<T>> _completionQueue;

    /// <summary>A completion service over <paramref name="executor"/>, with an unbounded <see cref="LinkedBlockingQueue{T}"/>.</summary>
    /// <param name="executor">Where the tasks run.</param>
    /// <exception cref="ArgumentNullException"><paramref name="executor"/> is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>ExecutorCompletionService(Executor)</c>.</remarks>
    public ExecutorCompletionService(IExecutor executor)
        : this(executor, new LinkedBlockingQueue<IFuture<T>>())
    {
    }

    /// <summary>A completion service over <paramref name="executor"/> that queues completed futures in <paramref name="completionQueue"/>.</summary>
    /// <param name="executor">Where the tasks run.</param>
    /// <param name="completionQueue">
    /// Where completed futures go; as in Java, it should be unbounded (a full one drops a future: <c>Add</c> throws on
    /// the thread that completed it).
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="executor"/> or <paramref name="completionQueue"/> is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>ExecutorCompletionService(Executor, BlockingQueue)</c>.</remarks>
    public ExecutorCompletionService(IExecutor executor, IBlockingQueue<IFuture<T>> completionQueue)
    {
        ArgumentNullException.ThrowIfNull(executor);
        ArgumentNullException.ThrowIfNull(completionQueue);
        _executor = executor;
        _abstractExecutor = executor as AbstractExecutorService;
        _completionQueue = completionQueue;
    }

    /// <inheritdoc />
    public IFuture<T> Submit(Func<T> task)
    {
        ArgumentNullException.ThrowIfNull(task);
        var future = _abstractExecutor is null ? new FutureTask<T>(task) : _abstractExecutor.NewTask(task);
        _executor.Execute(new QueueingFuture(future, _completionQueue).RunAction);
        return future;
    }

    /// <inheritdoc />
    public IFuture<T> Submit(Action task, T result)
    {
        ArgumentNullException.ThrowIfNull(task);
        var future = _abstractExecutor is null ? new FutureTask<T>(task, result) : _abstractExecutor.NewTask(task, result);
        _executor.Execute(new QueueingFuture(future, _completionQueue).RunAction);
        return future;
    }

    /// <inheritdoc />
    public IFuture<T> Take() => _completionQueue.Take();

    /// <inheritdoc />
    public IFuture<T>? Poll() => _completionQueue.TryPoll(out var future) ? future : null;

    /// <inheritdoc />
    public IFuture<T>? Poll(long timeout, TimeUnit unit) => _completionQueue.TryPoll(timeout, unit, out var future) ? future : null;

    /// <summary>Java's <c>ExecutorCompletionService.QueueingFuture</c>: runs the task's future, then queues it.</summary>
    private sealed class QueueingFuture(IRunnableFuture<T> task, IBlockingQueue<IFuture<T>> completionQueue)
        : FutureTask<object?>(task.Run, null)
    {
        protected override void Done() => completionQueue.Add(task);
    }
}
