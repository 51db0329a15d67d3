namespace JThreading;

public partial class JThread
{
    /// <summary>What the thread does; calls the task given to the constructor, or does nothing without one.</summary>
    /// <remarks>Java's <c>run()</c>. Subclasses override it. Calling it directly runs the task on the calling thread.</remarks>
    public virtual void Run() => _task?.Invoke();

    /// <summary>Starts the thread: a new .NET thread calls <see cref="Run"/>.</summary>
    /// <exception cref="IllegalThreadStateException">The thread was already started.</exception>
    /// <remarks>
    /// A non-daemon thread runs on a foreground .NET thread and keeps the process alive; a daemon thread runs on a
    /// background one. A thread started once the shutdown sequence has begun (from a hook, say) runs on a background
    /// thread whatever its daemon status, because in Java nothing delays the end of the process after the hooks. An
    /// exception escaping <see cref="Run"/> is dispatched to the uncaught-exception handlers and ends only this thread.
    /// </remarks>
    public void Start() => StartCore(runner: null);

    /// <summary>Whether the thread has been started and has not yet ended.</summary>
    /// <returns><see langword="true"/> while the thread is alive.</returns>
    public bool IsAlive() => _started && !IsTerminated;

    /// <summary>The thread's state, for monitoring.</summary>
    /// <returns>
    /// <see cref="JThreadState.New"/> before <see cref="Start"/>; <see cref="JThreadState.TimedWaiting"/> or
    /// <see cref="JThreadState.Waiting"/> in a JThread wait, <see cref="JThreadState.Waiting"/> in any other .NET wait;
    /// <see cref="JThreadState.Blocked"/> while re-entering a monitor after <see cref="JMonitor.Wait(object)"/>;
    /// <see cref="JThreadState.Terminated"/> once ended; otherwise <see cref="JThreadState.Runnable"/>.
    /// </returns>
    public JThreadState GetState()
    {
        if (!_started)
        {
            return JThreadState.New;
        }

        var thread = _thread;
        if (IsTerminated)
        {
            return JThreadState.Terminated;
        }

        // Started but not yet running its own code (a hook handed to its parked runner, say): the .NET thread may
        // still be in the wait it was parked in, which is not this thread's.
        if (!_running)
        {
            return JThreadState.Runnable;
        }

        var waitState = _waitState;
        if (waitState != JThreadState.Runnable)
        {
            return waitState;
        }

        return thread is not null && (thread.ThreadState & System.Threading.ThreadState.WaitSleepJoin) != 0
            ? JThreadState.Waiting
            : JThreadState.Runnable;
    }

    /// <summary>Waits until this thread has ended.</summary>
    /// <exception cref="InterruptedException">The calling thread was interrupted; its flag is cleared.</exception>
    /// <remarks>Java's <c>join()</c>, the same as <c>Join(0)</c>. Returns at once if the thread was never started.</remarks>
    public void Join() => Join(0);

    /// <summary>Waits at most <paramref name="millis"/> milliseconds for this thread to end; 0 waits forever.</summary>
    /// <param name="millis">The longest wait in milliseconds; 0 means forever, as in Java.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="millis"/> is negative.</exception>
    /// <exception cref="InterruptedException">The calling thread was interrupted; its flag is cleared.</exception>
    /// <remarks>
    /// Java's <c>join(long)</c>. Unlike <see cref="Thread.Join(int)"/>, 0 means "forever", not "do not wait".
    /// Returns at once if the thread was never started or has ended.
    /// </remarks>
    public void Join(long millis)
    {
        if (millis < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(millis), millis, ExceptionMessages.TimeoutNegative);
        }

        if (!IsAlive())
        {
            return;
        }

        var self = CurrentThread();
        lock (_stateLock)
        {
            if (IsTerminated)
            {
                return;
            }

            AddJoiner(self);
        }

        WaitOutcome outcome;
        try
        {
            outcome = self.ParkUntil(
                HasTerminated,
                this,
                millis == 0 ? Timeout.Infinite : Timeouts.MillisToTicks(millis),
                millis == 0 ? JThreadState.Waiting : JThreadState.TimedWaiting,
                _adopted ? AdoptedThreadPollMillis : Timeout.Infinite,
                spin: false);
        }
        finally
        {
            lock (_stateLock)
            {
                RemoveJoiner(self);
            }
        }

