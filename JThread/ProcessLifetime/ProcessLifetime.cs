using System.Diagnostics.CodeAnalysis;

namespace JThreading;

/// <summary>
/// Where the process decides to end: one explicit state under one lock, as Java's <c>java.lang.Shutdown</c>. Every
/// way in goes through here: the last keep-alive entry leaving under <c>RunMain</c> (a thread's end or a lease's
/// release), <see cref="JRuntime.Exit(int)"/>, <see cref="JRuntime.Halt(int)"/>, SIGINT/SIGTERM/SIGHUP, .NET's
/// <see cref="AppDomain.ProcessExit"/> under a plain <c>Main</c>, and the end of <c>RunMain</c>.
/// </summary>
/// <remarks>
/// <para>
/// The states: <see cref="State.Running"/>, then <see cref="State.ShuttingDown"/> (the hooks were taken and are
/// started; the cause and exit status are fixed), then <see cref="State.HooksDone"/> (every hook has ended; the
/// process may still live on, for example in code after <c>RunMain</c>), and <see cref="State.Halting"/> from
/// <see cref="JRuntime.Halt(int)"/> on. Whoever moves the state out of <see cref="State.Running"/> owns the sequence.
/// </para>
/// <para>
/// Late calls get Java's answers: during the sequence a second <c>Exit</c> blocks for ever and a signal does nothing;
/// after it, <c>Exit</c> and a signal halt with their status; a second <c>RunMain</c> is refused.
/// </para>
/// <para>
/// Lock discipline: the lock guards the state, the <see cref="KeepAliveRegistry"/> and the <see cref="ShutdownHooks"/>
/// list. It is never held while user code runs, while a thread is started, or while anything is written: hooks start
/// and are joined outside it, and every caller that ends up starting them does so after releasing it.
/// </para>
/// </remarks>
internal static class ProcessLifetime
{
    // Monitor rather than System.Threading.Lock: the keeper thread of a plain Main waits on it for the last lease.
    private static readonly object s_lock = new();
    private static readonly KeepAliveRegistry s_registry = new();
    private static readonly ShutdownHooks s_hooks = new();

    // Set once the sequence's hooks have all been started (just after the state left Running), and once they have all
    // ended. Nothing is woken before the hooks are started: a wake-up on the way costs the first hook 70 us here.
    private static readonly ManualResetEventSlim s_hooksStarted = new();
    private static readonly ManualResetEventSlim s_hooksDone = new();

    private static int s_state; // a State; read without the lock by HasBegun
    private static Cause s_cause;
    private static int? s_exitStatus;
    private static JThread[] s_startedHooks = [];
    private static bool s_launcherEntered;
    private static bool s_launcherWaits;
    private static bool s_inProcessExit;
    private static Thread? s_exitingThread;
    private static Thread? s_keeper;

    static ProcessLifetime() =>
        // Installed with the first use of anything here (a non-daemon thread's start, Exit, a hook, a lease, RunMain):
        // under a plain Main this is where the hooks run, and where a returning Main waits behind an Exit under way.
        AppDomain.CurrentDomain.ProcessExit += static (_, _) => OnProcessExit();

    /// <summary>The process's lifetime states, in the order they are reached.</summary>
    internal enum State
    {
        Running,
        ShuttingDown,
        HooksDone,
        Halting,
    }

    /// <summary>What started the shutdown sequence.</summary>
    internal enum Cause
    {
        None,
        LastEntryLeft,
        Exit,
        Signal,
        ProcessExit,
    }

    /// <summary>What a way in that carries a status does once the sequence has begun.</summary>
    private enum LateCall
    {
        None,
        Halt,
        Ignore,
    }

    /// <summary>
    /// Makes sure the ProcessExit handler is installed; called whenever a thread is created, so that an
    /// <see cref="JRuntime.Exit(int)"/> racing a returning Main always finds it there.
    /// </summary>
    internal static void Watch()
    {
        // Nothing to do: the first call runs the static constructor, which installs the handler.
    }

    /// <summary>Whether the shutdown sequence has begun (or is over): from then on nothing new holds the process.</summary>
    internal static bool HasBegun => Volatile.Read(ref s_state) != (int)State.Running;

    internal static State CurrentState => (State)Volatile.Read(ref s_state);

