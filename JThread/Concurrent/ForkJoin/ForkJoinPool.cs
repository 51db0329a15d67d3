using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace JThreading.Concurrent;

/// <summary>
/// A work-stealing pool for <see cref="ForkJoinTask{V}"/>s: each worker has its own deque of forked tasks, runs
/// them newest first, and steals the oldest tasks of other workers when it runs out. Java's
/// <c>java.util.concurrent.ForkJoinPool</c>.
/// </summary>
/// <remarks>
/// <para>
/// Workers are daemon <see cref="JThread"/>s named <c>ForkJoinPool-N-worker-M</c> (the common pool's
/// <c>ForkJoinPool.commonPool-worker-M</c>), started as work arrives up to the parallelism, and retired after 60
/// seconds idle, so a pool never keeps the process alive, as on the JVM. <see cref="JThread.CurrentThread"/> inside a
/// task is the worker. Tasks submitted from outside go to a shared submission queue; a task forked by a worker goes
/// to that worker's deque. A worker that joins a task runs other tasks until it is done (its own, then stolen ones),
/// so nested fork/join does not exhaust the pool.
/// </para>
/// <para>
/// Each deque is guarded by its own lock (not Java's lock-free array deque); idle workers park on their JThread
/// parker and are woken when work arrives. Java's thread factory, uncaught-exception handler and managed blocking
/// are not provided.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var pool = new ForkJoinPool(4);
/// int sum = pool.Invoke(new SumTask(array, 0, array.Length));
/// pool.Shutdown();
/// </code>
/// </example>
[DebuggerDisplay("{" + nameof(ToString) + "(),nq}")]
public sealed class ForkJoinPool : AbstractExecutorService
{
    private const int MaxParallelism = 0x7fff;

    private static readonly long s_keepAliveTicks = Stopwatch.Frequency * 60;
    private static readonly Lazy<ForkJoinPool> s_common = new(() => new ForkJoinPool(CommonParallelism(), asyncMode: false, common: true));
    private static int s_poolNumber;

    [ThreadStatic]
    private static Worker? t_worker;

    private readonly int _parallelism;
    private readonly bool _asyncMode;
    private readonly bool _isCommon;
    private readonly string _workerNamePrefix;
    private readonly ConcurrentQueue<ForkJoinTask> _submissions = new();
    private readonly Lock _lock = new();
    private readonly List<Worker> _workers = [];
    private readonly Stack<Worker> _idle = new();
    private readonly TerminationSignal _terminated = new();

    private int _workerNumber;
    private volatile int _workerCount;
    private volatile int _idleCount;
    private volatile int _activeCount;
    private volatile int _workersVersion;
    private volatile bool _shutdown;
    private volatile bool _stop;
    private long _stealCount;

    /// <summary>A pool with one worker per processor.</summary>
    /// <remarks>Java's <c>ForkJoinPool()</c>: parallelism <see cref="Environment.ProcessorCount"/>.</remarks>
    public ForkJoinPool()
        : this(Environment.ProcessorCount)
    {
    }

    /// <summary>A pool of at most <paramref name="parallelism"/> workers.</summary>
    /// <param name="parallelism">How many workers run tasks at once.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parallelism"/> is 0 or less, or more than 32767.</exception>
    /// <remarks>Java's <c>ForkJoinPool(int)</c>; its <c>IllegalArgumentException</c> is <see cref="ArgumentOutOfRangeException"/>.</remarks>
    public ForkJoinPool(int parallelism)
        : this(CheckParallelism(parallelism), asyncMode: false, common: false)
    {
    }

    internal ForkJoinPool(int parallelism, bool asyncMode, bool common)
    {
        _parallelism = CheckParallelism(parallelism);
        _asyncMode = asyncMode;
        _isCommon = common;
        _workerNamePrefix = common
            ? "ForkJoinPool.commonPool-worker-"
            : "ForkJoinPool-" + Interlocked.Increment(ref s_poolNumber).ToString(CultureInfo.InvariantCulture) + "-worker-";
    }

    /// <summary>The worker running on the calling thread, of any pool.</summary>
    internal static Worker? CurrentWorker => t_worker;

