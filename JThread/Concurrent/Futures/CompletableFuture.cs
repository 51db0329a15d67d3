using System.Diagnostics;

// _result and _stack are volatile for their plain reads and writes; Interlocked operations on them are full fences anyway.
#pragma warning disable CS0420

namespace JThreading.Concurrent;

/// <summary>
/// What every <see cref="CompletableFuture{T}"/> shares whatever its value type: the static factories, and Java's
/// <c>CompletableFuture&lt;?&gt;</c> for <see cref="AllOf"/> and <see cref="AnyOf"/>.
/// </summary>
/// <remarks>
/// <para>
/// Java's <c>java.util.concurrent.CompletableFuture</c>, split as <see cref="Task"/> and <see cref="Task{TResult}"/>
/// are: <c>CompletableFuture.supplyAsync(() -&gt; 42)</c> ports as <c>CompletableFuture.SupplyAsync(() =&gt; 42)</c>.
/// </para>
/// <para>
/// As in Java, completion takes no lock: the outcome is published by one compare-and-swap, and the dependent stages
/// wait in a lock-free (Treiber) stack that the completing thread pops and fires one at a time, so a chain of any length
/// completes without deepening the stack.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var price = CompletableFuture.SupplyAsync(() =&gt; shop.GetPrice("phone"))
///     .ThenCombine(CompletableFuture.SupplyAsync(() =&gt; rates.Get("EUR")), (p, r) =&gt; p * r)
///     .Exceptionally(_ =&gt; 0.0);
/// Console.WriteLine(price.Join());
/// </code>
/// </example>
[DebuggerDisplay("{" + nameof(ToString) + "(),nq}")]
public abstract class CompletableFuture
{
    // Java's modes of tryFire.
    internal const int SyncMode = 0;
    internal const int AsyncMode = 1;
    internal const int NestedMode = -1;

    // Null until completed; then the outcome, never changed again (except by Obtrude*).
    private protected volatile Outcome? _result;

    // The dependents: a Treiber stack of completions, fired once the result is set.
    private protected volatile Completion? _stack;

    private protected CompletableFuture()
    {
    }

    /// <summary>A new future completed by <paramref name="supplier"/>'s value, run on the default asynchronous executor.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="supplier">The computation.</param>
    /// <returns>The future; it fails with a <see cref="CompletionException"/> around what <paramref name="supplier"/> throws.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="supplier"/> is <see langword="null"/>.</exception>
    /// <remarks>
    /// Java's <c>supplyAsync(Supplier)</c>. The default executor is Java's: <see cref="ForkJoinPool.CommonPool"/>, whose
    /// daemon workers never keep the process alive, or, when the common pool's parallelism is 1 (two processors or
    /// fewer), a new <see cref="JThread"/> per task, which inherits daemon status from the calling thread, so a pending
    /// task started by a non-daemon thread holds the process as on the JVM.
    /// </remarks>
    public static CompletableFuture<T> SupplyAsync<T>(Func<T> supplier) => SupplyAsync(supplier, DefaultAsyncExecutor.Instance);

    /// <summary>A new future completed by <paramref name="supplier"/>'s value, run on <paramref name="executor"/>.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="supplier">The computation.</param>
    /// <param name="executor">The executor that runs it.</param>
    /// <returns>The future; it fails with a <see cref="CompletionException"/> around what <paramref name="supplier"/> throws.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="RejectedExecutionException"><paramref name="executor"/> rejected the task.</exception>
    /// <remarks>Java's <c>supplyAsync(Supplier, Executor)</c>.</remarks>
    public static CompletableFuture<T> SupplyAsync<T>(Func<T> supplier, IExecutor executor)
    {
        ArgumentNullException.ThrowIfNull(supplier);
        ArgumentNullException.ThrowIfNull(executor);
        var future = new CompletableFuture<T>();
        executor.Execute(new AsyncSupply<T>(future, supplier).Run);
        return future;
    }

    /// <summary>A new future completed with <see langword="null"/> once <paramref name="runnable"/> has run on the default asynchronous executor.</summary>
    /// <param name="runnable">The task.</param>
    /// <returns>The future; it fails with a <see cref="CompletionException"/> around what <paramref name="runnable"/> throws.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="runnable"/> is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>runAsync(Runnable)</c>; see <see cref="SupplyAsync{T}(Func{T})"/> for the executor.</remarks>
    public static CompletableFuture<object?> RunAsync(Action runnable) => RunAsync(runnable, DefaultAsyncExecutor.Instance);

