using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace JThreading.Concurrent;

/// <summary>
/// An executor service that runs tasks on a pool of worker <see cref="JThread"/>s: Java's
/// <c>java.util.concurrent.ThreadPoolExecutor</c>, with its sizing rules, queueing, rejection policies and hooks.
/// </summary>
/// <remarks>
/// <para>
/// A new task starts a new worker while fewer than <see cref="GetCorePoolSize"/> run; otherwise it is queued; when
/// the queue is full it starts a worker up to <see cref="GetMaximumPoolSize"/>; beyond that it is rejected through
/// the <see cref="IRejectedExecutionHandler"/>. Workers above the core size (and core ones with
/// <see cref="AllowCoreThreadTimeOut(bool)"/>) end after <see cref="GetKeepAliveTime"/> without work.
/// </para>
/// <para>
/// Workers are JThreads made by the <see cref="IThreadFactory"/>, so the JVM's exit rules hold: with the default
/// factory they are non-daemon threads, and a pool that is never shut down keeps the process alive and shows in
/// <c>JRuntime.KeepAliveSnapshot</c>. <see cref="ShutdownNow"/> interrupts them. An exception from a command given to
/// <see cref="Execute"/> ends its worker through the uncaught-exception dispatch (Java's
/// <c>Exception in thread "pool-1-thread-1" ...</c>), after the pool has replaced the worker; a submitted task's
/// exception is kept in its future and reaches <see cref="IFuture.Get()"/> as <see cref="ExecutionException"/>.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var pool = new ThreadPoolExecutor(2, 4, 30, TimeUnit.Seconds, new LinkedBlockingQueue&lt;Action&gt;(100));
/// IFuture&lt;int&gt; answer = pool.Submit(() => 42);
/// Console.WriteLine(answer.Get());
/// pool.Shutdown();
/// </code>
/// </example>
[DebuggerDisplay("{" + nameof(ToString) + "(),nq}")]
public partial class ThreadPoolExecutor : AbstractExecutorService
{
    // Java's ctl: the run state in the top three bits, the worker count in the rest, changed together by CAS.
    private const int CountBits = 29;
    private const int CountMask = (1 << CountBits) - 1;
    private const int RunningState = -1 << CountBits;
    private const int ShutdownState = 0 << CountBits;
    private const int StopState = 1 << CountBits;
    private const int TidyingState = 2 << CountBits;
    private const int TerminatedState = 3 << CountBits;

    private static readonly IRejectedExecutionHandler s_defaultHandler = new AbortPolicy();

    private readonly IBlockingQueue<Action> _workQueue;

    // Guards _workers, _largestPoolSize and _completedTaskCount, and orders shutdown with adding workers.
    private readonly Lock _mainLock = new();
    private readonly HashSet<Worker> _workers = [];
    private readonly TerminationSignal _termination = new();
    private int _ctl = RunningState;
    private int _largestPoolSize;
    private long _completedTaskCount;

    private volatile IThreadFactory _threadFactory;
    private volatile IRejectedExecutionHandler _handler;
    private volatile int _corePoolSize;
    private volatile int _maximumPoolSize;
    private volatile bool _allowCoreThreadTimeOut;
    private long _keepAliveNanos;

#pragma warning disable RS0026, RS0027 // The optional-factory overloads stay as they are; the lambda-factory overloads beside them are pinned (Java's lambda ThreadFactory), and [OverloadResolutionPriority] keeps a bare null on the first.
    /// <summary>Creates a pool.</summary>
    /// <param name="corePoolSize">Workers kept even when idle (unless <see cref="AllowCoreThreadTimeOut(bool)"/>).</param>
    /// <param name="maximumPoolSize">The most workers at once.</param>
    /// <param name="keepAliveTime">How long a worker above the core size waits for work before it ends.</param>
    /// <param name="unit">The unit of <paramref name="keepAliveTime"/>.</param>
    /// <param name="workQueue">Where tasks wait for a worker; only tasks given to <see cref="Execute"/> go there.</param>
    /// <param name="threadFactory">Makes the workers; <see langword="null"/> means <see cref="Executors.DefaultThreadFactory"/>.</param>
    /// <param name="handler">What happens to a task the pool cannot take; <see langword="null"/> means <see cref="AbortPolicy"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="corePoolSize"/> or <paramref name="keepAliveTime"/> is negative, or <paramref name="maximumPoolSize"/> is 0 or less.
    /// </exception>
    /// <exception cref="ArgumentException"><paramref name="maximumPoolSize"/> is below <paramref name="corePoolSize"/>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="workQueue"/> is <see langword="null"/>.</exception>
    /// <remarks>Java's seven-argument constructor; its <c>IllegalArgumentException</c> is .NET's argument exceptions.</remarks>
    [OverloadResolutionPriority(1)]
    public ThreadPoolExecutor(int corePoolSize, int maximumPoolSize, long keepAliveTime, TimeUnit unit,
        IBlockingQueue<Action> workQueue, IThreadFactory? threadFactory = null, IRejectedExecutionHandler? handler = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(corePoolSize);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maximumPoolSize);
        ArgumentOutOfRangeException.ThrowIfNegative(keepAliveTime);
        if (maximumPoolSize < corePoolSize)
        {
            throw new ArgumentException(ExceptionMessages.MaximumPoolSizeOutOfRange, nameof(maximumPoolSize));
        }

