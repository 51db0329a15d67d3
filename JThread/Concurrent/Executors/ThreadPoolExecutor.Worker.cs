namespace JThreading.Concurrent;

public partial class ThreadPoolExecutor
{
    /// <summary>Java's <c>addWorker</c>: starts a worker if the run state and the bound allow it.</summary>
    /// <param name="firstTask">The task it runs first, or <see langword="null"/> to start by taking from the queue.</param>
    /// <param name="core">Bound the pool by the core size rather than the maximum.</param>
    /// <returns>Whether a worker was started.</returns>
    private protected bool AddWorker(Action? firstTask, bool core)
    {
        var c = Volatile.Read(ref _ctl);
        while (true)
        {
            if (RunStateAtLeast(c, ShutdownState) && (RunStateAtLeast(c, StopState) || firstTask is not null || _workQueue.IsEmpty()))
            {
                return false;
            }

            if (WorkerCountOf(c) >= ((core ? _corePoolSize : _maximumPoolSize) & CountMask))
            {
                return false;
            }

            var seen = Interlocked.CompareExchange(ref _ctl, c + 1, c);
            if (seen == c)
            {
                break;
            }

            c = seen;
        }

        var started = false;
        Worker? worker = null;
        try
        {
            worker = new Worker(this, firstTask);
            var thread = worker.Thread;
            if (thread is not null)
            {
                var added = false;
                lock (_mainLock)
                {
                    c = Volatile.Read(ref _ctl);
                    if (IsRunning(c) || (c < StopState && firstTask is null))
                    {
                        if (thread.GetState() != JThreadState.New)
                        {
                            throw new IllegalThreadStateException(ExceptionMessages.ThreadFactoryReturnedStartedThread);
                        }

                        _workers.Add(worker);
                        added = true;
                        _largestPoolSize = Math.Max(_largestPoolSize, _workers.Count);
                    }
                }

                if (added)
                {
                    thread.Start();
                    started = true;
                }
            }
        }
        finally
        {
            if (!started)
            {
                AddWorkerFailed(worker);
            }
        }

        return started;
    }

    private void AddWorkerFailed(Worker? worker)
    {
        lock (_mainLock)
        {
            if (worker is not null)
            {
                _workers.Remove(worker);
            }

            DecrementWorkerCount();
        }

        TryTerminate();
    }

    /// <summary>Java's <c>runWorker</c>: runs the first task, then tasks from the queue, until <see cref="GetTask"/> says stop.</summary>
    private void RunWorker(Worker worker)
    {
        var self = JThread.CurrentThread();
        var task = worker.FirstTask;
        worker.FirstTask = null;

        // From here on the worker may be interrupted (before, its lock state kept interrupts away).
        worker.Unlock();
        var completedAbruptly = true;
        try
        {
            while (task is not null || (task = GetTask()) is not null)
            {
                worker.Lock();

                // A stopping pool's worker runs with its flag set; otherwise a stale interrupt (one meant for an idle
                // wait or for the previous task) is cleared, so it never reaches this task. The second look after the
                // clear catches a ShutdownNow that raced with it.
                if ((RunStateAtLeast(Volatile.Read(ref _ctl), StopState)
                        || (JThread.Interrupted() && RunStateAtLeast(Volatile.Read(ref _ctl), StopState)))
                    && !self.IsInterrupted())
                {
                    self.Interrupt();
                }

                try
                {
                    BeforeExecute(self, task);
                    try
                    {
                        task();
                        AfterExecute(task, null);
                    }
                    catch (Exception exception)
                    {
                        AfterExecute(task, exception);
                        throw;
                    }
                }
                finally
                {
                    task = null;
                    worker.CompletedTasks++;
                    worker.Unlock();
                }
            }

            completedAbruptly = false;
        }
        finally
        {
            // Before the exception (if any) leaves Run and reaches the uncaught-exception dispatch.
            ProcessWorkerExit(worker, completedAbruptly);
        }
    }

