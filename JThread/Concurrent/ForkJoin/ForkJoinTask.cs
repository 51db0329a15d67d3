using System.Runtime.ExceptionServices;

// _status is volatile for its plain reads; Interlocked operations on it are full fences anyway.
#pragma warning disable CS0420

namespace JThreading.Concurrent;

/// <summary>
/// What every fork/join task has whatever its result type: its completion state and the statics that take tasks of
/// any type. Java's <c>ForkJoinTask&lt;?&gt;</c>; derive from <see cref="RecursiveTask{V}"/>,
/// <see cref="RecursiveAction"/> or <see cref="ForkJoinTask{V}"/>.
/// </summary>
/// <remarks>
/// Java's <c>java.util.concurrent.ForkJoinTask</c> split as <see cref="Task"/> and <see cref="Task{TResult}"/> are: this
/// base holds what does not depend on the result type. Only <see cref="ForkJoinTask{V}"/> derives from it.
/// </remarks>
public abstract class ForkJoinTask
{
    private const int Incomplete = 0;
    private const int Normal = 1;
    private const int Exceptional = 2;
    private const int Cancelled = 3;

    private static readonly WaitNode s_completed = new(null);

    private volatile int _status;
    private ExceptionDispatchInfo? _exception;
    private WaitNode? _waiters;

    /// <summary>For <see cref="ForkJoinTask{V}"/>, the only type that can derive from this one.</summary>
    /// <remarks>Java's <c>ForkJoinTask()</c>.</remarks>
    protected ForkJoinTask()
    {
    }

    /// <summary>Whether the task has completed: normally, with an exception, or by cancellation.</summary>
    /// <returns><see langword="true"/> once completed.</returns>
    /// <remarks>Java's <c>isDone()</c>.</remarks>
    public abstract bool IsDone();

    /// <summary>Forks <paramref name="t2"/>, runs <paramref name="t1"/> here, then joins <paramref name="t2"/>.</summary>
    /// <param name="t1">The first task.</param>
    /// <param name="t2">The second task.</param>
    /// <exception cref="ArgumentNullException"><paramref name="t1"/> or <paramref name="t2"/> is <see langword="null"/>.</exception>
    /// <exception cref="CancellationException">A task was cancelled.</exception>
    /// <exception cref="Exception">What a task threw (the first one's first), rethrown as it is.</exception>
    /// <remarks>Java's <c>invokeAll(ForkJoinTask, ForkJoinTask)</c>: once one task fails the other is cancelled.</remarks>
    public static void InvokeAll(ForkJoinTask t1, ForkJoinTask t2)
    {
        ArgumentNullException.ThrowIfNull(t1);
        ArgumentNullException.ThrowIfNull(t2);
        t2.ForkCore();
        t1.DoExec();
        if (t1._status != Normal)
        {
            t2.CancelCore();
            t1.ReportOutcome();
        }

        t2.AwaitJoin();
        t2.ReportOutcome();
    }

