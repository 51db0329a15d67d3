using System.Diagnostics;
using System.Runtime.CompilerServices;

// _state is volatile for its plain reads and writes; Interlocked operations on it are full fences anyway.
#pragma warning disable CS0420

namespace JThreading.Concurrent;

/// <summary>
/// A cancellable computation whose result waits in the future: what every executor here hands out. Java's
/// <c>java.util.concurrent.FutureTask</c>, with its states and its rules.
/// </summary>
/// <typeparam name="T">The result's type.</typeparam>
/// <remarks>
/// <para>
/// The executors queue a delegate of <see cref="Run"/> whose <see cref="Delegate.Target"/> is this future, so
/// Java's <c>((Future&lt;?&gt;) r).cancel(true)</c> over the tasks <c>shutdownNow()</c> returns ports as is; Java's
/// <c>new Thread(task).start()</c> is <c>new JThread(task.Run).Start()</c>.
/// </para>
/// <para>
/// As in Java it may be subclassed: <see cref="Done"/> runs once it completes in any way (what
/// <see cref="ExecutorCompletionService{T}"/> builds on), and <see cref="Set"/>, <see cref="SetException"/> and
/// <see cref="RunAndReset"/> are there for subclasses.
/// </para>
/// <para>
/// <see cref="Cancel(bool)"/> with <see langword="true"/> interrupts the runner before it publishes the cancelled
/// state, and <see cref="Run"/> does not return while that interrupt may still be on its way, so it lands in this task
/// and never in whatever the worker runs next (which clears the flag first).
/// </para>
/// </remarks>
[DebuggerDisplay("{" + nameof(ToString) + "(),nq}")]
public class FutureTask<T> : IRunnableFuture<T>, IRunnableFuture
{
    // Java's states, in Java's order: everything above Completing is final.
    private const int New = 0;
    private const int Completing = 1;
    private const int Normal = 2;
    private const int Exceptional = 3;
    private const int Cancelled = 4;
    private const int Interrupting = 5;
    private const int InterruptedState = 6;

    // Marks the waiter stack of a completed future: nobody may push after it.
    private static readonly WaitNode s_completed = new(null);

    private volatile int _state;

    // Dropped on completion, as Java drops its callable, so a done future does not keep the task alive.
    private Func<T>? _callable;
    private object? _task;

    // Written before the final state is published, read after it is seen.
    private T? _result;
    private Exception? _exception;

    private JThread? _runner;
    // Java's Treiber stack of waiting threads: no lock and no list per future.
    private WaitNode? _waiters;
    private TaskCompletionSource<T>? _completion;

    /// <summary>A future that runs <paramref name="callable"/> and completes with what it returns.</summary>
    /// <param name="callable">The computation.</param>
    /// <exception cref="ArgumentNullException"><paramref name="callable"/> is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>FutureTask(Callable)</c>.</remarks>
    public FutureTask(Func<T> callable)
        : this(callable ?? throw new ArgumentNullException(nameof(callable)), callable)
    {
    }

    /// <summary>A future that runs <paramref name="callable"/>.</summary>
    /// <param name="callable">The computation.</param>
    /// <param name="task">What <see cref="ToString"/> names as the task: the delegate the caller submitted.</param>
    internal FutureTask(Func<T> callable, object task)
    {
        _callable = callable;
        _task = task;
        RunAction = Run;
    }

    /// <summary>A future that runs <paramref name="runnable"/> and then completes with <paramref name="result"/>.</summary>
    /// <param name="runnable">The task.</param>
    /// <param name="result">What <see cref="Get()"/> returns once the task has run; Java passes <c>null</c> for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="runnable"/> is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>FutureTask(Runnable, V)</c>.</remarks>
    public FutureTask(Action runnable, T result)
        : this(Wrap(runnable ?? throw new ArgumentNullException(nameof(runnable)), result), runnable)
    {
    }

    /// <summary>The delegate an executor queues: <see cref="Run"/>, with this future as its target.</summary>
    internal Action RunAction { get; }

    /// <inheritdoc />
    Action IRunnableFuture.RunAction => RunAction;