    /// <summary>A new future completed with <see langword="null"/> once <paramref name="runnable"/> has run on <paramref name="executor"/>.</summary>
    /// <param name="runnable">The task.</param>
    /// <param name="executor">The executor that runs it.</param>
    /// <returns>The future; it fails with a <see cref="CompletionException"/> around what <paramref name="runnable"/> throws.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="RejectedExecutionException"><paramref name="executor"/> rejected the task.</exception>
    /// <remarks>Java's <c>runAsync(Runnable, Executor)</c>.</remarks>
    public static CompletableFuture<object?> RunAsync(Action runnable, IExecutor executor)
    {
        ArgumentNullException.ThrowIfNull(runnable);
        ArgumentNullException.ThrowIfNull(executor);
        var future = new CompletableFuture<object?>();
        executor.Execute(new AsyncSupply<object?>(future, runnable, static r => { ((Action)r)(); return null; }).Run);
        return future;
    }

    /// <summary>A new future already completed with <paramref name="value"/>.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The future.</returns>
    /// <remarks>Java's <c>completedFuture(U)</c>.</remarks>
    public static CompletableFuture<T> CompletedFuture<T>(T value) => new(new Outcome<T>(value));

    /// <summary>A new future already completed with <paramref name="ex"/>.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="ex">The exception.</param>
    /// <returns>The future.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ex"/> is <see langword="null"/>.</exception>
    /// <remarks>Java 9's <c>failedFuture(Throwable)</c>.</remarks>
    public static CompletableFuture<T> FailedFuture<T>(Exception ex)
    {
        ArgumentNullException.ThrowIfNull(ex);
        return new(new Outcome(ex));
    }

    /// <summary>A new stage already completed with <paramref name="value"/>.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The stage.</returns>
    /// <remarks>Java 9's <c>completedStage(U)</c>; the stage is a full <see cref="CompletableFuture{T}"/>, not Java's minimal one.</remarks>
    public static ICompletionStage<T> CompletedStage<T>(T value) => CompletedFuture(value);

    /// <summary>A new stage already completed with <paramref name="ex"/>.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="ex">The exception.</param>
    /// <returns>The stage.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ex"/> is <see langword="null"/>.</exception>
    /// <remarks>Java 9's <c>failedStage(Throwable)</c>; the stage is a full <see cref="CompletableFuture{T}"/>, not Java's minimal one.</remarks>
    public static ICompletionStage<T> FailedStage<T>(Exception ex) => FailedFuture<T>(ex);

    /// <summary>A new future that completes with <see langword="null"/> once every one of <paramref name="cfs"/> has completed.</summary>
    /// <param name="cfs">The futures, of any value types.</param>
    /// <returns>
    /// The future: completed at once if <paramref name="cfs"/> is empty; if any failed, it fails with a
    /// <see cref="CompletionException"/> around the failure of the first failed one in the array.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="cfs"/> or one of its elements is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>allOf(CompletableFuture&lt;?&gt;...)</c>.</remarks>
    public static CompletableFuture<object?> AllOf(params CompletableFuture[] cfs)
    {
        ArgumentNullException.ThrowIfNull(cfs);
        foreach (var cf in cfs)
        {
            ArgumentNullException.ThrowIfNull(cf, nameof(cfs));
        }

        var future = new CompletableFuture<object?>();
        if (cfs.Length == 0)
        {
            future.CompleteValue(null);
            return future;
        }

        var shared = new AllOfCompletion.Shared(future, (CompletableFuture[])cfs.Clone());
        foreach (var cf in shared.Sources)
        {
            var completion = new AllOfCompletion(cf, shared);
            if (cf._result is null)
            {
                cf.UniPush(completion);
            }
            else
            {
                completion.TryFire(SyncMode);
            }
        }

        return future;
    }

    /// <summary>A new future that completes as the first of <paramref name="cfs"/> to complete does.</summary>
    /// <param name="cfs">The futures, of any value types.</param>
    /// <returns>
    /// The future, with the first one's value, or failed with a <see cref="CompletionException"/> around its failure;
    /// it never completes if <paramref name="cfs"/> is empty.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="cfs"/> or one of its elements is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>anyOf(CompletableFuture&lt;?&gt;...)</c>: of futures completed already, the first in the array wins.</remarks>
    public static CompletableFuture<object?> AnyOf(params CompletableFuture[] cfs)
    {
        ArgumentNullException.ThrowIfNull(cfs);
        foreach (var cf in cfs)
        {
            ArgumentNullException.ThrowIfNull(cf, nameof(cfs));
        }

        var future = new CompletableFuture<object?>();
        foreach (var cf in cfs)
        {
            if (cf._result is { } done)
            {
                future.CompleteRelayBoxed(done);
                return future;
            }
        }

        var sources = (CompletableFuture[])cfs.Clone();
        foreach (var cf in sources)
        {
            var completion = new AnyOfCompletion(future, cf, sources);
            cf.UniPush(completion);
            if (future._result is not null)
            {
                break;
            }
        }

        if (future._result is not null)
        {
            // Java's anyOf: drop the dead completions left on the others.
            foreach (var cf in sources)
            {
                if (cf._result is null)
                {
                    cf.CleanStack();
                }
            }
        }

        return future;
    }