    /// <summary>Forks every task but the first, runs the first here, then joins the others.</summary>
    /// <param name="tasks">The tasks.</param>
    /// <exception cref="ArgumentNullException"><paramref name="tasks"/> or one of them is <see langword="null"/>.</exception>
    /// <exception cref="CancellationException">A task was cancelled.</exception>
    /// <exception cref="Exception">What a task threw, rethrown as it is.</exception>
    /// <remarks>
    /// Java's <c>invokeAll(ForkJoinTask...)</c>: once one task fails the others are cancelled. An array of a task type
    /// is both an array and a collection: this overload is preferred, as Java's varargs one is.
    /// </remarks>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(1)]
    public static void InvokeAll(params ForkJoinTask[] tasks)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        InvokeAllCore(tasks);
    }

    /// <summary>Forks every task but the first, runs the first here, then joins the others.</summary>
    /// <typeparam name="T">The collection's task type.</typeparam>
    /// <param name="tasks">The tasks.</param>
    /// <returns><paramref name="tasks"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tasks"/> or one of them is <see langword="null"/>.</exception>
    /// <exception cref="CancellationException">A task was cancelled.</exception>
    /// <exception cref="Exception">What a task threw, rethrown as it is.</exception>
    /// <remarks>Java's <c>invokeAll(Collection)</c>.</remarks>
    public static ICollection<T> InvokeAll<T>(ICollection<T> tasks)
        where T : ForkJoinTask
    {
        ArgumentNullException.ThrowIfNull(tasks);
        InvokeAllCore([.. tasks]);
        return tasks;
    }

    /// <summary>A task that runs <paramref name="runnable"/> and completes with <see langword="null"/>.</summary>
    /// <param name="runnable">The action.</param>
    /// <returns>The task.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="runnable"/> is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>adapt(Runnable)</c>.</remarks>
    public static ForkJoinTask<object?> Adapt(Action runnable)
    {
        ArgumentNullException.ThrowIfNull(runnable);
        return new AdaptedTask<object?>(runnable, () =>
        {
            runnable();
            return null;
        });
    }

    /// <summary>A task that runs <paramref name="runnable"/> and completes with <paramref name="result"/>.</summary>
    /// <param name="runnable">The action.</param>
    /// <typeparam name="T">The result's type.</typeparam>
    /// <param name="result">The task's result.</param>
    /// <returns>The task.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="runnable"/> is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>adapt(Runnable, T)</c>.</remarks>
    public static ForkJoinTask<T> Adapt<T>(Action runnable, T result)
    {
        ArgumentNullException.ThrowIfNull(runnable);
        return new AdaptedTask<T>(runnable, () =>
        {
            runnable();
            return result;
        });
    }

    /// <summary>A task that completes with what <paramref name="callable"/> returns.</summary>
    /// <typeparam name="T">The result's type.</typeparam>
    /// <param name="callable">The computation.</param>
    /// <returns>The task.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="callable"/> is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>adapt(Callable)</c>.</remarks>
    public static ForkJoinTask<T> Adapt<T>(Func<T> callable)
    {
        ArgumentNullException.ThrowIfNull(callable);
        return new AdaptedTask<T>(callable, callable);
    }

    /// <summary>Whether the calling thread is a worker of a <see cref="ForkJoinPool"/>.</summary>
    /// <returns><see langword="true"/> inside a fork/join worker.</returns>
    /// <remarks>Java's <c>inForkJoinPool()</c>.</remarks>
    public static bool InForkJoinPool() => ForkJoinPool.CurrentWorker is not null;

    /// <summary>The pool of the calling worker.</summary>
    /// <returns>The pool, or <see langword="null"/> outside a fork/join worker.</returns>
    /// <remarks>Java's <c>getPool()</c>.</remarks>
    public static ForkJoinPool? GetPool() => ForkJoinPool.CurrentWorker?.Pool;

    /// <summary>How many tasks the calling worker has forked and not yet run (an estimate).</summary>
    /// <returns>The count; 0 outside a worker.</returns>
    /// <remarks>Java's <c>getQueuedTaskCount()</c>.</remarks>
    public static int GetQueuedTaskCount() => ForkJoinPool.CurrentWorker?.Queue.Count ?? 0;

    /// <summary>Whether the task was cancelled before it completed.</summary>
    /// <returns><see langword="true"/> once cancelled.</returns>
    /// <remarks>Java's <c>isCancelled()</c>.</remarks>
    public bool IsCancelled() => _status == Cancelled;

    /// <summary>Whether the task threw or was cancelled.</summary>
    /// <returns><see langword="true"/> once completed abnormally.</returns>
    /// <remarks>Java's <c>isCompletedAbnormally()</c>.</remarks>
    public bool IsCompletedAbnormally() => _status >= Exceptional;

    /// <summary>Whether the task completed without throwing and was not cancelled.</summary>
    /// <returns><see langword="true"/> once completed normally.</returns>
    /// <remarks>Java's <c>isCompletedNormally()</c>.</remarks>
    public bool IsCompletedNormally() => _status == Normal;

    /// <summary>What the task threw, a <see cref="CancellationException"/> if it was cancelled, or <see langword="null"/>.</summary>
    /// <returns>The exception, or <see langword="null"/> if the task has not completed or completed normally.</returns>
    /// <remarks>Java's <c>getException()</c>.</remarks>
    public Exception? GetException() => _status switch
    {
        Exceptional => _exception!.SourceException,
        Cancelled => new CancellationException(),
        _ => null,
    };

    /// <summary>Waits for the task to complete without throwing or returning its outcome.</summary>
    /// <remarks>Java's <c>quietlyJoin()</c>: not an interruption point; a worker runs other tasks while it waits.</remarks>
    public void QuietlyJoin() => AwaitJoin();

    /// <summary>Runs the task here and waits for it, without throwing or returning its outcome.</summary>
    /// <remarks>Java's <c>quietlyInvoke()</c>.</remarks>
    public void QuietlyInvoke()
    {
        DoExec();
        AwaitJoin();
    }

    /// <summary>Forgets the task's outcome, so it can be forked again.</summary>
    /// <remarks>Java's <c>reinitialize()</c>: only for a task that is not queued or running.</remarks>
    public void Reinitialize()
    {
        _exception = null;
        Volatile.Write(ref _waiters, null);
        _status = Incomplete;
    }

    /// <summary>Runs <see cref="ForkJoinTask{V}.Exec"/> once, and records how it ended.</summary>
    internal void DoExec()
    {
        if (_status != Incomplete)
        {
            return;
        }

        bool completed;
        try
        {
            completed = ExecCore();
        }
        catch (Exception exception)
        {
            TrySetException(exception);
            return;
        }

        if (completed)
        {
            TrySetStatus(Normal);
        }
    }

    internal abstract bool ExecCore();

    /// <summary>Called once, after the task has completed in any way and its waiters were woken.</summary>
    internal virtual void OnCompleted()
    {
    }

    /// <summary>Java's <c>fork()</c>: onto the calling worker's queue, or the common pool's from outside.</summary>
    internal void ForkCore()
    {
        if (ForkJoinPool.CurrentWorker is { } worker)
        {
            worker.Pool.PushLocal(worker, this);
        }
        else
        {
            ForkJoinPool.CommonPool().SubmitExternal(this);
        }
    }

    internal bool IsDoneCore() => _status != Incomplete;

    internal bool CancelCore() => TrySetStatus(Cancelled);

    internal bool TrySetNormal() => TrySetStatus(Normal);

    internal bool TrySetException(Exception exception)
    {
        if (_status != Incomplete)
        {
            return false;
        }

        // The first exception wins; it is written before the status is published and read after it is seen.
        if (Interlocked.CompareExchange(ref _exception, ExceptionDispatchInfo.Capture(exception), null) is not null ||
            Interlocked.CompareExchange(ref _status, Exceptional, Incomplete) != Incomplete)
        {
            return false;
        }

        WakeWaiters();
        OnCompleted();
        return true;
    }

    /// <summary>Waits for completion without throwing; a worker helps, any other thread blocks (not interruptibly).</summary>
    internal void AwaitJoin()
    {
        if (_status != Incomplete)
        {
            return;
        }

        if (ForkJoinPool.CurrentWorker is { } worker)
        {
            worker.Pool.HelpJoin(worker, this);
        }
        else
        {
            AwaitUninterruptibly();
        }
    }

    /// <summary>Throws the recorded outcome of a completed task, if abnormal.</summary>
    /// <exception cref="CancellationException">The task was cancelled.</exception>
    internal void ReportOutcome()
    {
        switch (_status)
        {
            case Cancelled:
                throw new CancellationException();
            case Exceptional:
                _exception!.Throw();
                break;
        }
    }

    /// <summary>As <see cref="IFuture.Get()"/>: throws <see cref="ExecutionException"/> around the cause.</summary>
    /// <exception cref="CancellationException">The task was cancelled.</exception>
    /// <exception cref="ExecutionException">The task threw.</exception>
    internal void ReportForGet()
    {
        switch (_status)
        {
            case Cancelled:
                throw new CancellationException();
            case Exceptional:
                throw JavaText.Execution(_exception!.SourceException);
        }
    }

    internal FutureState StateCore() => _status switch
    {
        Normal => FutureState.Success,
        Exceptional => FutureState.Failed,
        Cancelled => FutureState.Cancelled,
        _ => FutureState.Running,
    };

    internal Exception ExceptionNowCore() => _status switch
    {
        Exceptional => _exception!.SourceException,
        Normal => throw new InvalidOperationException(ExceptionMessages.TaskCompletedWithResult),
        Incomplete => throw new InvalidOperationException(ExceptionMessages.TaskNotCompleted),
        _ => throw new InvalidOperationException(ExceptionMessages.TaskCancelled),
    };

    internal void ThrowIfNotSuccess()
    {
        switch (_status)
        {
            case Exceptional:
                throw new InvalidOperationException(ExceptionMessages.TaskCompletedWithException);
            case Incomplete:
                throw new InvalidOperationException(ExceptionMessages.TaskNotCompleted);
            case Cancelled:
                throw new InvalidOperationException(ExceptionMessages.TaskCancelled);
        }
    }

    /// <summary>Waits interruptibly (for <c>Get</c>); the caller has checked the flag.</summary>
    /// <param name="timeoutTicks">Stopwatch ticks, or <see cref="Timeout.Infinite"/>.</param>
    /// <returns>Whether the task completed.</returns>
    /// <exception cref="InterruptedException">The caller was interrupted while waiting.</exception>
    internal bool AwaitInterruptibly(long timeoutTicks)
    {
        var self = JThread.CurrentThread();
        var outcome = Park(self, timeoutTicks);
        if (outcome == WaitOutcome.Interrupted && _status == Incomplete)
        {
            self.ThrowInterrupted();
        }

        return _status != Incomplete;
    }

    /// <summary>Parks the calling thread until the task completes or the time is up.</summary>
    internal WaitOutcome Park(JThread self, long timeoutTicks)
    {
        var node = new WaitNode(self);
        while (true)
        {
            var head = Volatile.Read(ref _waiters);
            if (ReferenceEquals(head, s_completed))
            {
                return WaitOutcome.Satisfied;
            }

            node.Next = head;
            if (ReferenceEquals(Interlocked.CompareExchange(ref _waiters, node, head), head))
            {
                break;
            }
        }

        self.Blocker = this;
        try
        {
            return self.ParkUntil(
                static task => task._status != Incomplete,
                this,
                timeoutTicks,
                timeoutTicks == Timeout.Infinite ? JThreadState.Waiting : JThreadState.TimedWaiting);
        }
        finally
        {
            self.Blocker = null;
            node.Thread = null;
        }
    }

    private static void InvokeAllCore(ForkJoinTask[] tasks)
    {
        foreach (var task in tasks)
        {
            ArgumentNullException.ThrowIfNull(task, nameof(tasks));
        }

        for (var i = tasks.Length - 1; i > 0; i--)
        {
            tasks[i].ForkCore();
        }

        if (tasks.Length == 0)
        {
            return;
        }

        tasks[0].DoExec();
        ForkJoinTask? failed = tasks[0]._status == Normal ? null : tasks[0];
        for (var i = 1; i < tasks.Length && failed is null; i++)
        {
            tasks[i].AwaitJoin();
            if (tasks[i]._status != Normal)
            {
                failed = tasks[i];
            }
        }

        if (failed is not null)
        {
            foreach (var task in tasks)
            {
                task.CancelCore();
            }

            failed.ReportOutcome();
        }
    }

    private void AwaitUninterruptibly()
    {
        var self = JThread.CurrentThread();
        var interrupted = false;
        while (_status == Incomplete)
        {
            if (Park(self, Timeout.Infinite) == WaitOutcome.Interrupted)
            {
                // Java's join is not an interruption point: the flag is kept for the caller and set again below.
                interrupted |= JThread.Interrupted();
            }
        }

        if (interrupted)
        {
            self.Interrupt();
        }
    }

    private bool TrySetStatus(int status)
    {
        if (_status != Incomplete || Interlocked.CompareExchange(ref _status, status, Incomplete) != Incomplete)
        {
            return false;
        }

        WakeWaiters();
        OnCompleted();
        return true;
    }

    private void WakeWaiters()
    {
        if (Volatile.Read(ref _waiters) is null && _status != Incomplete)
        {
            // Nobody parked before the status was published; a later waiter sees the status before it parks.
            if (Interlocked.CompareExchange(ref _waiters, s_completed, null) is null)
            {
                return;
            }
        }

        for (var node = Interlocked.Exchange(ref _waiters, s_completed); node is not null && !ReferenceEquals(node, s_completed); node = node.Next)
        {
            node.Thread?.Wake();
        }
    }
}