    /// <inheritdoc />
    public virtual bool Cancel(bool mayInterruptIfRunning)
    {
        if (_state != New || Interlocked.CompareExchange(ref _state, mayInterruptIfRunning ? Interrupting : Cancelled, New) != New)
        {
            return false;
        }

        try
        {
            if (mayInterruptIfRunning)
            {
                try
                {
                    Volatile.Read(ref _runner)?.Interrupt();
                }
                finally
                {
                    _state = InterruptedState;
                }
            }
        }
        finally
        {
            FinishCompletion();
        }

        return true;
    }

    /// <inheritdoc />
    public bool IsCancelled() => _state >= Cancelled;

    /// <inheritdoc />
    public bool IsDone() => _state != New;

    /// <inheritdoc />
    public FutureState State() => SettledState() switch
    {
        Normal => FutureState.Success,
        Exceptional => FutureState.Failed,
        New => FutureState.Running,
        _ => FutureState.Cancelled,
    };

    /// <inheritdoc />
    public T ResultNow() => SettledState() switch
    {
        Normal => _result!,
        Exceptional => throw new InvalidOperationException(ExceptionMessages.TaskCompletedWithException),
        New => throw new InvalidOperationException(ExceptionMessages.TaskNotCompleted),
        _ => throw new InvalidOperationException(ExceptionMessages.TaskCancelled),
    };

    /// <inheritdoc />
    public Exception ExceptionNow() => SettledState() switch
    {
        Exceptional => _exception!,
        Normal => throw new InvalidOperationException(ExceptionMessages.TaskCompletedWithResult),
        New => throw new InvalidOperationException(ExceptionMessages.TaskNotCompleted),
        _ => throw new InvalidOperationException(ExceptionMessages.TaskCancelled),
    };

    /// <inheritdoc />
    public T Get()
    {
        var state = _state;
        if (state <= Completing)
        {
            state = AwaitDone(Timeout.Infinite);
        }

        return Report(state);
    }

    /// <inheritdoc />
    public T Get(long timeout, TimeUnit unit)
    {
        var state = _state;
        if (state <= Completing)
        {
            var nanos = unit.ToNanos(timeout);
            state = AwaitDone(nanos <= 0 ? 0 : Math.Max(1, Timeouts.NanosToTicks(nanos)));
            if (state <= Completing)
            {
                throw new TimeoutException();
            }
        }

        return Report(state);
    }

    /// <inheritdoc />
    void IFuture.Get() => Get();

    /// <inheritdoc />
    void IFuture.Get(long timeout, TimeUnit unit) => Get(timeout, unit);

    /// <inheritdoc />
    public Task<T> AsTask()
    {
        var completion = Volatile.Read(ref _completion);
        if (completion is null)
        {
            var created = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
            completion = Interlocked.CompareExchange(ref _completion, created, null) ?? created;

            // A completion that read no source before this one was published is passed on here.
            if (_state > Completing)
            {
                Complete(completion);
            }
        }

        return completion.Task;
    }

    /// <inheritdoc />
    Task IFuture.AsTask() => AsTask();

    /// <summary>Runs the task, unless it has run or been cancelled; what a worker calls.</summary>
    /// <remarks>
    /// Java's <c>run()</c>: completes the future with the task's result, or with what it threw (which
    /// <see cref="Get()"/> reports as <see cref="ExecutionException"/>); a second call, or one on a cancelled future,
    /// does nothing.
    /// </remarks>
    public virtual void Run()
    {
        var self = JThread.CurrentThread();
        if (_state != New || Interlocked.CompareExchange(ref _runner, self, null) is not null)
        {
            return;
        }

        try
        {
            var callable = _callable;
            if (callable is not null && _state == New)
            {
                T result;
                try
                {
                    result = callable();
                }
                catch (Exception exception)
                {
                    SetException(exception);
                    return;
                }

                Set(result);
            }
        }
        finally
        {
            // Java's "runner = null; then read state" is a Dekker pair with Cancel's "CAS state; then read runner":
            // with acquire/release only, both could read the old value and the canceller would interrupt this
            // thread after it had moved on to its next task. The exchange is a full fence.
            Interlocked.Exchange(ref _runner, null);
            WaitForCancellationInterrupt();
        }
    }