        ArgumentNullException.ThrowIfNull(workQueue);
        _corePoolSize = corePoolSize;
        _maximumPoolSize = maximumPoolSize;
        _workQueue = workQueue;
        _keepAliveNanos = unit.ToNanos(keepAliveTime);
        _threadFactory = threadFactory ?? Executors.DefaultThreadFactory();
        _handler = handler ?? s_defaultHandler;
    }

    /// <summary>Creates a pool whose workers a lambda makes.</summary>
    /// <param name="corePoolSize">Workers kept even when idle (unless <see cref="AllowCoreThreadTimeOut(bool)"/>).</param>
    /// <param name="maximumPoolSize">The most workers at once.</param>
    /// <param name="keepAliveTime">How long a worker above the core size waits for work before it ends.</param>
    /// <param name="unit">The unit of <paramref name="keepAliveTime"/>.</param>
    /// <param name="workQueue">Where tasks wait for a worker; only tasks given to <see cref="Execute"/> go there.</param>
    /// <param name="threadFactory">Makes each worker from the task it must run: Java's <c>ThreadFactory</c> as a lambda.</param>
    /// <param name="handler">What happens to a task the pool cannot take; <see langword="null"/> means <see cref="AbortPolicy"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="corePoolSize"/> or <paramref name="keepAliveTime"/> is negative, or <paramref name="maximumPoolSize"/> is 0 or less.
    /// </exception>
    /// <exception cref="ArgumentException"><paramref name="maximumPoolSize"/> is below <paramref name="corePoolSize"/>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="workQueue"/> or <paramref name="threadFactory"/> is <see langword="null"/>.</exception>
    /// <remarks>Java's six- and seven-argument constructors called with a lambda factory.</remarks>
    public ThreadPoolExecutor(int corePoolSize, int maximumPoolSize, long keepAliveTime, TimeUnit unit,
        IBlockingQueue<Action> workQueue, Func<Action, JThread> threadFactory, IRejectedExecutionHandler? handler = null)
        : this(corePoolSize, maximumPoolSize, keepAliveTime, unit, workQueue,
            DelegateThreadFactory.From(threadFactory, nameof(threadFactory)), handler)
    {
    }
