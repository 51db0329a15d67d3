using System.Globalization;

// _result is volatile for its plain reads and writes; Interlocked operations on it are full fences anyway.
#pragma warning disable CS0420

namespace JThreading.Concurrent;

/// <summary>
/// A future that any thread may complete, and a stage that other stages depend on: Java's
/// <c>java.util.concurrent.CompletableFuture</c>.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
/// <remarks>
/// <para>
/// Java's rules hold: <see cref="Join"/> and <see cref="GetNow"/> throw a <see cref="CompletionException"/> around the
/// cause, <see cref="Get()"/> throws an <see cref="ExecutionException"/> with the cause and is an interruption point,
/// <see cref="Join"/> is not (it keeps the interrupt flag set), <see cref="Cancel(bool)"/> never interrupts anything and
/// completes the future with a <see cref="CancellationException"/>. A dependent of a failed stage fails with a
/// <see cref="CompletionException"/> around the cause.
/// </para>
/// <para>
/// <see cref="AsTask"/> and <see cref="CompletableFutureTaskExtensions.ToCompletableFuture{T}(Task{T})"/> bridge to
/// <c>await</c>.
/// </para>
/// </remarks>
public partial class CompletableFuture<T> : CompletableFuture, IFuture<T>, ICompletionStage<T>
{
    /// <summary>A new future that has not completed.</summary>
    /// <remarks>Java's <c>CompletableFuture()</c>.</remarks>
    // The base can only be derived here (it stands for Java's CompletableFuture<?>); this type may be subclassed, as in
    // Java, and exposes nothing protected of the base.
#pragma warning disable RS0022
    public CompletableFuture()
#pragma warning restore RS0022
    {
    }

    internal CompletableFuture(Outcome outcome) => _result = outcome;

    /// <summary>Completes the future with <paramref name="value"/>, unless it has completed already.</summary>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> if this call completed the future.</returns>
    /// <remarks>Java's <c>complete(T)</c>; the dependents run on the calling thread before it returns.</remarks>
    public bool Complete(T value)
    {
        var triggered = CompleteValue(value);
        PostComplete();
        return triggered;
    }

    /// <summary>Completes the future with <paramref name="ex"/>, unless it has completed already.</summary>
    /// <param name="ex">The exception.</param>
    /// <returns><see langword="true"/> if this call completed the future.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ex"/> is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>completeExceptionally(Throwable)</c>.</remarks>
    public bool CompleteExceptionally(Exception ex)
    {
        ArgumentNullException.ThrowIfNull(ex);
        var triggered = CompleteOutcome(new Outcome(ex));
        PostComplete();
        return triggered;
    }

    /// <summary>Completes the future with a <see cref="CancellationException"/>, unless it has completed already.</summary>
    /// <param name="mayInterruptIfRunning">Ignored: nothing is interrupted, as in Java.</param>
    /// <returns><see langword="true"/> if the future is cancelled now.</returns>
    /// <remarks>Java's <c>cancel(boolean)</c>: dependents fail with a <see cref="CompletionException"/> around the <see cref="CancellationException"/>.</remarks>
    public bool Cancel(bool mayInterruptIfRunning)
    {
        var cancelled = _result is null && CompleteOutcome(new Outcome(new CancellationException()));
        PostComplete();
        return cancelled || IsCancelled();
    }

    /// <inheritdoc />
    public override bool IsDone() => _result is not null;

    /// <inheritdoc />
    public override bool IsCancelled() => _result?.Exception is CancellationException;

    /// <inheritdoc />
    public override bool IsCompletedExceptionally() => _result?.Exception is not null;

    /// <inheritdoc />
    public override int GetNumberOfDependents()
    {
        var count = 0;
        for (var p = _stack; p is not null; p = p.Next)
        {
            count++;
        }

        return count;
    }

    /// <summary>Waits for the future to complete and returns its value.</summary>
    /// <returns>The value.</returns>
    /// <exception cref="CancellationException">The future was cancelled.</exception>
    /// <exception cref="CompletionException">The future failed; <see cref="Exception.InnerException"/> is the cause.</exception>
    /// <remarks>
    /// Java's <c>join()</c>: not an interruption point; an interrupt during the wait is kept (the flag is set again on
    /// return).
    /// </remarks>
    public T Join() => ReportJoin(_result ?? WaitingGet(interruptible: false, Timeout.Infinite)!);

    /// <summary>The value if completed, else <paramref name="valueIfAbsent"/>.</summary>
    /// <param name="valueIfAbsent">What to return if the future has not completed.</param>
    /// <returns>The value, or <paramref name="valueIfAbsent"/>.</returns>
    /// <exception cref="CancellationException">The future was cancelled.</exception>
    /// <exception cref="CompletionException">The future failed; <see cref="Exception.InnerException"/> is the cause.</exception>
    /// <remarks>Java's <c>getNow(T)</c>.</remarks>
    public T GetNow(T valueIfAbsent) => _result is { } r ? ReportJoin(r) : valueIfAbsent;