    /// <summary>
    /// The future's form in Java 21: <c>...FutureTask`1[System.Int32]@1b6d3586[Completed normally]</c>,
    /// <c>[Completed exceptionally: ...]</c>, <c>[Cancelled]</c> or <c>[Not completed, task = System.Func`1[...]@...]</c>.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var status = _state switch
        {
            Normal => "[Completed normally]",
            Exceptional => $"[Completed exceptionally: {_exception}]",
            >= Cancelled => "[Cancelled]",
            _ => Volatile.Read(ref _task) is { } task ? $"[Not completed, task = {ObjectIdentity.Describe(task)}]" : "[Incomplete]",
        };
        return ObjectIdentity.Describe(this) + status;
    }

    /// <summary>Runs the task without completing the future, for a periodic task's runs.</summary>
    /// <returns><see langword="true"/> if it ran and may run again: it neither threw nor was cancelled.</returns>
    /// <remarks>Java's <c>runAndReset()</c>: a task that throws completes the future exceptionally and is not run again.</remarks>
    protected virtual bool RunAndReset()
    {
        var self = JThread.CurrentThread();
        if (_state != New || Interlocked.CompareExchange(ref _runner, self, null) is not null)
        {
            return false;
        }

        var ran = false;
        try
        {
            var callable = _callable;
            if (callable is not null && _state == New)
            {
                try
                {
                    callable();
                    ran = true;
                }
                catch (Exception exception)
                {
                    SetException(exception);
                }
            }
        }
        finally
        {
            // Java's "runner = null; then read state" is a Dekker pair with Cancel's "CAS state; then read runner":
            // with acquire/release only, both could read the old value and the canceller would interrupt this
            // thread after it had moved on to its next task. The exchange is a full fence.
            Interlocked.Exchange(ref _runner, null);
            WaitForCancellationInterrupt();
        }

        return ran && _state == New;
    }

    /// <summary>Called once the future has completed in any way, after its waiters were woken.</summary>
    /// <remarks>Java's <c>done()</c>: does nothing here; a subclass overrides it to act on completion (its state is final).</remarks>
    protected virtual void Done()
    {
    }

    /// <summary>Completes the future with <paramref name="result"/>, unless it has completed already.</summary>
    /// <param name="result">The result.</param>
    /// <remarks>Java's <c>set(V)</c>, which <see cref="Run"/> calls when the task returns.</remarks>
    protected virtual void Set(T result)
    {
        if (Interlocked.CompareExchange(ref _state, Completing, New) == New)
        {
            _result = result;
            _state = Normal;
            FinishCompletion();
        }
    }

    /// <summary>Completes the future with <paramref name="exception"/>, unless it has completed already.</summary>
    /// <param name="exception">What the task threw; <see cref="Get()"/> throws it as <see cref="ExecutionException"/>.</param>
    /// <remarks>Java's <c>setException(Throwable)</c>, which <see cref="Run"/> calls when the task throws.</remarks>
    protected virtual void SetException(Exception exception)
    {
        if (Interlocked.CompareExchange(ref _state, Completing, New) == New)
        {
            _exception = exception;
            _state = Exceptional;
            FinishCompletion();
        }
    }

    private static Func<T> Wrap(Action runnable, T result) => () =>
    {
        runnable();
        return result;
    };

    private static bool IsSettled(FutureTask<T> future) => future._state > Completing;

    /// <summary>The state once any completion in progress has published its outcome.</summary>
    private int SettledState()
    {
        var state = _state;
        while (state == Completing)
        {
            Thread.Yield();
            state = _state;
        }

        return state;
    }

    /// <summary>Java's <c>awaitDone</c>: waits until the state is final or the time is up.</summary>
    /// <param name="timeoutTicks">Stopwatch ticks, 0 for "do not wait", or <see cref="Timeout.Infinite"/>.</param>
    /// <returns>The state seen last; still <see cref="New"/> or <see cref="Completing"/> when the time ran out.</returns>
    private int AwaitDone(long timeoutTicks)
    {
        var self = JThread.CurrentThread();

        // Java tests the state before the interrupt: a future caught completing is done, and Get returns its
        // outcome (leaving the flag set) rather than throwing.
        var state = _state;
        if (state >= Completing)
        {
            return SettledState();
        }

        if (self.IsInterrupted())
        {
            self.ThrowInterrupted();
        }

        if (timeoutTicks == 0)
        {
            return SettledIfCompleting();
        }

        var node = new WaitNode(self);
        while (true)
        {
            var head = Volatile.Read(ref _waiters);
            if (ReferenceEquals(head, s_completed))
            {
                return SettledState();
            }

            node.Next = head;
            if (ReferenceEquals(Interlocked.CompareExchange(ref _waiters, node, head), head))
            {
                break;
            }
        }

        WaitOutcome outcome;
        self.Blocker = this;
        try
        {
            outcome = self.ParkUntil(
                IsSettled,
                this,
                timeoutTicks,
                timeoutTicks == Timeout.Infinite ? JThreadState.Waiting : JThreadState.TimedWaiting);
        }
        finally
        {
            self.Blocker = null;
            node.Thread = null;
            RemoveWaiter();
        }

        if (outcome == WaitOutcome.Interrupted)
        {
            if (_state >= Completing)
            {
                return SettledState();
            }

            self.ThrowInterrupted();
        }

        return outcome == WaitOutcome.Satisfied ? _state : SettledIfCompleting();
    }

    // A completion caught half-way is as good as done: Java yields until it is.
    private int SettledIfCompleting() => _state == Completing ? SettledState() : _state;

    private T Report(int state)
    {
        if (state == Normal)
        {
            return _result!;
        }

        if (state >= Cancelled)
        {
            throw new CancellationException();
        }

        throw JavaText.Execution(_exception!);
    }

    /// <summary>Wakes every waiter, completes the <see cref="AsTask"/> task, runs <see cref="Done"/>, drops the task.</summary>
    private void FinishCompletion()
    {
        for (var node = Interlocked.Exchange(ref _waiters, s_completed); node is not null && !ReferenceEquals(node, s_completed); node = node.Next)
        {
            node.Thread?.Wake();
        }

        if (Volatile.Read(ref _completion) is { } completion)
        {
            Complete(completion);
        }

        Done();
        _callable = null;
        Volatile.Write(ref _task, null);
    }

    /// <summary>
    /// Java's <c>removeWaiter</c>: unlinks the nodes of waiters that left by timeout or interrupt, so a future that
    /// never completes does not collect them.
    /// </summary>
    private void RemoveWaiter()
    {
        while (true)
        {
            var restart = false;
            WaitNode? previous = null;
            for (var node = Volatile.Read(ref _waiters); node is not null && !ReferenceEquals(node, s_completed); node = node.Next)
            {
                if (node.Thread is not null)
                {
                    previous = node;
                }
                else if (previous is not null)
                {
                    previous.Next = node.Next;
                    if (previous.Thread is null)
                    {
                        restart = true;
                        break;
                    }
                }
                else if (!ReferenceEquals(Interlocked.CompareExchange(ref _waiters, node.Next, node), node))
                {
                    restart = true;
                    break;
                }
            }

            if (!restart)
            {
                return;
            }
        }
    }

    private void Complete(TaskCompletionSource<T> completion)
    {
        switch (SettledState())
        {
            case Normal:
                completion.TrySetResult(_result!);
                break;
            case Exceptional:
                completion.TrySetException(_exception!);
                break;
            case Interrupting:
            case InterruptedState:
            case Cancelled:
                completion.TrySetCanceled();
                break;
        }
    }

    /// <summary>
    /// Does not let the runner go on while a <see cref="Cancel(bool)"/> may still be delivering its interrupt, so the
    /// interrupt lands in this task and never in the worker's next one.
    /// </summary>
    private void WaitForCancellationInterrupt()
    {
        while (_state == Interrupting)
        {
            Thread.Yield();
        }
    }
}