    /// <summary>An executor that hands each task to the default asynchronous executor after <paramref name="delay"/>.</summary>
    /// <param name="delay">How long to wait.</param>
    /// <param name="unit">The unit of <paramref name="delay"/>.</param>
    /// <returns>The executor.</returns>
    /// <remarks>
    /// Java 9's <c>delayedExecutor(long, TimeUnit)</c>. The delays are kept by one daemon thread,
    /// <c>CompletableFutureDelayScheduler</c>, so a pending delay does not keep the process alive.
    /// </remarks>
    public static IExecutor DelayedExecutor(long delay, TimeUnit unit) => DelayedExecutor(delay, unit, DefaultAsyncExecutor.Instance);

    /// <summary>An executor that hands each task to <paramref name="executor"/> after <paramref name="delay"/>.</summary>
    /// <param name="delay">How long to wait.</param>
    /// <param name="unit">The unit of <paramref name="delay"/>.</param>
    /// <param name="executor">The executor that runs the tasks.</param>
    /// <returns>The executor.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="executor"/> is <see langword="null"/>.</exception>
    /// <remarks>Java 9's <c>delayedExecutor(long, TimeUnit, Executor)</c>; see <see cref="DelayedExecutor(long, TimeUnit)"/>.</remarks>
    public static IExecutor DelayedExecutor(long delay, TimeUnit unit, IExecutor executor)
    {
        ArgumentNullException.ThrowIfNull(executor);
        return new Delayer.DelayedExecutor(delay, unit, executor);
    }

    /// <summary>Whether the future has completed: normally, exceptionally or by cancellation.</summary>
    /// <returns><see langword="true"/> once completed.</returns>
    /// <remarks>Java's <c>isDone()</c>.</remarks>
    public abstract bool IsDone();

    /// <summary>Whether the future was cancelled before it completed otherwise.</summary>
    /// <returns><see langword="true"/> if it completed with a <see cref="CancellationException"/>.</returns>
    /// <remarks>Java's <c>isCancelled()</c>: a dependent of a cancelled stage is not cancelled itself (it failed).</remarks>
    public abstract bool IsCancelled();

    /// <summary>Whether the future completed exceptionally, cancellation included.</summary>
    /// <returns><see langword="true"/> if it completed with an exception.</returns>
    /// <remarks>Java's <c>isCompletedExceptionally()</c>.</remarks>
    public abstract bool IsCompletedExceptionally();

    /// <summary>About how many stages and waiting threads wait for this future to complete.</summary>
    /// <returns>The count, for monitoring, not for synchronization.</returns>
    /// <remarks>Java's <c>getNumberOfDependents()</c>.</remarks>
    public abstract int GetNumberOfDependents();

    /// <summary>The outcome if completed, else <see langword="null"/>.</summary>
    internal Outcome? Result => _result;

    internal bool TryPushStack(Completion completion)
    {
        var head = _stack;
        completion.Next = head;
        return ReferenceEquals(Interlocked.CompareExchange(ref _stack, completion, head), head);
    }

    internal void PushStack(Completion completion)
    {
        while (!TryPushStack(completion))
        {
        }
    }

    /// <summary>Java's <c>unipush</c>: pushes unless completed, then fires it if the future completed meanwhile.</summary>
    internal void UniPush(Completion completion)
    {
        while (!TryPushStack(completion))
        {
            if (_result is not null)
            {
                completion.Next = null;
                break;
            }
        }

        if (_result is not null)
        {
            completion.TryFire(SyncMode);
        }
    }

    /// <summary>
    /// Java's <c>postComplete</c>: pops and fires every dependent, and the dependents of each dependent it completes,
    /// in one loop: a dependent's own stack is pushed onto this one instead of being handled by a nested call.
    /// </summary>
    internal void PostComplete()
    {
        CompletableFuture f = this;
        Completion? h;
        while ((h = f._stack) is not null || (!ReferenceEquals(f, this) && (h = (f = this)._stack) is not null))
        {
            var t = h.Next;
            if (ReferenceEquals(Interlocked.CompareExchange(ref f._stack, t, h), h))
            {
                if (t is not null)
                {
                    if (!ReferenceEquals(f, this))
                    {
                        PushStack(h);
                        continue;
                    }

                    Interlocked.CompareExchange(ref h.NextRef, null, t);
                }

                f = h.TryFire(NestedMode) ?? this;
            }
        }
    }

