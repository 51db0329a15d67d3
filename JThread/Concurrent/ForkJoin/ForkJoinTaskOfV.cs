using System.Diagnostics;

namespace JThreading.Concurrent;

/// <summary>
/// A task that runs in a <see cref="ForkJoinPool"/> and may fork subtasks and join them. Java's
/// <c>java.util.concurrent.ForkJoinTask&lt;V&gt;</c>; most code derives from <see cref="RecursiveTask{V}"/> or
/// <see cref="RecursiveAction"/>.
/// </summary>
/// <typeparam name="V">The result's type; <see cref="RecursiveAction"/> uses <see cref="object"/> for Java's <c>Void</c>.</typeparam>
/// <remarks>
/// <para>
/// <see cref="Join"/> and <see cref="Invoke"/> rethrow what the task threw: the same exception object, with its
/// original stack trace (Java rethrows a copy of the same type whose cause is the original when the task ran on
/// another thread). <see cref="Get()"/> wraps it in an <see cref="ExecutionException"/>, as Java.
/// </para>
/// <para>
/// <see cref="Join"/> is not an interruption point, as in Java; a worker that joins runs other tasks (its own, or
/// ones it steals) until the task is done. <see cref="Get()"/> is an interruption point. <see cref="Cancel"/> never
/// interrupts.
/// </para>
/// </remarks>
[DebuggerDisplay("{" + nameof(ToString) + "(),nq}")]
public abstract class ForkJoinTask<V> : ForkJoinTask, IFuture<V>
{
    private TaskCompletionSource<V>? _completion;

    /// <summary>For subclasses.</summary>
    /// <remarks>Java's <c>ForkJoinTask()</c>.</remarks>
    protected ForkJoinTask()
    {
    }

    /// <summary>Queues the task to run asynchronously: on the calling worker's queue, or in the common pool from outside.</summary>
    /// <returns>This task.</returns>
    /// <remarks>Java's <c>fork()</c>: fork a task once until it completes (and is <see cref="ForkJoinTask.Reinitialize"/>d).</remarks>
    public ForkJoinTask<V> Fork()
    {
        ForkCore();
        return this;
    }

    /// <summary>Waits for the task and returns its result.</summary>
    /// <returns>The result.</returns>
    /// <exception cref="CancellationException">The task was cancelled.</exception>
    /// <exception cref="Exception">What the task threw, rethrown as it is.</exception>
    /// <remarks>Java's <c>join()</c>: not an interruption point; a worker runs other tasks while it waits.</remarks>
    public V Join()
    {
        AwaitJoin();
        ReportOutcome();
        return GetRawResult();
    }

    /// <summary>Runs the task on the calling thread, waits for it and returns its result.</summary>
    /// <returns>The result.</returns>
    /// <exception cref="CancellationException">The task was cancelled.</exception>
    /// <exception cref="Exception">What the task threw, rethrown as it is.</exception>
    /// <remarks>Java's <c>invoke()</c>.</remarks>
    public V Invoke()
    {
        DoExec();
        AwaitJoin();
        ReportOutcome();
        return GetRawResult();
    }

    /// <inheritdoc />
    public override bool IsDone() => IsDoneCore();

    /// <inheritdoc />
    /// <remarks>Java's <c>cancel(boolean)</c>: <paramref name="mayInterruptIfRunning"/> has no effect, a running task is never interrupted.</remarks>
    public virtual bool Cancel(bool mayInterruptIfRunning)
    {
        return CancelCore() || IsCancelled();
    }

    /// <inheritdoc />
    public FutureState State() => StateCore();

    /// <inheritdoc />
    public Exception ExceptionNow() => ExceptionNowCore();

    /// <inheritdoc />
    public V ResultNow()
    {
        ThrowIfNotSuccess();
        return GetRawResult();
    }

    /// <inheritdoc />
    public V Get()
    {
        var self = JThread.CurrentThread();
        if (!IsDoneCore())
        {
            if (self.IsInterrupted())
            {
                self.ThrowInterrupted();
            }

            if (ForkJoinPool.CurrentWorker is not null)
            {
                AwaitJoin();
            }
            else
            {
                AwaitInterruptibly(Timeout.Infinite);
            }
        }

        ReportForGet();
        return GetRawResult();
    }