    /// <summary>The pool that <see cref="ForkJoinTask{V}.Fork"/> from outside a pool uses, shared by the process.</summary>
    /// <returns>The common pool.</returns>
    /// <remarks>
    /// Java's <c>commonPool()</c>: parallelism <see cref="Environment.ProcessorCount"/> - 1 (at least 1); its workers
    /// are daemons, and <see cref="Shutdown"/> and <see cref="ShutdownNow"/> have no effect on it.
    /// </remarks>
    public static ForkJoinPool CommonPool() => s_common.Value;

    /// <summary>The common pool's parallelism.</summary>
    /// <returns><see cref="Environment.ProcessorCount"/> - 1, at least 1.</returns>
    /// <remarks>Java's <c>getCommonPoolParallelism()</c>.</remarks>
    public static int GetCommonPoolParallelism() => s_common.IsValueCreated ? s_common.Value._parallelism : CommonParallelism();

    /// <summary>Runs <paramref name="task"/> in the pool, waits for it and returns its result.</summary>
    /// <typeparam name="T">The result's type.</typeparam>
    /// <param name="task">The task.</param>
    /// <returns>The task's result; <see langword="null"/> for a <see cref="RecursiveAction"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="task"/> is <see langword="null"/>.</exception>
    /// <exception cref="RejectedExecutionException">The pool is shut down.</exception>
    /// <exception cref="CancellationException">The task was cancelled.</exception>
    /// <exception cref="Exception">What the task threw, rethrown as it is.</exception>
    /// <remarks>Java's <c>invoke(ForkJoinTask)</c>.</remarks>
    public T Invoke<T>(ForkJoinTask<T> task)
    {
        ArgumentNullException.ThrowIfNull(task);
        Enqueue(task);
        return task.Join();
    }

    /// <summary>Queues <paramref name="task"/> to run in the pool.</summary>
    /// <typeparam name="T">The result's type.</typeparam>
    /// <param name="task">The task.</param>
    /// <returns><paramref name="task"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="task"/> is <see langword="null"/>.</exception>
    /// <exception cref="RejectedExecutionException">The pool is shut down.</exception>
    /// <remarks>Java's <c>submit(ForkJoinTask)</c>.</remarks>
    public ForkJoinTask<T> Submit<T>(ForkJoinTask<T> task)
    {
        ArgumentNullException.ThrowIfNull(task);
        Enqueue(task);
        return task;
    }

    /// <summary>Queues <paramref name="task"/> to run in the pool.</summary>
    /// <param name="task">The task.</param>
    /// <exception cref="ArgumentNullException"><paramref name="task"/> is <see langword="null"/>.</exception>
    /// <exception cref="RejectedExecutionException">The pool is shut down.</exception>
    /// <remarks>Java's <c>execute(ForkJoinTask)</c>.</remarks>
    public void Execute(ForkJoinTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        Enqueue(task);
    }

    /// <inheritdoc />
    /// <remarks>
    /// Java's <c>execute(Runnable)</c>: what <paramref name="command"/> throws goes to the worker's uncaught-exception
    /// handler, and the worker goes on (Java replaces it).
    /// </remarks>
    public override void Execute(Action command)
    {
        ArgumentNullException.ThrowIfNull(command);
        Enqueue(new AdaptedTask<object?>(
            command,
            () =>
            {
                command();
                return null;
            },
            dispatchUncaught: command.Target is not IFuture));
    }

    /// <inheritdoc />
    /// <remarks>Java's <c>submit(Runnable)</c>: the future is a <see cref="ForkJoinTask{V}"/>.</remarks>
    public override IFuture Submit(Action task) => Submit(ForkJoinTask.Adapt(task));

    /// <inheritdoc />
    /// <remarks>Java's <c>submit(Callable)</c>: the future is a <see cref="ForkJoinTask{V}"/>.</remarks>
    public override IFuture<T> Submit<T>(Func<T> task) => Submit(ForkJoinTask.Adapt(task));

    /// <inheritdoc />
    /// <remarks>Java's <c>submit(Runnable, T)</c>: the future is a <see cref="ForkJoinTask{V}"/>.</remarks>
    public override IFuture<T> Submit<T>(Action task, T result) => Submit(ForkJoinTask.Adapt(task, result));

    /// <summary>How many workers may run tasks at once.</summary>
    /// <returns>The parallelism.</returns>
    /// <remarks>Java's <c>getParallelism()</c>.</remarks>
    public int GetParallelism() => _parallelism;