    /// <summary>Java's <c>cleanStack</c>: unlinks dead completions (fired "either" stages, waiters that left).</summary>
    internal void CleanStack()
    {
        var p = _stack;
        for (var unlinked = false; ;)
        {
            if (p is null)
            {
                return;
            }

            if (p.IsLive())
            {
                if (unlinked)
                {
                    return;
                }

                break;
            }

            var next = p.Next;
            if (ReferenceEquals(Interlocked.CompareExchange(ref _stack, next, p), p))
            {
                unlinked = true;
                p = next;
            }
            else
            {
                p = _stack;
            }
        }

        for (var q = p.Next; q is not null;)
        {
            var s = q.Next;
            if (q.IsLive())
            {
                p = q;
                q = s;
            }
            else if (ReferenceEquals(Interlocked.CompareExchange(ref p.NextRef, s, q), q))
            {
                break;
            }
            else
            {
                q = p.Next;
            }
        }
    }

    /// <summary>Java's <c>postFire</c> for a dependent of <paramref name="source"/>: helps both finish their stacks.</summary>
    internal CompletableFuture? PostFire(CompletableFuture? source, int mode)
    {
        if (source is not null && source._stack is not null)
        {
            var r = source._result;
            if (r is null)
            {
                source.CleanStack();
            }

            if (mode >= 0 && (r is not null || source._result is not null))
            {
                source.PostComplete();
            }
        }

        return PostFireSelf(mode);
    }

    /// <summary>Java's <c>postFire</c> for a dependent of two sources.</summary>
    internal CompletableFuture? PostFire(CompletableFuture? first, CompletableFuture? second, int mode)
    {
        if (second is not null && second._stack is not null)
        {
            var r = second._result;
            if (r is null)
            {
                second.CleanStack();
            }

            if (mode >= 0 && (r is not null || second._result is not null))
            {
                second.PostComplete();
            }
        }

        return PostFire(first, mode);
    }

    private CompletableFuture? PostFireSelf(int mode)
    {
        if (_result is not null && _stack is not null)
        {
            if (mode < 0)
            {
                return this;
            }

            PostComplete();
        }

        return null;
    }

    /// <summary>Sets the outcome unless completed; does not fire the dependents.</summary>
    internal bool CompleteOutcome(Outcome outcome) => Interlocked.CompareExchange(ref _result, outcome, null) is null;

    /// <summary>Java's <c>completeThrowable(x)</c>: <paramref name="x"/> wrapped in a <see cref="CompletionException"/> unless it is one.</summary>
    internal bool CompleteThrowable(Exception x) => CompleteOutcome(new Outcome(Wrap(x)));

    /// <summary>Java's <c>completeThrowable(x, r)</c>: propagates the failure of <paramref name="r"/>, reusing it when it is wrapped already.</summary>
    internal bool CompleteThrowable(Exception x, Outcome r) =>
        CompleteOutcome(x is CompletionException ? (ReferenceEquals(r.Exception, x) ? r : new Outcome(x)) : new Outcome(new CompletionException(x)));

    /// <summary>Completes a <c>CompletableFuture&lt;object?&gt;</c> with another future's outcome (Java's <c>encodeRelay</c>).</summary>
    internal bool CompleteRelayBoxed(Outcome r) =>
        r.Exception is { } x ? CompleteThrowable(x, r) : CompleteOutcome(r.Box());

    internal static Exception Wrap(Exception x) => x as CompletionException ?? new CompletionException(x);

    /// <summary>The outcome of a future: a value (<see cref="Outcome{T}"/>) or an exception (this type).</summary>
    internal class Outcome(Exception? exception)
    {
        internal Exception? Exception { get; } = exception;

        /// <summary>This outcome as one of a <c>CompletableFuture&lt;object?&gt;</c>.</summary>
        internal virtual Outcome Box() => this;
    }

    /// <summary>A value outcome.</summary>
    internal sealed class Outcome<T>(T value) : Outcome(null)
    {
        internal T Value { get; } = value;

        internal override Outcome Box() => this is Outcome<object?> ? this : new Outcome<object?>(Value);
    }

    /// <summary>A dependent action waiting in a future's stack: Java's <c>Completion</c>.</summary>
    internal abstract class Completion
    {
        internal Completion? NextRef;