#pragma warning restore RS0026, RS0027

    /// <summary>Runs <paramref name="command"/> on a worker, now or once one is free; rejects it if the pool cannot take it.</summary>
    /// <param name="command">The command.</param>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> is <see langword="null"/>.</exception>
    /// <exception cref="RejectedExecutionException">The pool is shut down or full, and the handler (by default <see cref="AbortPolicy"/>) rejects it.</exception>
    /// <remarks>
    /// Java's <c>execute(Runnable)</c>. An exception the command throws ends its worker through the uncaught-exception
    /// dispatch, after a new worker has taken its place.
    /// </remarks>
    public override void Execute(Action command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var c = Volatile.Read(ref _ctl);
        if (WorkerCountOf(c) < _corePoolSize)
        {
            if (AddWorker(command, core: true))
            {
                return;
            }

            c = Volatile.Read(ref _ctl);
        }

        if (IsRunning(c) && _workQueue.Offer(command))
        {
            var recheck = Volatile.Read(ref _ctl);
            if (!IsRunning(recheck) && Remove(command))
            {
                Reject(command);
            }
            else if (WorkerCountOf(recheck) == 0)
            {
                AddWorker(null, core: false);
            }
        }
        else if (!AddWorker(command, core: false))
        {
            Reject(command);
        }
    }

    /// <summary>Starts an orderly shutdown: queued tasks still run, new ones are rejected; idle workers are interrupted.</summary>
    /// <remarks>Java's <c>shutdown()</c>. Does not wait; a task calling it does not interrupt itself.</remarks>
    public override void Shutdown()
    {
        lock (_mainLock)
        {
            AdvanceRunState(ShutdownState);
            InterruptIdleWorkers(onlyOne: false);
            OnShutdown();
        }

        TryTerminate();
    }

    /// <summary>Stops: interrupts every worker and returns the tasks that never started.</summary>
    /// <returns>The drained queue.</returns>
    /// <remarks>Java's <c>shutdownNow()</c>.</remarks>
    public override IList<Action> ShutdownNow()
    {
        List<Action> tasks;
        lock (_mainLock)
        {
            AdvanceRunState(StopState);
            foreach (var worker in _workers)
            {
                worker.InterruptIfStarted();
            }

            tasks = DrainQueue();
        }

        TryTerminate();
        return tasks;
    }

    /// <inheritdoc />
    public override bool IsShutdown() => RunStateAtLeast(Volatile.Read(ref _ctl), ShutdownState);

    /// <summary>Whether the pool is shut down but not yet terminated.</summary>
    /// <returns><see langword="true"/> while terminating.</returns>
    /// <remarks>Java's <c>isTerminating()</c>.</remarks>
    public bool IsTerminating()
    {
        var c = Volatile.Read(ref _ctl);
        return RunStateAtLeast(c, ShutdownState) && c < TerminatedState;
    }

    /// <inheritdoc />
    public override bool IsTerminated() => RunStateAtLeast(Volatile.Read(ref _ctl), TerminatedState);

    /// <inheritdoc />
    public override bool AwaitTermination(long timeout, TimeUnit unit) => _termination.Await(timeout, unit);

    /// <summary>The thread factory that makes new workers.</summary>
    /// <returns>The factory.</returns>
    public IThreadFactory GetThreadFactory() => _threadFactory;

    /// <summary>Sets the thread factory for new workers.</summary>
    /// <param name="factory">The factory.</param>
    /// <exception cref="ArgumentNullException"><paramref name="factory"/> is <see langword="null"/>.</exception>
    [OverloadResolutionPriority(1)]
    public void SetThreadFactory(IThreadFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        _threadFactory = factory;
    }

    /// <summary>Sets a lambda that makes new workers.</summary>
    /// <param name="factory">Makes each worker from the task it must run: Java's <c>ThreadFactory</c> as a lambda.</param>
    /// <exception cref="ArgumentNullException"><paramref name="factory"/> is <see langword="null"/>.</exception>
    /// <remarks><see cref="GetThreadFactory"/> then returns an <see cref="IThreadFactory"/> that calls it.</remarks>
    public void SetThreadFactory(Func<Action, JThread> factory) =>
        _threadFactory = DelegateThreadFactory.From(factory, nameof(factory));

    /// <summary>What happens to a task the pool cannot take.</summary>
    /// <returns>The handler.</returns>
    public IRejectedExecutionHandler GetRejectedExecutionHandler() => _handler;

    /// <summary>Sets what happens to a task the pool cannot take.</summary>
    /// <param name="handler">The handler.</param>
    /// <exception cref="ArgumentNullException"><paramref name="handler"/> is <see langword="null"/>.</exception>
    public void SetRejectedExecutionHandler(IRejectedExecutionHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        _handler = handler;
    }

    /// <summary>The core pool size.</summary>
    /// <returns>The size.</returns>
    public int GetCorePoolSize() => _corePoolSize;

    /// <summary>Sets the core pool size; extra idle workers end, and a larger size starts workers for queued tasks.</summary>
    /// <param name="size">The new size.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="size"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="size"/> is above <see cref="GetMaximumPoolSize"/>.</exception>
    public void SetCorePoolSize(int size)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        if (size > _maximumPoolSize)
        {
            throw new ArgumentException(ExceptionMessages.CorePoolSizeOutOfRange, nameof(size));
        }

        var delta = size - _corePoolSize;
        _corePoolSize = size;
        if (WorkerCountOf(Volatile.Read(ref _ctl)) > size)
        {
            InterruptIdleWorkers(onlyOne: false);
        }
        else if (delta > 0)
        {
            var k = Math.Min(delta, _workQueue.Size());
            while (k-- > 0 && AddWorker(null, core: true))
            {
                if (_workQueue.IsEmpty())
                {
                    break;
                }
            }
        }
    }

    /// <summary>The most workers the pool runs at once.</summary>
    /// <returns>The size.</returns>
    public int GetMaximumPoolSize() => _maximumPoolSize;

    /// <summary>Sets the most workers at once; extra idle workers end.</summary>
    /// <param name="size">The new size.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="size"/> is 0 or less.</exception>
    /// <exception cref="ArgumentException"><paramref name="size"/> is below <see cref="GetCorePoolSize"/>.</exception>
    public void SetMaximumPoolSize(int size)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
        if (size < _corePoolSize)
        {
            throw new ArgumentException(ExceptionMessages.MaximumPoolSizeOutOfRange, nameof(size));
        }

        _maximumPoolSize = size;
        if (WorkerCountOf(Volatile.Read(ref _ctl)) > size)
        {
            InterruptIdleWorkers(onlyOne: false);
        }
    }

    /// <summary>How long an idle worker above the core size waits before it ends.</summary>
    /// <param name="unit">The unit of the answer.</param>
    /// <returns>The keep-alive time.</returns>
    public long GetKeepAliveTime(TimeUnit unit) => unit.Convert(Volatile.Read(ref _keepAliveNanos), TimeUnit.Nanoseconds);

    /// <summary>Sets how long an idle worker above the core size waits before it ends.</summary>
    /// <param name="time">The time; 0 ends such workers at once.</param>
    /// <param name="unit">The unit of <paramref name="time"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="time"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="time"/> is 0 while core threads may time out.</exception>
    public void SetKeepAliveTime(long time, TimeUnit unit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(time);
        if (time == 0 && _allowCoreThreadTimeOut)
        {
            throw new ArgumentException(ExceptionMessages.CoreThreadsNeedKeepAlive, nameof(time));
        }

        var nanos = unit.ToNanos(time);
        var delta = nanos - Volatile.Read(ref _keepAliveNanos);
        Volatile.Write(ref _keepAliveNanos, nanos);
        if (delta < 0)
        {
            InterruptIdleWorkers(onlyOne: false);
        }
    }

    /// <summary>Sets whether core workers also end after the keep-alive time without work.</summary>
    /// <param name="value"><see langword="true"/> to let them time out.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is <see langword="true"/> and the keep-alive time is 0.</exception>
    public void AllowCoreThreadTimeOut(bool value)
    {
        if (value && Volatile.Read(ref _keepAliveNanos) <= 0)
        {
            throw new ArgumentException(ExceptionMessages.CoreThreadsNeedKeepAlive, nameof(value));
        }

        if (value != _allowCoreThreadTimeOut)
        {
            _allowCoreThreadTimeOut = value;
            if (value)
            {
                InterruptIdleWorkers(onlyOne: false);
            }
        }
    }

    /// <summary>Whether core workers end after the keep-alive time without work.</summary>
    /// <returns><see langword="true"/> if they do.</returns>
    public bool AllowsCoreThreadTimeOut() => _allowCoreThreadTimeOut;

    /// <summary>Starts one idle core worker, if fewer than the core size run.</summary>
    /// <returns><see langword="true"/> if a worker was started.</returns>
    public bool PrestartCoreThread() => WorkerCountOf(Volatile.Read(ref _ctl)) < _corePoolSize && AddWorker(null, core: true);

    /// <summary>Starts idle core workers up to the core size.</summary>
    /// <returns>How many were started.</returns>
    public int PrestartAllCoreThreads()
    {
        var started = 0;
        while (AddWorker(null, core: true))
        {
            ++started;
        }

        return started;
    }

    /// <summary>The queue where tasks wait for a worker.</summary>
    /// <returns>The queue, live: for monitoring and debugging.</returns>
    public IBlockingQueue<Action> GetQueue() => _workQueue;

    /// <summary>Removes a queued command, so it never runs.</summary>
    /// <param name="task">The command as given to <see cref="Execute"/>.</param>
    /// <returns><see langword="true"/> if it was queued and is removed.</returns>
    /// <remarks>A submitted task is removed with <see cref="Remove(IFuture)"/>.</remarks>
    public bool Remove(Action task)
    {
        var removed = _workQueue.Remove(task);
        TryTerminate();
        return removed;
    }

    /// <summary>Removes a queued submitted task, so it never runs.</summary>
    /// <param name="future">The future <see cref="AbstractExecutorService.Submit(Action)"/> returned.</param>
    /// <returns><see langword="true"/> if its task was queued and is removed.</returns>
    /// <remarks>Java's <c>remove(futureTask)</c>.</remarks>
    public bool Remove(IFuture future) => future is IRunnableFuture task && Remove(task.RunAction);

    /// <summary>Removes every cancelled future from the queue.</summary>
    /// <remarks>Java's <c>purge()</c>.</remarks>
    public void Purge()
    {
        foreach (var task in _workQueue.ToArray())
        {
            if (task.Target is IFuture future && future.IsCancelled())
            {
                _workQueue.Remove(task);
            }
        }

        TryTerminate();
    }

    /// <summary>How many workers there are now.</summary>
    /// <returns>The count; 0 once terminating has finished.</returns>
    public int GetPoolSize()
    {
        lock (_mainLock)
        {
            return RunStateAtLeast(Volatile.Read(ref _ctl), TidyingState) ? 0 : _workers.Count;
        }
    }

    /// <summary>About how many workers are running a task.</summary>
    /// <returns>The count.</returns>
    public int GetActiveCount()
    {
        lock (_mainLock)
        {
            return _workers.Count(static w => w.IsLocked);
        }
    }

    /// <summary>The most workers there have been at once.</summary>
    /// <returns>The count.</returns>
    public int GetLargestPoolSize()
    {
        lock (_mainLock)
        {
            return _largestPoolSize;
        }
    }

    /// <summary>About how many tasks have ever been scheduled: completed, running and queued.</summary>
    /// <returns>The count.</returns>
    public long GetTaskCount()
    {
        lock (_mainLock)
        {
            var n = _completedTaskCount;
            foreach (var worker in _workers)
            {
                n += worker.CompletedTasks;
                if (worker.IsLocked)
                {
                    ++n;
                }
            }

            return n + _workQueue.Size();
        }
    }

    /// <summary>About how many tasks have completed.</summary>
    /// <returns>The count.</returns>
    public long GetCompletedTaskCount()
    {
        lock (_mainLock)
        {
            var n = _completedTaskCount;
            foreach (var worker in _workers)
            {
                n += worker.CompletedTasks;
            }

            return n;
        }
    }

    /// <summary>
    /// Java's form: <c>JThreading.Concurrent.ThreadPoolExecutor@1b6d3586[Running, pool size = 1, active threads = 1,
    /// queued tasks = 0, completed tasks = 0]</c>.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        long completed;
        int workers;
        int active;
        lock (_mainLock)
        {
            completed = _completedTaskCount;
            active = 0;
            workers = _workers.Count;
            foreach (var worker in _workers)
            {
                completed += worker.CompletedTasks;
                if (worker.IsLocked)
                {
                    ++active;
                }
            }
        }

        var c = Volatile.Read(ref _ctl);
        var runState = IsRunning(c) ? "Running" : RunStateAtLeast(c, TerminatedState) ? "Terminated" : "Shutting down";
        return $"{ObjectIdentity.Describe(this)}[{runState}, pool size = {workers}, active threads = {active}, queued tasks = {_workQueue.Size()}, completed tasks = {completed}]";
    }

    /// <summary>Called on the worker before it runs each task.</summary>
    /// <param name="thread">The worker.</param>
    /// <param name="task">The task.</param>
    /// <remarks>Java's <c>beforeExecute</c>. If it throws, the task does not run and the worker ends (and is replaced).</remarks>
    protected virtual void BeforeExecute(JThread thread, Action task)
    {
    }

    /// <summary>Called on the worker after each task.</summary>
    /// <param name="task">The task.</param>
    /// <param name="exception">
    /// What escaped the task, or <see langword="null"/>. A submitted task's exception stays in its future and is
    /// not passed here, as in Java.
    /// </param>
    /// <remarks>Java's <c>afterExecute</c>.</remarks>
    protected virtual void AfterExecute(Action task, Exception? exception)
    {
    }

    /// <summary>Called once, when the pool has terminated.</summary>
    /// <remarks>Java's <c>terminated()</c>.</remarks>
    protected virtual void Terminated()
    {
    }

    /// <summary>Hands <paramref name="command"/> to the rejection handler.</summary>
    private protected void Reject(Action command) => _handler.RejectedExecution(command, this);

    /// <summary>What a subclass does when <see cref="Shutdown"/> runs, under the main lock.</summary>
    private protected virtual void OnShutdown()
    {
    }


    private protected bool IsStopped() => RunStateAtLeast(Volatile.Read(ref _ctl), StopState);

    /// <summary>Starts a worker if there are fewer than the core size, or none at all: for tasks put straight in the queue.</summary>
    private protected void EnsurePrestart()
    {
        var count = WorkerCountOf(Volatile.Read(ref _ctl));
        if (count < _corePoolSize)
        {
            AddWorker(null, core: true);
        }
        else if (count == 0)
        {
            AddWorker(null, core: false);
        }
    }

    /// <summary>Java's <c>tryTerminate</c>: moves to terminated once shut down, with no workers and (unless stopped) no tasks.</summary>
    private protected void TryTerminate()
    {
        while (true)
        {
            var c = Volatile.Read(ref _ctl);
            if (IsRunning(c) || RunStateAtLeast(c, TidyingState) || (c < StopState && !_workQueue.IsEmpty()))
            {
                return;
            }

            if (WorkerCountOf(c) != 0)
            {
                // Pass the news on: one idle worker wakes, ends, and calls this again.
                InterruptIdleWorkers(onlyOne: true);
                return;
            }

            lock (_mainLock)
            {
                if (Interlocked.CompareExchange(ref _ctl, TidyingState, c) == c)
                {
                    try
                    {
                        Terminated();
                    }
                    finally
                    {
                        Volatile.Write(ref _ctl, TerminatedState);
                        _termination.Signal();
                    }

                    return;
                }
            }
        }
    }

    private static bool IsRunning(int c) => c < ShutdownState;

    private static bool RunStateAtLeast(int c, int state) => c >= state;

    private static int WorkerCountOf(int c) => c & CountMask;

    private void AdvanceRunState(int target)
    {
        while (true)
        {
            var c = Volatile.Read(ref _ctl);
            if (RunStateAtLeast(c, target) || Interlocked.CompareExchange(ref _ctl, target | WorkerCountOf(c), c) == c)
            {
                return;
            }
        }
    }

    private void DecrementWorkerCount() => Interlocked.Decrement(ref _ctl);

    /// <summary>Interrupts workers waiting for a task; never one running a task, so a task that shuts its pool down is not interrupted.</summary>
    private void InterruptIdleWorkers(bool onlyOne)
    {
        lock (_mainLock)
        {
            foreach (var worker in _workers)
            {
                var thread = worker.Thread;
                if (thread is not null && !thread.IsInterrupted() && worker.TryLock())
                {
                    try
                    {
                        thread.Interrupt();
                    }
                    finally
                    {
                        worker.Unlock();
                    }
                }

                if (onlyOne)
                {
                    break;
                }
            }
        }
    }

    private List<Action> DrainQueue()
    {
        var tasks = new List<Action>();
        _workQueue.DrainTo(tasks);
        if (!_workQueue.IsEmpty())
        {
            // A queue such as a delay queue may refuse to drain some; take them one by one.
            foreach (var task in _workQueue.ToArray())
            {
                if (_workQueue.Remove(task))
                {
                    tasks.Add(task);
                }
            }
        }

        return tasks;
    }
}