    /// <summary>Registers a non-daemon thread that is starting, unless the sequence has begun.</summary>
    /// <returns>Whether the thread holds the process; if not, it must run in the background.</returns>
    internal static bool TryHold(JThread thread)
    {
        lock (s_lock)
        {
            if (CurrentState != State.Running)
            {
                return false;
            }

            s_registry.Add(thread);
            return true;
        }
    }

    /// <summary>A thread that held the process has ended (or main has returned, under <c>RunMain</c>).</summary>
    internal static void Release(JThread thread)
    {
        (JThread, ShutdownHookRunner?)[]? hooks;
        lock (s_lock)
        {
            if (!s_registry.Remove(thread))
            {
                return;
            }

            hooks = BeginIfRegistryEmpty();
        }

        StartHooks(hooks);
    }

    /// <summary>A lease that holds the process like a non-daemon thread; see <see cref="JRuntime.KeepAlive(string)"/>.</summary>
    internal static IDisposable KeepAlive(string reason)
    {
        var lease = new KeepAliveRegistry.Lease(reason);
        Thread? keeper = null;
        lock (s_lock)
        {
            if (CurrentState != State.Running)
            {
                return lease;
            }

            s_registry.Add(lease);

            // Under a plain Main nothing waits on the registry, but .NET waits for foreground threads: one foreground
            // keeper while any lease is held holds the process open.
            if (!s_launcherWaits && s_keeper is null)
            {
                keeper = s_keeper = new Thread(KeepWhileLeased) { IsBackground = false, Name = "JThread keep-alive" };
            }
        }

        // Without the registrant's ExecutionContext: its AsyncLocal values must not live as long as the keeper.
        keeper?.UnsafeStart();
        JThreadMetrics.LeaseTaken();
        JThreadEventSource.Log.LeaseTaken(reason);
        return lease;
    }

    internal static void Release(KeepAliveRegistry.Lease lease)
    {
        (JThread, ShutdownHookRunner?)[]? hooks;
        lock (s_lock)
        {
            if (!s_registry.Remove(lease))
            {
                return;
            }

            // Only a plain Main's keeper waits on the lock; under RunMain nobody does, and the pulse would cost the
            // release path the lock's first inflation.
            if (s_registry.LeaseCount == 0 && s_keeper is not null)
            {
                Monitor.PulseAll(s_lock);
            }

            hooks = BeginIfRegistryEmpty();
        }

        JThreadMetrics.LeaseReleased();
        JThreadEventSource.Log.LeaseReleased(lease.Reason);
        StartHooks(hooks);
    }

    internal static List<KeepAliveEntry> Snapshot()
    {
        lock (s_lock)
        {
            return s_registry.Snapshot();
        }
    }

    internal static List<(string HookName, long OsThreadId)> HookRunners()
    {
        lock (s_lock)
        {
            return s_hooks.Runners();
        }
    }

    internal static void AddHook(JThread hook)
    {
        ArgumentNullException.ThrowIfNull(hook);

        // Made outside the lock: creating a thread takes hundreds of microseconds.
        var runner = hook.CanRunOnRunner && !hook.IsAlive() ? new ShutdownHookRunner() : null;
        try
        {
            lock (s_lock)
            {
                if (CurrentState != State.Running)
                {
                    throw new InvalidOperationException(ExceptionMessages.ShutdownInProgress);
                }

                s_hooks.Add(hook, runner);
            }
        }
        catch
        {
            runner?.Release();
            throw;
        }

        SignalHandlers.Install();
        ShutdownWarmUp.Begin();
        ShutdownWarmUp.Hook(hook);
    }

    internal static bool RemoveHook(JThread hook)
    {
        ArgumentNullException.ThrowIfNull(hook);
        bool removed;
        ShutdownHookRunner? runner;
        lock (s_lock)
        {
            if (CurrentState != State.Running)
            {
                throw new InvalidOperationException(ExceptionMessages.ShutdownInProgress);
            }

            removed = s_hooks.Remove(hook, out runner);
        }

        runner?.Release();
        return removed;
    }

    /// <summary><see cref="JRuntime.Exit(int)"/>: the first call runs the hooks and ends the process.</summary>
    [DoesNotReturn]
    internal static void Exit(int status)
    {
        var hooks = BeginWithStatus(Cause.Exit, status, out var late);
        if (late == LateCall.Halt)
        {
            Halt(status);
        }

        if (late == LateCall.Ignore)
        {
            // Java: every exit after the first blocks for ever, one from a hook included; the first ends the process.
            BlockForever();
        }

        StartHooks(hooks);
        JoinHooks();
        EndProcess(status);
    }

