using System.Globalization;

namespace JThreading.Concurrent;

/// <summary>
/// Java 21's <c>ThreadPerTaskExecutor</c>: every task gets a new thread from the factory; shut down, it terminates once
/// every such thread has ended.
/// </summary>
internal sealed class ThreadPerTaskExecutor(IThreadFactory factory) : IExecutorService
{
    private readonly Lock _lock = new();
    private readonly HashSet<JThread> _threads = [];
    private readonly TerminationSignal _termination = new();
    private volatile bool _shutdown;

    public void Execute(Action command)
    {
        ArgumentNullException.ThrowIfNull(command);
        JThread? thread = null;
        thread = factory.NewThread(() =>
        {
            try
            {
                command();
            }
            finally
            {
                TaskComplete(thread!);
            }
        });
        if (thread is null)
        {
            throw Rejected(command);
        }

        lock (_lock)
        {
            if (_shutdown)
            {
                throw Rejected(command);
            }

            _threads.Add(thread);
        }

        try
        {
            thread.Start();
        }
        catch
        {
            TaskComplete(thread);
            throw;
        }
    }

    public IFuture Submit(Action task)
    {
        ArgumentNullException.ThrowIfNull(task);
        var future = new FutureTask<object?>(task, null);
        Execute(future.RunAction);
        return future;
    }

    public IFuture<T> Submit<T>(Func<T> task)
    {
        ArgumentNullException.ThrowIfNull(task);
        var future = new FutureTask<T>(task, task);
        Execute(future.RunAction);
        return future;
    }

    public IFuture<T> Submit<T>(Action task, T result)
    {
        ArgumentNullException.ThrowIfNull(task);
        var future = new FutureTask<T>(task, result);
        Execute(future.RunAction);
        return future;
    }

    public IList<IFuture<T>> InvokeAll<T>(IEnumerable<Func<T>> tasks) => ExecutorInvocation.InvokeAll(this, tasks);

    public IList<IFuture<T>> InvokeAll<T>(IEnumerable<Func<T>> tasks, long timeout, TimeUnit unit) =>
        ExecutorInvocation.InvokeAll(this, tasks, timeout, unit);

    public T InvokeAny<T>(IEnumerable<Func<T>> tasks) => ExecutorInvocation.InvokeAny(this, tasks, timed: false, 0, TimeUnit.Nanoseconds);

    public T InvokeAny<T>(IEnumerable<Func<T>> tasks, long timeout, TimeUnit unit) =>
        ExecutorInvocation.InvokeAny(this, tasks, timed: true, timeout, unit);

    public void Shutdown()
    {
        bool empty;
        lock (_lock)
        {
            _shutdown = true;
            empty = _threads.Count == 0;
        }

        if (empty)
        {
            _termination.Signal();
        }
    }

    public IList<Action> ShutdownNow()
    {
        Shutdown();
        JThread[] threads;
        lock (_lock)
        {
            threads = [.. _threads];
        }

        foreach (var thread in threads)
        {
            thread.Interrupt();
        }

        return [];
    }

    public bool IsShutdown() => _shutdown;

    public bool IsTerminated() => _termination.IsSignalled;

    public bool AwaitTermination(long timeout, TimeUnit unit) => _termination.Await(timeout, unit);

    public void Close() => ExecutorInvocation.Close(this);

    public void Dispose() => Close();

    public override string ToString() => ObjectIdentity.Describe(this);

    private RejectedExecutionException Rejected(Action command) =>
        new(string.Format(CultureInfo.InvariantCulture, ExceptionMessages.TaskRejected, JavaText.Task(command), this));

    private void TaskComplete(JThread thread)
    {
        bool terminate;
        lock (_lock)
        {
            terminate = _threads.Remove(thread) && _shutdown && _threads.Count == 0;
        }

        if (terminate)
        {
            _termination.Signal();
        }
    }
}