    /// <inheritdoc cref="IFuture{T}.Get()" />
    /// <remarks>Java's <c>get()</c>: a <see cref="CompletionException"/> the future failed with is unwrapped to its cause.</remarks>
    public T Get() => ReportGet(_result ?? WaitingGet(interruptible: true, Timeout.Infinite));

    /// <inheritdoc cref="IFuture{T}.Get(long, TimeUnit)" />
    /// <remarks>Java's <c>get(long, TimeUnit)</c>.</remarks>
    public T Get(long timeout, TimeUnit unit)
    {
        if (_result is { } done)
        {
            return ReportGet(done);
        }

        var nanos = unit.ToNanos(timeout);
        var r = WaitingGet(interruptible: true, nanos <= 0 ? 0 : Math.Max(1, Timeouts.NanosToTicks(nanos)), timed: true);
        return ReportGet(r);
    }

    /// <inheritdoc />
    void IFuture.Get() => Get();

    /// <inheritdoc />
    void IFuture.Get(long timeout, TimeUnit unit) => Get(timeout, unit);

    /// <inheritdoc />
    public FutureState State() => _result switch
    {
        null => FutureState.Running,
        { Exception: null } => FutureState.Success,
        { Exception: CancellationException } => FutureState.Cancelled,
        _ => FutureState.Failed,
    };

    /// <inheritdoc />
    public T ResultNow() => _result switch
    {
        null => throw new InvalidOperationException(ExceptionMessages.TaskNotCompleted),
        Outcome<T> value => value.Value,
        { Exception: CancellationException } => throw new InvalidOperationException(ExceptionMessages.TaskCancelled),
        _ => throw new InvalidOperationException(ExceptionMessages.TaskCompletedWithException),
    };

    /// <inheritdoc />
    /// <remarks>Java 19's <c>exceptionNow()</c>: a <see cref="CompletionException"/> is unwrapped to its cause.</remarks>
    public Exception ExceptionNow() => _result switch
    {
        null => throw new InvalidOperationException(ExceptionMessages.TaskNotCompleted),
        { Exception: null } => throw new InvalidOperationException(ExceptionMessages.TaskCompletedWithResult),
        { Exception: CancellationException } => throw new InvalidOperationException(ExceptionMessages.TaskCancelled),
        { Exception: CompletionException { InnerException: { } cause } } => cause,
        { Exception: { } x } => x,
    };

    /// <summary>A <see cref="Task{TResult}"/> that completes when the future does, so .NET code can await it.</summary>
    /// <returns>
    /// A task completed with the value; cancelled if the future was cancelled; else faulted with the cause (a
    /// <see cref="CompletionException"/> unwrapped). Its continuations never run inline on the completing thread.
    /// </returns>
    /// <remarks>No Java counterpart; see <see cref="IFuture.AsTask"/> for awaiting under <c>RunMain</c>.</remarks>
    public Task<T> AsTask()
    {
        var source = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        var relay = new TaskRelay(this, source);
        if (_result is null)
        {
            UniPush(relay);
        }
        else
        {
            relay.TryFire(SyncMode);
        }

        return source.Task;
    }

    /// <inheritdoc />
    Task IFuture.AsTask() => AsTask();

    /// <summary>Sets the value, completed or not: for error recovery only.</summary>
    /// <param name="value">The value.</param>
    /// <remarks>Java's <c>obtrudeValue(T)</c>; dependents that already ran are not run again.</remarks>
    public void ObtrudeValue(T value)
    {
        _result = new Outcome<T>(value);
        PostComplete();
    }

    /// <summary>Sets the exception, completed or not: for error recovery only.</summary>
    /// <param name="ex">The exception.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ex"/> is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>obtrudeException(Throwable)</c>.</remarks>
    public void ObtrudeException(Exception ex)
    {
        ArgumentNullException.ThrowIfNull(ex);
        _result = new Outcome(ex);
        PostComplete();
    }

    /// <summary>Fails the future with a <see cref="TimeoutException"/> if it has not completed within the time.</summary>
    /// <param name="timeout">The time.</param>
    /// <param name="unit">The unit of <paramref name="timeout"/>.</param>
    /// <returns>This future.</returns>
    /// <remarks>Java 9's <c>orTimeout(long, TimeUnit)</c>; the timer is cancelled once the future completes.</remarks>
    public CompletableFuture<T> OrTimeout(long timeout, TimeUnit unit)
    {
        if (_result is null)
        {
            var timer = Delayer.Delay(
                () =>
                {
                    if (!IsDone())
                    {
                        CompleteExceptionally(new TimeoutException());
                    }
                },
                timeout,
                unit);
            WhenComplete(Delayer.Canceller<T>(timer));
        }

        return this;
    }