    /// <inheritdoc />
    public V Get(long timeout, TimeUnit unit)
    {
        if (!IsDoneCore())
        {
            var self = JThread.CurrentThread();
            if (self.IsInterrupted())
            {
                self.ThrowInterrupted();
            }

            // A worker's own newest task would never run while it waits: run it here, as Java does.
            if (ForkJoinPool.CurrentWorker is { } worker && worker.Queue.TryUnpush(this))
            {
                DoExec();
            }

            var nanos = unit.ToNanos(timeout);
            if (!IsDoneCore() && (nanos <= 0 || !AwaitInterruptibly(Math.Max(1, Timeouts.NanosToTicks(nanos)))))
            {
                throw new TimeoutException();
            }
        }

        ReportForGet();
        return GetRawResult();
    }

    /// <inheritdoc />
    void IFuture.Get() => Get();

    /// <inheritdoc />
    void IFuture.Get(long timeout, TimeUnit unit) => Get(timeout, unit);

    /// <inheritdoc />
    public Task<V> AsTask()
    {
        var completion = Volatile.Read(ref _completion);
        if (completion is null)
        {
            var created = new TaskCompletionSource<V>(TaskCreationOptions.RunContinuationsAsynchronously);
            completion = Interlocked.CompareExchange(ref _completion, created, null) ?? created;
            if (IsDoneCore())
            {
                OnCompleted();
            }
        }

        return completion.Task;
    }

    /// <inheritdoc />
    Task IFuture.AsTask() => AsTask();

    /// <summary>Completes the task with <paramref name="value"/>, unless it has completed already.</summary>
    /// <param name="value">The result.</param>
    /// <remarks>Java's <c>complete(V)</c>.</remarks>
    public void Complete(V value)
    {
        if (IsDoneCore())
        {
            return;
        }

        try
        {
            SetRawResult(value);
        }
        catch (Exception exception)
        {
            TrySetException(exception);
            return;
        }

        TrySetNormal();
    }

    /// <summary>Completes the task with <paramref name="exception"/>, unless it has completed already.</summary>
    /// <param name="exception">What <see cref="Join"/> rethrows.</param>
    /// <exception cref="ArgumentNullException"><paramref name="exception"/> is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>completeExceptionally(Throwable)</c>.</remarks>
    public void CompleteExceptionally(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        TrySetException(exception);
    }

    /// <summary>The result as it stands, even before the task completes.</summary>
    /// <returns>The result, or the default before one is set.</returns>
    /// <remarks>Java's <c>getRawResult()</c>.</remarks>
    public abstract V GetRawResult();

    /// <summary>
    /// Java's form: <c>...@1b6d3586[Completed normally]</c>, <c>[Completed exceptionally: ...]</c>, <c>[Cancelled]</c>
    /// or <c>[Not completed]</c>.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var status = StateCore() switch
        {
            FutureState.Success => "[Completed normally]",
            FutureState.Failed => $"[Completed exceptionally: {JavaText.Exception(ExceptionNowCore())}]",
            FutureState.Cancelled => "[Cancelled]",
            _ => "[Not completed]",
        };
        return ObjectIdentity.Describe(this) + status;
    }

    /// <summary>Sets the result, for <see cref="Complete"/> and subclasses.</summary>
    /// <param name="value">The result.</param>
    /// <remarks>Java's <c>setRawResult(V)</c>.</remarks>
    protected abstract void SetRawResult(V value);

    /// <summary>Runs the task's computation.</summary>
    /// <returns><see langword="true"/> if the task completed normally; <see langword="false"/> leaves it incomplete.</returns>
    /// <remarks>Java's <c>exec()</c>: an exception it throws completes the task exceptionally.</remarks>
    protected abstract bool Exec();

    internal sealed override bool ExecCore() => Exec();

    /// <summary>Passes a recorded completion on to the <see cref="AsTask"/> task.</summary>
    internal override void OnCompleted()
    {
        if (Volatile.Read(ref _completion) is not { } completion)
        {
            return;
        }

        switch (StateCore())
        {
            case FutureState.Success:
                completion.TrySetResult(GetRawResult());
                break;
            case FutureState.Failed:
                completion.TrySetException(ExceptionNowCore());
                break;
            case FutureState.Cancelled:
                completion.TrySetCanceled();
                break;
        }
    }
}