    /// <summary>Whether workers run their own never-joined tasks oldest first.</summary>
    /// <returns><see langword="true"/> for a pool from <see cref="Executors.NewWorkStealingPool()"/>.</returns>
    /// <remarks>Java's <c>getAsyncMode()</c>.</remarks>
    public bool GetAsyncMode() => _asyncMode;

    /// <summary>How many workers have started and not ended.</summary>
    /// <returns>The count.</returns>
    /// <remarks>Java's <c>getPoolSize()</c>.</remarks>
    public int GetPoolSize() => _workerCount;

    /// <summary>How many workers are running a task (an estimate).</summary>
    /// <returns>The count.</returns>
    /// <remarks>Java's <c>getActiveThreadCount()</c>.</remarks>
    public int GetActiveThreadCount() => _activeCount;

    /// <summary>How many tasks one worker took from another's deque.</summary>
    /// <returns>The count.</returns>
    /// <remarks>Java's <c>getStealCount()</c>.</remarks>
    public long GetStealCount() => Interlocked.Read(ref _stealCount);

    /// <summary>How many forked tasks wait in the workers' deques (an estimate).</summary>
    /// <returns>The count.</returns>
    /// <remarks>Java's <c>getQueuedTaskCount()</c>.</remarks>
    public long GetQueuedTaskCount()
    {
        long count = 0;
        foreach (var worker in SnapshotWorkers())
        {
            count += worker.Queue.Count;
        }

        return count;
    }

    /// <summary>How many tasks submitted from outside have not started (an estimate).</summary>
    /// <returns>The count.</returns>
    /// <remarks>Java's <c>getQueuedSubmissionCount()</c>.</remarks>
    public int GetQueuedSubmissionCount() => _submissions.Count;

    /// <summary>Whether tasks submitted from outside wait to start.</summary>
    /// <returns><see langword="true"/> if the submission queue is not empty.</returns>
    /// <remarks>Java's <c>hasQueuedSubmissions()</c>.</remarks>
    public bool HasQueuedSubmissions() => !_submissions.IsEmpty;

    /// <summary>Whether no worker is running a task (an estimate).</summary>
    /// <returns><see langword="true"/> if the pool is idle.</returns>
    /// <remarks>Java's <c>isQuiescent()</c>.</remarks>
    public bool IsQuiescent() => _activeCount == 0 && _submissions.IsEmpty && GetQueuedTaskCount() == 0;

    /// <inheritdoc />
    /// <remarks>Java's <c>shutdown()</c>: tasks already queued run; it has no effect on <see cref="CommonPool"/>.</remarks>
    public override void Shutdown()
    {
        if (_isCommon)
        {
            return;
        }

        List<Worker> idle;
        lock (_lock)
        {
            _shutdown = true;
            idle = TakeIdle();
        }

        WakeAll(idle);
        TryTerminate();
    }

    /// <inheritdoc />
    /// <remarks>
    /// Java's <c>shutdownNow()</c>: cancels every queued task, interrupts the workers and returns an empty list, as
    /// Java; it has no effect on <see cref="CommonPool"/>.
    /// </remarks>
    public override IList<Action> ShutdownNow()
    {
        if (_isCommon)
        {
            return [];
        }

        List<Worker> idle;
        List<Worker> workers;
        lock (_lock)
        {
            _shutdown = true;
            _stop = true;
            idle = TakeIdle();
            workers = [.. _workers];
        }

        while (_submissions.TryDequeue(out var task))
        {
            task.CancelCore();
        }

        foreach (var worker in workers)
        {
            foreach (var task in worker.Queue.Drain())
            {
                task.CancelCore();
            }

            worker.Thread.Interrupt();
        }

        WakeAll(idle);
        TryTerminate();
        return [];
    }

    /// <inheritdoc />
    /// <remarks>Java's <c>isShutdown()</c>: always <see langword="false"/> for <see cref="CommonPool"/>.</remarks>
    public override bool IsShutdown() => _shutdown;

    /// <inheritdoc />
    /// <remarks>Java's <c>isTerminated()</c>: always <see langword="false"/> for <see cref="CommonPool"/>.</remarks>
    public override bool IsTerminated() => _terminated.IsSignalled;