    /// <summary>Completes the future with <paramref name="value"/> if it has not completed within the time.</summary>
    /// <param name="value">The value to complete with.</param>
    /// <param name="timeout">The time.</param>
    /// <param name="unit">The unit of <paramref name="timeout"/>.</param>
    /// <returns>This future.</returns>
    /// <remarks>Java 9's <c>completeOnTimeout(T, long, TimeUnit)</c>.</remarks>
    public CompletableFuture<T> CompleteOnTimeout(T value, long timeout, TimeUnit unit)
    {
        if (_result is null)
        {
            var timer = Delayer.Delay(() => Complete(value), timeout, unit);
            WhenComplete(Delayer.Canceller<T>(timer));
        }

        return this;
    }

    /// <summary>Completes the future with <paramref name="supplier"/>'s value, run on the default asynchronous executor.</summary>
    /// <param name="supplier">The computation.</param>
    /// <returns>This future.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="supplier"/> is <see langword="null"/>.</exception>
    /// <remarks>Java 9's <c>completeAsync(Supplier)</c>.</remarks>
    public CompletableFuture<T> CompleteAsync(Func<T> supplier) => CompleteAsync(supplier, DefaultExecutor());

    /// <summary>Completes the future with <paramref name="supplier"/>'s value, run on <paramref name="executor"/>.</summary>
    /// <param name="supplier">The computation.</param>
    /// <param name="executor">The executor that runs it.</param>
    /// <returns>This future.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>Java 9's <c>completeAsync(Supplier, Executor)</c>.</remarks>
    public CompletableFuture<T> CompleteAsync(Func<T> supplier, IExecutor executor)
    {
        ArgumentNullException.ThrowIfNull(supplier);
        ArgumentNullException.ThrowIfNull(executor);
        executor.Execute(() =>
        {
            if (_result is null)
            {
                try
                {
                    CompleteValue(supplier());
                }
                catch (Exception ex)
                {
                    CompleteThrowable(ex);
                }
            }

            PostComplete();
        });
        return this;
    }

    /// <summary>A new future that completes as this one does (a failure wrapped in a <see cref="CompletionException"/>).</summary>
    /// <returns>The copy; completing it does not complete this future.</returns>
    /// <remarks>Java 9's <c>copy()</c>.</remarks>
    public CompletableFuture<T> Copy() => UniStage<T>(null, s_noFunction, static (d, r, _, _) => d.CompleteRelay(r));

    /// <summary>A new incomplete future of the kind every stage method returns: the hook subclasses override.</summary>
    /// <typeparam name="U">The value type.</typeparam>
    /// <returns>The new future.</returns>
    /// <remarks>Java 9's <c>newIncompleteFuture()</c>.</remarks>
    public virtual CompletableFuture<U> NewIncompleteFuture<U>() => new();

    /// <summary>The executor of the <c>Async</c> methods given none.</summary>
    /// <returns>The default executor.</returns>
    /// <remarks>Java 9's <c>defaultExecutor()</c>.</remarks>
    public virtual IExecutor DefaultExecutor() => DefaultAsyncExecutor.Instance;

    /// <inheritdoc />
    public CompletableFuture<T> ToCompletableFuture() => this;

    /// <summary>
    /// Java's form: <c>...CompletableFuture`1[System.Int32]@1b6d3586[Completed normally]</c>,
    /// <c>[Completed exceptionally: ...]</c>, <c>[Incomplete]</c> or <c>[Incomplete with 2 dependents]</c>.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var r = _result;
        string status;
        if (r is null)
        {
            var count = GetNumberOfDependents();
            status = count == 0 ? "[Incomplete]" : "[Incomplete with " + count.ToString(CultureInfo.InvariantCulture) + " dependents]";
        }
        else
        {
            status = r.Exception is { } x ? "[Completed exceptionally: " + JavaThrowableText(x) + "]" : "[Completed normally]";
        }