    /// <summary><see cref="JRuntime.Halt(int)"/>: ends the process at once, in any state, without waiting for anything.</summary>
    [DoesNotReturn]
    internal static void Halt(int status)
    {
        // No lock and no console: a watchdog's Halt must end the process even when a lock's holder or a writer is stuck.
        Volatile.Write(ref s_state, (int)State.Halting);
        JThreadEventSource.Log.Halt(status);
        PlatformExit.Halt(status);
    }

    /// <summary>SIGINT, SIGTERM or SIGHUP: as <c>Exit(128 + signal)</c>, but never blocks the signal's thread.</summary>
    internal static void OnSignal(int signalNumber)
    {
        var status = 128 + signalNumber;
        var hooks = BeginWithStatus(Cause.Signal, status, out var late);
        if (late == LateCall.Halt)
        {
            Halt(status);
        }

        if (late == LateCall.Ignore)
        {
            // During the sequence a signal does nothing, as Java's blocked exit does; no thread is left waiting.
            return;
        }

        var worker = new Thread(() =>
        {
            StartHooks(hooks);
            JoinHooks();
            EndProcess(status);
        })
        {
            IsBackground = true,
            Name = "JThread signal " + signalNumber.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        worker.UnsafeStart();
    }

    /// <summary>Called by <c>RunMain</c> before anything else: a process has one main.</summary>
    /// <exception cref="InvalidOperationException"><c>RunMain</c> was called before, or the shutdown has begun.</exception>
    internal static void EnterLauncher()
    {
        lock (s_lock)
        {
            if (s_launcherEntered)
            {
                throw new InvalidOperationException(ExceptionMessages.RunMainAgain);
            }

            if (CurrentState != State.Running)
            {
                throw new InvalidOperationException(ExceptionMessages.ShutdownInProgress);
            }

            s_launcherEntered = true;
        }
    }

    /// <summary>Registers main as the launcher's non-daemon thread: from now on an empty registry starts the sequence.</summary>
    internal static void HoldForMain(JThread main)
    {
        lock (s_lock)
        {
            s_launcherWaits = true;
            s_registry.Add(main);

            // A keeper started before RunMain (a lease taken in a static constructor, say) is no longer needed.
            Monitor.PulseAll(s_lock);
        }
    }

    /// <summary>
    /// The end of <c>RunMain</c>, once main has returned: releases main's entry, waits for the sequence and, when the
    /// last entry's leaving started it, joins the hooks. Blocks for ever when <c>Exit</c> or a signal owns the end.
    /// </summary>
    /// <param name="main">The main thread.</param>
    /// <param name="reportAfter">When to print what still holds the process; <see langword="null"/> for never.</param>
    internal static void EndOfMain(JThread main, TimeSpan? reportAfter)
    {
        Release(main);
        if (reportAfter is { } delay && !s_hooksStarted.Wait(delay))
        {
            KeepAliveReport.Write(Snapshot(), delay);
        }

        s_hooksStarted.Wait();
        Cause cause;
        lock (s_lock)
        {
            cause = s_cause;
        }

        if (cause != Cause.LastEntryLeft)
        {
            // Exit, a signal, or an Environment.Exit in user code owns the end of the process.
            BlockForever();
        }

        JoinHooks();
    }

    /// <summary>Where a late <c>Exit</c> ends up: Java blocks it forever.</summary>
    [DoesNotReturn]
    internal static void BlockForever()
    {
        while (true)
        {
            Thread.Sleep(Timeout.Infinite);
        }
    }

    /// <summary>
    /// Under a plain Main, .NET raises ProcessExit once every foreground (non-daemon) thread has ended, and the hooks
    /// run here. Never calls <see cref="Environment.Exit(int)"/>: that deadlocks CoreCLR inside this event.
    /// </summary>
    private static void OnProcessExit()
    {
        (JThread, ShutdownHookRunner?)[]? hooks = null;
        lock (s_lock)
        {
            s_inProcessExit = true;
            if (ReferenceEquals(s_exitingThread, Thread.CurrentThread))
            {
                // The sequence's own Environment.Exit, after its hooks: let .NET finish ending the process.
                return;
            }

            if (CurrentState == State.Running)
            {
                hooks = Begin(Cause.ProcessExit, exitStatus: null);
            }
        }

        if (hooks is not null)
        {
            StartHooks(hooks);
            JoinHooks();
            return;
        }

        // Main returned while Exit or a signal runs the hooks on another thread. As Java's DestroyJavaVM waits behind
        // System.exit, the process must not end here with Main's exit code: wait for the hooks, then end with the
        // sequence's status (its own Environment.Exit would deadlock against this event).
        s_hooksDone.Wait();
        if (s_exitStatus is { } status)
        {
            JThreadEventSource.Log.Exiting(status);
            PlatformExit.Halt(status);
        }
    }

    /// <summary>
    /// Java's rules for a way in that carries a status (<c>Exit</c>, a signal): while running it begins the sequence;
    /// once the hooks are done it halts with its status; in between (or while halting) it changes nothing.
    /// </summary>
    private static (JThread, ShutdownHookRunner?)[]? BeginWithStatus(Cause cause, int status, out LateCall late)
    {
        lock (s_lock)
        {
            switch (CurrentState)
            {
                case State.Running:
                    late = LateCall.None;
                    return Begin(cause, status);
                case State.HooksDone:
                    late = LateCall.Halt;
                    return null;
                default:
                    late = LateCall.Ignore;
                    return null;
            }
        }
    }

    /// <summary>Under the lock: the launcher's rule, that the sequence starts once nothing holds the process.</summary>
    private static (JThread, ShutdownHookRunner?)[]? BeginIfRegistryEmpty() =>
        s_launcherWaits && s_registry.IsEmpty && CurrentState == State.Running
            ? Begin(Cause.LastEntryLeft, exitStatus: null)
            : null;

    /// <summary>Under the lock: leaves <see cref="State.Running"/> and takes the hooks, to start once the lock is released.</summary>
    private static (JThread, ShutdownHookRunner?)[] Begin(Cause cause, int? exitStatus)
    {
        Volatile.Write(ref s_state, (int)State.ShuttingDown);
        s_cause = cause;
        s_exitStatus = exitStatus;
        return s_hooks.TakeAll();
    }

    private static void StartHooks((JThread, ShutdownHookRunner?)[]? hooks)
    {
        if (hooks is null)
        {
            return;
        }

        // Written by the thread that began the sequence, which alone has set the cause and status, outside the lock.
        JThreadEventSource.Log.ShutdownStarted(CauseName(s_cause), s_exitStatus ?? JThreadEventSource.StatusNotYetKnown);
        try
        {
            s_startedHooks = ShutdownHooks.StartAll(hooks);
        }
        finally
        {
            s_hooksStarted.Set();
        }
    }

    /// <summary>Waits for the started hooks, then marks the sequence done; only the sequence's owner calls it.</summary>
    private static void JoinHooks()
    {
        s_hooksStarted.Wait();
        try
        {
            ShutdownHooks.JoinAll(s_startedHooks);
        }
        finally
        {
            lock (s_lock)
            {
                if (CurrentState == State.ShuttingDown)
                {
                    Volatile.Write(ref s_state, (int)State.HooksDone);
                }
            }

            s_hooksDone.Set();
        }
    }

    /// <summary>Ends the process with <paramref name="status"/> once the sequence is done.</summary>
    [DoesNotReturn]
    private static void EndProcess(int status)
    {
        bool inProcessExit;
        lock (s_lock)
        {
            inProcessExit = s_inProcessExit;
            s_exitingThread = Thread.CurrentThread;
        }

        JThreadEventSource.Log.Exiting(status);
        if (inProcessExit)
        {
            PlatformExit.Halt(status);
        }

        PlatformExit.Exit(status);
    }

    /// <summary>The cause as the shutdown event names it; constant strings, nothing to format on the shutdown path.</summary>
    private static string CauseName(Cause cause) => cause switch
    {
        Cause.LastEntryLeft => "LastEntryLeft",
        Cause.Exit => "Exit",
        Cause.Signal => "Signal",
        Cause.ProcessExit => "ProcessExit",
        _ => "None",
    };

    private static void KeepWhileLeased()
    {
        lock (s_lock)
        {
            while (s_registry.LeaseCount > 0 && !s_launcherWaits)
            {
                Monitor.Wait(s_lock);
            }

            s_keeper = null;
        }
    }
}