    /// <summary>Whether the pool is shut down and some tasks have not completed.</summary>
    /// <returns><see langword="true"/> while terminating.</returns>
    /// <remarks>Java's <c>isTerminating()</c>.</remarks>
    public bool IsTerminating() => _shutdown && !_terminated.IsSignalled;

    /// <inheritdoc />
    /// <remarks>
    /// Java's <c>awaitTermination(long, TimeUnit)</c>. The common pool never terminates: for it this waits until the
    /// pool is quiescent or the time is up, and answers <see langword="false"/>.
    /// </remarks>
    public override bool AwaitTermination(long timeout, TimeUnit unit)
    {
        if (!_isCommon)
        {
            return _terminated.Await(timeout, unit);
        }

        AwaitQuiescence(timeout, unit);
        return false;
    }

    /// <summary>Waits until no task is queued or running, or the time is up; a worker of this pool runs tasks meanwhile.</summary>
    /// <param name="timeout">The longest wait.</param>
    /// <param name="unit">The unit of <paramref name="timeout"/>.</param>
    /// <returns><see langword="true"/> if the pool became quiescent.</returns>
    /// <exception cref="InterruptedException">The calling thread was interrupted while waiting; its flag is cleared.</exception>
    /// <remarks>Java's <c>awaitQuiescence(long, TimeUnit)</c>; it polls every millisecond.</remarks>
    public bool AwaitQuiescence(long timeout, TimeUnit unit)
    {
        var deadline = Stopwatch.GetTimestamp() + Timeouts.NanosToTicks(Math.Max(0, unit.ToNanos(timeout)));
        var self = CurrentWorker;
        while (true)
        {
            if (self is not null && ReferenceEquals(self.Pool, this) && FindWork(self) is { } task)
            {
                RunTask(self, task);
                continue;
            }

            if (IsQuiescent() || (self is not null && ReferenceEquals(self.Pool, this) && _activeCount <= 1 && _submissions.IsEmpty && GetQueuedTaskCount() == 0))
            {
                return true;
            }

            if (Stopwatch.GetTimestamp() >= deadline)
            {
                return false;
            }

            JThread.Sleep(1);
        }
    }