        return ObjectIdentity.Describe(this) + status;
    }

    // Java's Throwable.toString(): the type, then the message, without a stack trace; never throws.
    private static string JavaThrowableText(Exception x)
    {
        var message = SafeText.Message(x);
        return message.Length == 0 ? SafeText.TypeName(x) : SafeText.TypeName(x) + ": " + message;
    }

    internal bool CompleteValue(T value) => CompleteOutcome(new Outcome<T>(value));

    /// <summary>Java's <c>completeRelay</c>: the outcome of another future of this type, its failure wrapped.</summary>
    internal bool CompleteRelay(Outcome r) => r.Exception is { } x ? CompleteThrowable(x, r) : CompleteOutcome(r);

    private static T ReportJoin(Outcome r)
    {
        if (r.Exception is not { } x)
        {
            return ((Outcome<T>)r).Value;
        }

        if (x is CancellationException or CompletionException)
        {
            throw x;
        }

        throw new CompletionException(x);
    }

    private static T ReportGet(Outcome? r)
    {
        if (r is null)
        {
            throw new InterruptedException(ExceptionMessages.Interrupted);
        }

        if (r.Exception is not { } x)
        {
            return ((Outcome<T>)r).Value;
        }

        if (x is CancellationException)
        {
            throw x;
        }

        if (x is CompletionException { InnerException: { } cause })
        {
            x = cause;
        }

        throw JavaText.Execution(x);
    }

    /// <summary>
    /// Java's <c>waitingGet</c> and <c>timedGet</c>: waits on the thread's parker with a signaller in the stack.
    /// </summary>
    /// <returns>The outcome; <see langword="null"/> if interrupted (flag cleared).</returns>
    /// <exception cref="TimeoutException">The time passed first.</exception>
    private Outcome? WaitingGet(bool interruptible, long timeoutTicks, bool timed = false)
    {
        var self = JThread.CurrentThread();
        if (interruptible && JThread.Interrupted())
        {
            return null;
        }

        var restoreInterrupt = false;
        var interrupted = false;
        Outcome? r;
        if ((r = _result) is null && timeoutTicks != 0)
        {
            var signaller = new Signaller(self);
            while ((r = _result) is null && !TryPushStack(signaller))
            {
            }

            var deadline = timeoutTicks < 0 ? long.MaxValue : System.Diagnostics.Stopwatch.GetTimestamp() + timeoutTicks;
            self.Blocker = this;
            try
            {
                while ((r = _result) is null)
                {
                    var remaining = timeoutTicks < 0 ? Timeout.Infinite : deadline - System.Diagnostics.Stopwatch.GetTimestamp();
                    if (timeoutTicks >= 0 && remaining <= 0)
                    {
                        break;
                    }

                    var outcome = self.ParkUntil(
                        static f => f._result is not null,
                        this,
                        remaining,
                        timeoutTicks < 0 ? JThreadState.Waiting : JThreadState.TimedWaiting);
                    if (outcome == WaitOutcome.Interrupted)
                    {
                        if (interruptible)
                        {
                            interrupted = true;
                            break;
                        }

                        // Join keeps waiting and sets the flag again on return, as Java's does.
                        JThread.Interrupted();
                        restoreInterrupt = true;
                    }
                }
            }
            finally
            {
                self.Blocker = null;
                signaller.Thread = null;
            }

            r = _result;
            if (r is null)
            {
                CleanStack();
            }
        }

        if (restoreInterrupt)
        {
            self.Interrupt();
        }

        if (r is not null)
        {
            PostComplete();
            return r;
        }

        if (interrupted)
        {
            JThread.Interrupted();
            return null;
        }

        if (timed)
        {
            throw new TimeoutException();
        }

        return null;
    }

    /// <summary>Java's <c>Signaller</c>: a waiting thread in the stack, woken when the future completes.</summary>
    private sealed class Signaller(JThread thread) : Completion(null)
    {
        private volatile JThread? _thread = thread;

        internal JThread? Thread
        {
            get => _thread;
            set => _thread = value;
        }

        internal override CompletableFuture? TryFire(int mode)
        {
            if (_thread is { } t)
            {
                _thread = null;
                t.Wake();
            }

            return null;
        }

        internal override bool IsLive() => _thread is not null;
    }

    /// <summary>Passes the outcome to the task of <see cref="AsTask"/>.</summary>
    private sealed class TaskRelay(CompletableFuture<T> source, TaskCompletionSource<T> completion) : Completion(null)
    {
        private TaskCompletionSource<T>? _completion = completion;

        internal override CompletableFuture? TryFire(int mode)
        {
            if (source._result is not { } r || Interlocked.Exchange(ref _completion, null) is not { } tcs)
            {
                return null;
            }

            switch (r.Exception)
            {
                case null:
                    tcs.TrySetResult(((Outcome<T>)r).Value);
                    break;
                case CancellationException:
                    tcs.TrySetCanceled();
                    break;
                case CompletionException { InnerException: { } cause }:
                    tcs.TrySetException(cause);
                    break;
                case { } x:
                    tcs.TrySetException(x);
                    break;
            }

            return null;
        }

        internal override bool IsLive() => Volatile.Read(ref _completion) is not null;
    }
}