        // Java's ForkJoinTask tag: who claimed the right to run the action.
        private int _claimed;

        internal Completion(IExecutor? executor) => Executor = executor;

        internal Completion? Next
        {
            get => Volatile.Read(ref NextRef);
            set => Volatile.Write(ref NextRef, value);
        }

        internal IExecutor? Executor { get; private set; }

        /// <summary>Fires if its sources have completed.</summary>
        /// <returns>The dependent it completed, if that one has dependents of its own and <paramref name="mode"/> is nested.</returns>
        internal abstract CompletableFuture? TryFire(int mode);

        /// <summary>Whether it may still fire; a fired or abandoned completion is dead and may be unlinked.</summary>
        internal abstract bool IsLive();

        /// <summary>What an executor runs: fires in the asynchronous mode.</summary>
        internal void Run() => TryFire(AsyncMode);

        /// <summary>
        /// Java's <c>claim</c>: only one caller wins; with no executor it runs the action itself, otherwise it hands
        /// the completion to the executor and returns <see langword="false"/>.
        /// </summary>
        internal bool Claim()
        {
            var executor = Executor;
            if (Interlocked.CompareExchange(ref _claimed, 1, 0) == 0)
            {
                if (executor is null)
                {
                    return true;
                }

                Executor = null;
                executor.Execute(Run);
            }

            return false;
        }
    }

    /// <summary>Java's <c>AsyncSupply</c> and <c>AsyncRun</c>: the task SupplyAsync and RunAsync hand to the executor.</summary>
    private sealed class AsyncSupply<T>(CompletableFuture<T> future, object fn, Func<object, T> call)
    {
        private CompletableFuture<T>? _future = future;
        private object? _fn = fn;

        internal AsyncSupply(CompletableFuture<T> future, Func<T> supplier)
            : this(future, supplier, static s => ((Func<T>)s)())
        {
        }

        internal void Run()
        {
            var d = _future;
            var f = _fn;
            if (d is null || f is null)
            {
                return;
            }

            _future = null;
            _fn = null;
            if (d._result is null)
            {
                try
                {
                    d.CompleteValue(call(f));
                }
                catch (Exception ex)
                {
                    d.CompleteThrowable(ex);
                }
            }

            d.PostComplete();
        }
    }

    /// <summary>One source of <see cref="AllOf"/>; the last source to complete completes the future.</summary>
    private sealed class AllOfCompletion(CompletableFuture source, AllOfCompletion.Shared shared) : Completion(null)
    {
        private CompletableFuture? _source = source;

        internal override CompletableFuture? TryFire(int mode)
        {
            var a = _source;
            if (a?._result is null || !Claim())
            {
                return null;
            }

            _source = null;
            var d = shared.Future;
            if (Interlocked.Decrement(ref shared.Remaining) == 0)
            {
                // As Java's tree of relays: the failure reported is that of the first failed source in the array.
                Outcome? failed = null;
                foreach (var cf in shared.Sources)
                {
                    if (cf._result is { Exception: not null } r)
                    {
                        failed = r;
                        break;
                    }
                }

                if (failed is null)
                {
                    d.CompleteValue(null);
                }
                else
                {
                    d.CompleteThrowable(failed.Exception!, failed);
                }
            }

            return d.PostFire(a, mode);
        }

        internal override bool IsLive() => _source is not null;

        internal sealed class Shared(CompletableFuture<object?> future, CompletableFuture[] sources)
        {
            internal int Remaining = sources.Length;

            internal CompletableFuture<object?> Future { get; } = future;

            internal CompletableFuture[] Sources { get; } = sources;
        }
    }

    /// <summary>One source of <see cref="AnyOf"/>; the first source to complete completes the future.</summary>
    private sealed class AnyOfCompletion(CompletableFuture<object?> future, CompletableFuture source, CompletableFuture[] sources)
        : Completion(null)
    {
        private CompletableFuture<object?>? _future = future;
        private CompletableFuture? _source = source;
        private CompletableFuture[]? _sources = sources;

        internal override CompletableFuture? TryFire(int mode)
        {
            var d = _future;
            var a = _source;
            var all = _sources;
            if (d is null || a?._result is not { } r || all is null)
            {
                return null;
            }

            _future = null;
            _source = null;
            _sources = null;
            if (d.CompleteRelayBoxed(r))
            {
                foreach (var other in all)
                {
                    if (!ReferenceEquals(other, a))
                    {
                        other.CleanStack();
                    }
                }

                if (mode < 0)
                {
                    return d;
                }

                d.PostComplete();
            }

            return null;
        }

        internal override bool IsLive() => _future is { _result: null };
    }
}