    /// <summary>Java's <c>getTask</c>: the next task, or <see langword="null"/> when this worker must end.</summary>
    private Action? GetTask()
    {
        var timedOut = false;
        while (true)
        {
            var c = Volatile.Read(ref _ctl);
            if (RunStateAtLeast(c, ShutdownState) && (RunStateAtLeast(c, StopState) || _workQueue.IsEmpty()))
            {
                DecrementWorkerCount();
                return null;
            }

            var count = WorkerCountOf(c);
            var timed = _allowCoreThreadTimeOut || count > _corePoolSize;
            if ((count > _maximumPoolSize || (timed && timedOut)) && (count > 1 || _workQueue.IsEmpty()))
            {
                if (Interlocked.CompareExchange(ref _ctl, c - 1, c) == c)
                {
                    return null;
                }

                continue;
            }

            try
            {
                if (timed)
                {
                    if (_workQueue.TryPoll(Volatile.Read(ref _keepAliveNanos), TimeUnit.Nanoseconds, out var polled))
                    {
                        return polled;
                    }

                    timedOut = true;
                }
                else
                {
                    return _workQueue.Take();
                }
            }
            catch (InterruptedException)
            {
                // Someone wants this worker to look at the pool again: a shutdown or a new size.
                timedOut = false;
            }
        }
    }

    /// <summary>Java's <c>processWorkerExit</c>: forgets the worker and replaces it if the pool still needs one.</summary>
    private void ProcessWorkerExit(Worker worker, bool completedAbruptly)
    {
        if (completedAbruptly)
        {
            DecrementWorkerCount();
        }

        lock (_mainLock)
        {
            _completedTaskCount += worker.CompletedTasks;
            _workers.Remove(worker);
        }

        TryTerminate();
        var c = Volatile.Read(ref _ctl);
        if (c < StopState)
        {
            if (!completedAbruptly)
            {
                var min = _allowCoreThreadTimeOut ? 0 : _corePoolSize;
                if (min == 0 && !_workQueue.IsEmpty())
                {
                    min = 1;
                }

                if (WorkerCountOf(c) >= min)
                {
                    return;
                }
            }

            AddWorker(null, core: false);
        }
    }

    /// <summary>
    /// A worker: its thread, its first task and its own lock, which is held while it runs a task and is not
    /// reentrant, so an idle-worker interrupt (from <see cref="Shutdown"/> or a new size) never reaches a running task,
    /// not even one that calls <see cref="Shutdown"/> itself.
    /// </summary>
    private sealed class Worker
    {
        // -1 until the worker runs (no interrupts before that), then 0 when free and 1 while it runs a task.
        private int _lockState = -1;
        private long _completedTasks;

        internal Worker(ThreadPoolExecutor pool, Action? firstTask)
        {
            FirstTask = firstTask;
            Pool = pool;

            // The factory may return null, as a Java ThreadFactory may: then no worker starts.
            Thread = pool._threadFactory.NewThread(Run);
        }

        internal JThread? Thread { get; }

        internal Action? FirstTask { get; set; }

        /// <summary>Written only by the worker's thread; read by others as an estimate.</summary>
        internal long CompletedTasks
        {
            get => Volatile.Read(ref _completedTasks);
            set => Volatile.Write(ref _completedTasks, value);
        }

        /// <summary>Java's <c>isLocked</c>: running a task, or not yet started.</summary>
        internal bool IsLocked => Volatile.Read(ref _lockState) != 0;

        private ThreadPoolExecutor Pool { get; }

        internal bool TryLock() => Interlocked.CompareExchange(ref _lockState, 1, 0) == 0;

        /// <summary>Takes the lock; the only other holder is an interrupter, for the length of one interrupt.</summary>
        internal void Lock()
        {
            var spinner = default(SpinWait);
            while (!TryLock())
            {
                spinner.SpinOnce();
            }
        }

        internal void Unlock() => Volatile.Write(ref _lockState, 0);

        /// <summary>Interrupts the worker unless it has not yet started: what <see cref="ShutdownNow"/> does to each one.</summary>
        internal void InterruptIfStarted()
        {
            if (Volatile.Read(ref _lockState) >= 0 && Thread is { } thread && !thread.IsInterrupted())
            {
                thread.Interrupt();
            }
        }

        private void Run() => Pool.RunWorker(this);
    }
}