        if (outcome == WaitOutcome.Interrupted)
        {
            self.ThrowInterrupted();
        }
    }

    /// <summary>Waits at most <paramref name="millis"/> milliseconds plus <paramref name="nanos"/> nanoseconds.</summary>
    /// <param name="millis">Milliseconds; 0 with 0 nanoseconds waits forever.</param>
    /// <param name="nanos">Additional nanoseconds, 0 to 999999; rounded up to the next millisecond.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="millis"/> is negative, or <paramref name="nanos"/> is outside 0..999999.
    /// </exception>
    /// <exception cref="InterruptedException">The calling thread was interrupted; its flag is cleared.</exception>
    public void Join(long millis, int nanos)
    {
        Timeouts.Check(millis, nanos);
        Join(Timeouts.RoundUpToMillis(millis, nanos));
    }

    /// <summary>Waits at most <paramref name="timeout"/> for this thread to end.</summary>
    /// <param name="timeout">The longest wait; zero or negative means do not wait.</param>
    /// <returns><see langword="true"/> if the thread has ended.</returns>
    /// <exception cref="IllegalThreadStateException">The thread was never started.</exception>
    /// <exception cref="InterruptedException">The calling thread was interrupted; its flag is cleared.</exception>
    /// <remarks>Java 19's <c>join(Duration)</c>. Sub-millisecond parts are rounded up.</remarks>
    public bool Join(TimeSpan timeout)
    {
        if (!_started)
        {
            throw new IllegalThreadStateException(ExceptionMessages.ThreadNotStarted);
        }

        if (IsTerminated)
        {
            return true;
        }

        if (timeout <= TimeSpan.Zero)
        {
            return false;
        }

        Join(Timeouts.RoundUpToMillis(timeout));
        return IsTerminated;
    }

    /// <summary>Ended, or (for an adopted thread) its .NET thread has ended.</summary>
    internal bool IsTerminated => _terminated || (_adopted && _thread is { IsAlive: false });

    internal Action? TaskAction => _task;

    /// <summary>The OS id of the thread this JThread runs on; 0 before it runs.</summary>
    internal long OsThreadId => Volatile.Read(ref _osThreadId);

    /// <summary>
    /// Starts the thread on a new .NET thread, or on the parked thread of a shutdown-hook runner, which is then the
    /// thread's .NET thread exactly as a new one would have been.
    /// </summary>
    private void StartCore(ShutdownHookRunner? runner)
    {
        Thread thread;
        lock (_stateLock)
        {
            if (_started)
            {
                throw new IllegalThreadStateException(ExceptionMessages.ThreadAlreadyStarted);
            }

            thread = runner?.Thread ?? new Thread(s_threadStart, (int)Math.Min(_stackSize, int.MaxValue));

            // Decided in one step with the shutdown decision: a non-daemon thread either holds the process from before
            // its .NET thread runs, or (the sequence has begun: Java ends after the hooks even if one started a
            // non-daemon thread) runs in the background and is not listed as holding it. A hook's runner thread is a
            // background thread already, and hooks start only once the sequence has begun.
            _holdsProcess = !_daemon && ProcessLifetime.TryHold(this);
            _started = true;
            if (runner is null)
            {
                thread.IsBackground = !_holdsProcess;
            }

            if (_priority != NormPriority)
            {
                ApplyNativePriority(thread, _priority);
            }

            _thread = thread;
        }

        LiveThreads.Add(this);
        SignalHandlers.EnsureDumpOnSigQuit();
        JThreadMetrics.ThreadStarted(_daemon);
        JThreadEventSource.Log.ThreadStarted(_threadId, _name, _daemon);
        try
        {
            if (runner is null)
            {
                thread.Start(this);
            }
            else
            {
                runner.Run(this);
            }
        }
        catch
        {
            Terminate();
            throw;
        }
    }

    /// <summary>Starts this registered shutdown hook on its runner's parked thread.</summary>
    internal void StartOn(ShutdownHookRunner runner) => StartCore(runner);

    /// <summary>Whether a runner's default-sized thread can stand in for this thread's own.</summary>
    internal bool CanRunOnRunner => _stackSize == 0;

    /// <summary>Called by a shutdown-hook runner on its thread, once <see cref="StartOn"/> has marked this thread started.</summary>
    /// <remarks>
    /// Sets <see cref="t_current"/> at once: a runner's thread was made long before, so there is no start to make
    /// cheaper.
    /// </remarks>
    internal void RunOnThisThread()
    {
        t_current = this;
        ThreadMain();
    }

    private static bool HasTerminated(JThread thread) => thread.IsTerminated;

    /// <summary>Adds a joiner, under <see cref="_stateLock"/>; a list only from the second one on.</summary>
    private void AddJoiner(JThread joiner)
    {
        switch (_joiners)
        {
            case null:
                _joiners = joiner;
                break;
            case JThread first:
                _joiners = new List<JThread> { first, joiner };
                break;
            default:
                ((List<JThread>)_joiners).Add(joiner);
                break;
        }
    }

    /// <summary>Removes a joiner that stopped waiting, under <see cref="_stateLock"/>.</summary>
    private void RemoveJoiner(JThread joiner)
    {
        if (ReferenceEquals(_joiners, joiner))
        {
            _joiners = null;
        }
        else if (_joiners is List<JThread> list)
        {
            list.Remove(joiner);
        }
    }

    // Leaves t_current unset: a thread that touches no thread-static saves the runtime's per-thread block for them
    // (about 150 bytes); CurrentThread() finds this thread through LiveThreads on its first call here.
    private void ThreadMain()
    {
        NameOwnThread();
        Volatile.Write(ref _osThreadId, OsThread.CurrentId());
        _running = true;
        try
        {
            Run();
        }
        catch (Exception exception)
        {
            DispatchUncaughtException(exception);
        }
        finally
        {
            Terminate();
        }
    }

    /// <summary>
    /// Gives the .NET thread, and with it the operating-system thread (<c>top -H</c>, <c>gdb</c>, <c>perf</c>), this
    /// thread's name, from the thread itself: on Linux a thread names itself with one <c>prctl</c>, while naming another
    /// thread means opening, writing and closing its <c>/proc</c> entry, which on a loaded machine costs more than the
    /// rest of Start() (measured: 4x the processor time of a raw thread's start and join).
    /// </summary>
    /// <remarks>
    /// <see cref="Thread.Start()"/> still holds the .NET thread's own lock when the new thread begins, nearly every
    /// time, and the name setter takes that lock. Blocking on it would show the new thread as waiting; it yields until
    /// Start() lets go instead, which takes microseconds. A <see cref="SetName"/> racing this names the thread too; the
    /// loop makes the last name win.
    /// </remarks>
    private void NameOwnThread()
    {
        var thread = _thread!;
        while (!Monitor.TryEnter(thread))
        {
            Thread.Yield();
        }

        try
        {
            string name;
            do
            {
                name = _name;
                TrySetNativeName(thread, name);
            }
            while (!ReferenceEquals(name, _name));
        }
        finally
        {
            Monitor.Exit(thread);
        }
    }

    /// <summary>
    /// The end of a thread, in Java's order: it is no longer alive and joiners wake, then it stops counting as
    /// a non-daemon thread.
    /// </summary>
    internal void Terminate()
    {
        object? joiners;
        lock (_stateLock)
        {
            if (_terminated)
            {
                return;
            }

            _terminated = true;
            joiners = _joiners;
            _joiners = null;
        }

        if (joiners is JThread joiner)
        {
            joiner.Wake();
        }
        else
        {
            WakeAll(joiners as List<JThread>);
        }

        JThreadEventSource.Log.ThreadEnded(_threadId, _name);
        _inheritableValues = null;
        _threadLocalValues = null;
        if (_holdsProcess)
        {
            ProcessLifetime.Release(this);
        }

        // Last: releasing the process may start the shutdown hooks here, on this thread, and CurrentThread() must still
        // find it.
        LiveThreads.Remove(this);
    }
}