    /// <summary>
    /// Java's form: <c>JThreading.Concurrent.ForkJoinPool@1b6d3586[Running, parallelism = 2, size = 0, active = 0,
    /// running = 0, steals = 0, tasks = 0, submissions = 0]</c>.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var state = _terminated.IsSignalled ? "Terminated" : _shutdown ? "Shutting down" : "Running";
        var active = _activeCount;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{ObjectIdentity.Describe(this)}[{state}, parallelism = {_parallelism}, size = {_workerCount}, active = {active}, running = {active}, steals = {GetStealCount()}, tasks = {GetQueuedTaskCount()}, submissions = {_submissions.Count}]");
    }

    /// <summary>Java's <c>fork()</c> on a worker: onto its own deque, then wakes or starts a worker to steal it.</summary>
    internal void PushLocal(Worker worker, ForkJoinTask task)
    {
        worker.Queue.Push(task);
        SignalWork();
    }

    /// <summary>Java's external submission: onto the shared queue (no shutdown check: a fork from outside the pool).</summary>
    internal void SubmitExternal(ForkJoinTask task)
    {
        _submissions.Enqueue(task);
        SignalWork();
    }

    /// <summary>Runs other tasks until <paramref name="task"/> is done, then parks for it when none is left to run.</summary>
    internal void HelpJoin(Worker worker, ForkJoinTask task)
    {
        var spins = 0;
        var interrupted = false;
        while (!task.IsDoneCore())
        {
            if (worker.Queue.TryUnpush(task))
            {
                task.DoExec();
                break;
            }

            // Tasks forked after the joined one sit above it: running them gets to it. Otherwise steal.
            var other = worker.Queue.Pop() ?? FindWork(worker);
            if (other is not null)
            {
                other.DoExec();
                spins = 0;
                continue;
            }

            if (++spins < 32)
            {
                Thread.SpinWait(20);
                continue;
            }

            // The task runs on another worker, whose subtasks may show up to be stolen: look again soon.
            if (task.Park(worker.Thread, Math.Max(1, Stopwatch.Frequency / 2000)) == WaitOutcome.Interrupted)
            {
                // Join is not an interruption point: the flag is kept, and set again below.
                interrupted |= JThread.Interrupted();
            }
        }

        if (interrupted)
        {
            worker.Thread.Interrupt();
        }
    }

    private static int CheckParallelism(int parallelism, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(parallelism))] string? paramName = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(parallelism, paramName);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(parallelism, MaxParallelism, paramName);
        return parallelism;
    }

    private static int CommonParallelism() => Math.Max(1, Environment.ProcessorCount - 1);

    private static void WakeAll(List<Worker> workers)
    {
        foreach (var worker in workers)
        {
            worker.Signal();
        }
    }

    private List<Worker> TakeIdle()
    {
        var idle = new List<Worker>(_idle);
        _idle.Clear();
        _idleCount = 0;
        return idle;
    }

    private List<Worker> SnapshotWorkers()
    {
        lock (_lock)
        {
            return [.. _workers];
        }
    }

    private void Enqueue(ForkJoinTask task)
    {
        if (_shutdown)
        {
            throw new RejectedExecutionException(string.Format(CultureInfo.InvariantCulture, ExceptionMessages.TaskRejected, task, this));
        }

        if (CurrentWorker is { } worker && ReferenceEquals(worker.Pool, this))
        {
            PushLocal(worker, task);
        }
        else
        {
            SubmitExternal(task);
        }
    }

    /// <summary>Wakes an idle worker, or starts one if the pool has fewer than its parallelism.</summary>
    private void SignalWork()
    {
        // Java's "push, then read the idle count" pairs with a worker's "count itself idle, then look at the queues":
        // with acquire/release only, both could miss the other's write.
        Interlocked.MemoryBarrier();
        if (_idleCount == 0 && _workerCount >= _parallelism)
        {
            return;
        }

        Worker? wake = null;
        Worker? start = null;
        lock (_lock)
        {
            if (_stop)
            {
                return;
            }

            if (_idle.TryPop(out var idle))
            {
                _idleCount = _idle.Count;
                wake = idle;
            }
            else if (_workerCount < _parallelism)
            {
                start = new Worker(this, _workerNamePrefix + (++_workerNumber).ToString(CultureInfo.InvariantCulture));
                _workers.Add(start);
                WorkersChanged();
            }
        }

        wake?.Signal();
        if (start is not null)
        {
            StartWorker(start);
        }
    }

    private void StartWorker(Worker worker)
    {
        try
        {
            worker.Start();
        }
        catch (Exception)
        {
            lock (_lock)
            {
                _workers.Remove(worker);
                WorkersChanged();
            }

            TryTerminate();
            throw;
        }
    }

    /// <summary>The worker's loop: run tasks, go idle, park; retire after the keep-alive, or once the pool stops.</summary>
    private void RunWorker(Worker worker)
    {
        t_worker = worker;
        try
        {
            while (true)
            {
                if (FindWork(worker) is { } task)
                {
                    RunTask(worker, task);
                    continue;
                }

                if (!AwaitWork(worker))
                {
                    return;
                }
            }
        }
        finally
        {
            t_worker = null;
            lock (_lock)
            {
                _workers.Remove(worker);
                WorkersChanged();
            }

            TryTerminate();
        }
    }

    private void RunTask(Worker worker, ForkJoinTask task)
    {
        if (!_stop)
        {
            // A stray interrupt (from Cancel, or ShutdownNow racing a new task) does not land in the next task.
            JThread.Interrupted();
        }

        Interlocked.Increment(ref _activeCount);
        try
        {
            task.DoExec();
            while (!_stop && (_asyncMode ? worker.Queue.Poll() : worker.Queue.Pop()) is { } local)
            {
                local.DoExec();
            }
        }
        finally
        {
            Interlocked.Decrement(ref _activeCount);
        }
    }

    /// <summary>The next task for <paramref name="worker"/>: its own, then a submission, then one stolen from another worker.</summary>
    private ForkJoinTask? FindWork(Worker worker)
    {
        if (_stop)
        {
            return null;
        }

        if ((_asyncMode ? worker.Queue.Poll() : worker.Queue.Pop()) is { } own)
        {
            return own;
        }

        if (_submissions.TryDequeue(out var submitted))
        {
            return submitted;
        }

        var workers = worker.Peers;
        var version = _workersVersion;
        if (workers is null || worker.PeersVersion != version)
        {
            workers = worker.Peers = [.. SnapshotWorkers()];
            worker.PeersVersion = version;
        }

        var start = workers.Length == 0 ? 0 : (int)((uint)Environment.TickCount % (uint)workers.Length);
        for (var i = 0; i < workers.Length; i++)
        {
            var victim = workers[(start + i) % workers.Length];
            if (!ReferenceEquals(victim, worker) && victim.Queue.Poll() is { } stolen)
            {
                Interlocked.Increment(ref _stealCount);
                return stolen;
            }
        }

        return null;
    }

    /// <summary>Parks an idle worker until work arrives.</summary>
    /// <returns><see langword="false"/> when the worker is to end: the pool stopped, or it was idle for the keep-alive.</returns>
    private bool AwaitWork(Worker worker)
    {
        lock (_lock)
        {
            if (_stop || (_shutdown && _submissions.IsEmpty))
            {
                return false;
            }

            worker.Signalled = false;
            _idle.Push(worker);
            _idleCount = _idle.Count;
        }

        Interlocked.MemoryBarrier();
        if (HasWork(worker))
        {
            Unidle(worker);
            return true;
        }

        var outcome = worker.Thread.ParkUntil(static w => w.Signalled, worker, s_keepAliveTicks, JThreadState.Waiting, spin: false);
        if (outcome == WaitOutcome.Interrupted)
        {
            JThread.Interrupted();
        }

        if (worker.Signalled)
        {
            return !_stop;
        }

        lock (_lock)
        {
            if (worker.Signalled)
            {
                return !_stop;
            }

            RemoveIdle(worker);
            if (outcome == WaitOutcome.Interrupted)
            {
                return true;
            }

            // Timed out with nothing to do: retire, unless work came in meanwhile. The worker leaves the count before
            // it looks, so a submitter that finds the pool full has pushed where this look sees it (Dekker pair with
            // SignalWork's fence).
            _workers.Remove(worker);
            WorkersChanged();
            Interlocked.MemoryBarrier();
            if (HasWork(worker))
            {
                _workers.Add(worker);
                WorkersChanged();
                return true;
            }

            return false;
        }
    }

    private void Unidle(Worker worker)
    {
        lock (_lock)
        {
            if (!worker.Signalled)
            {
                RemoveIdle(worker);
            }
        }
    }

    private void RemoveIdle(Worker worker)
    {
        if (_idle.Contains(worker))
        {
            var rest = _idle.Where(w => !ReferenceEquals(w, worker)).Reverse().ToList();
            _idle.Clear();
            foreach (var w in rest)
            {
                _idle.Push(w);
            }

            _idleCount = _idle.Count;
        }
    }

    private bool HasWork(Worker worker)
    {
        if (!_submissions.IsEmpty || !worker.Queue.IsEmpty)
        {
            return true;
        }

        foreach (var other in worker.Peers ?? [])
        {
            if (!other.Queue.IsEmpty)
            {
                return true;
            }
        }

        return false;
    }

    private void WorkersChanged()
    {
        _workerCount = _workers.Count;
        _workersVersion++;
    }

    private void TryTerminate()
    {
        bool terminate;
        lock (_lock)
        {
            terminate = _shutdown && _workerCount == 0 && (_stop || _submissions.IsEmpty);
        }

        if (terminate)
        {
            _terminated.Signal();
        }
    }

    /// <summary>One worker: its thread and its deque.</summary>
    internal sealed class Worker
    {
        private volatile bool _signalled;

        internal Worker(ForkJoinPool pool, string name)
        {
            Pool = pool;
            Thread = new JThread(null, () => pool.RunWorker(this), name);
            Thread.SetDaemon(true);
        }

        internal ForkJoinPool Pool { get; }

        internal JThread Thread { get; }

        internal WorkQueue Queue { get; } = new();

        /// <summary>The pool's workers as this one last saw them, for stealing.</summary>
        internal Worker[]? Peers { get; set; }

        internal bool Signalled
        {
            get => _signalled;
            set => _signalled = value;
        }

        /// <summary>The <see cref="ForkJoinPool"/> workers version <see cref="Peers"/> was taken at.</summary>
        internal int PeersVersion { get; set; }

        internal void Start() => Thread.Start();

        internal void Signal()
        {
            _signalled = true;
            Thread.Wake();
        }
    }
}
