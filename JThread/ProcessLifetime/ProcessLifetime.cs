using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.Loader;

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
/// Late calls get JDK 25's answers: during the sequence a second <c>Exit</c> blocks for ever and a signal does
/// nothing; after it, the same when <c>Exit</c> or a signal began it (the first status stands), while after a
/// sequence begun because nothing held the process they halt with their status; a second <c>RunMain</c> is refused.
/// </para>
/// <para>
/// How .NET ends a process, as measured rather than as documented: on CoreCLR <see cref="AppDomain.ProcessExit"/> is
/// raised on the finalizer thread, both after <see cref="Environment.Exit(int)"/> and after <c>Main</c> returns, and the
/// finalizer runs no finalizer from then on; on NativeAOT it is raised on the exiting thread. On both, the
/// <see cref="AssemblyLoadContext.Unloading"/> event of every load context is raised just before it, on the same
/// thread, and <see cref="Environment.ExitCode"/> set in a handler becomes the exit code. So every decision here is
/// taken by state (whether .NET's own exit has begun, and on which thread), never by guessing which thread raises the
/// event; the sequence's own end sets the exit code and lets .NET finish, so that the ProcessExit handlers of other
/// libraries (log and telemetry flushes) still run after <c>Exit</c> and signals.
/// </para>
/// <para>
/// Under a plain <c>Main</c> the hooks must not run inside ProcessExit: on CoreCLR a hook that waits for finalizers
/// (<c>GC.WaitForPendingFinalizers()</c>, Java's <c>System.runFinalization()</c>) would wait for ever there. .NET
/// gives no event when <c>Main</c> returns, but it marks the main thread as a background thread before it waits for
/// the foreground ones; while a hook is registered, a foreground watcher (<see cref="WatchForMainReturn"/>) waits for
/// that and for the registry to empty, and runs the sequence before .NET begins its own exit.
/// </para>
/// <para>
/// Lock discipline: the lock guards the state, the <see cref="KeepAliveRegistry"/> and the <see cref="ShutdownHooks"/>
/// list. It is never held while user code runs, while a thread is started, or while anything is written: hooks start
/// and are joined outside it, and every caller that ends up starting them does so after releasing it.
/// </para>
/// </remarks>
internal static class ProcessLifetime
{
    // How often the watcher of a plain Main looks whether main has returned, while nothing else holds the process.
    private const int MainReturnPollMillis = 1;

    // How long the end of an Exit or a signal gives a plain Main that is still running to finish returning, if it is
    // returning, before the status is written for the last time. A main blocked elsewhere costs the exit this once.
    private const int MainReturnGraceMillis = 100;

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
    private static bool s_runtimeExiting;
    private static Thread? s_runtimeExitThread;
    private static Thread? s_mainThread;
    private static Thread? s_keeper;
    private static Thread? s_mainReturnWatcher;

    static ProcessLifetime()
    {
        // Run when the library is loaded (LibraryInitializer), before user code can register a ProcessExit handler that
        // would call Exit. The Unloading events are raised before any ProcessExit handler, whoever registered first.
        var context = AssemblyLoadContext.GetLoadContext(typeof(ProcessLifetime).Assembly) ?? AssemblyLoadContext.Default;
        context.Unloading += static _ => OnRuntimeExiting();
        AppDomain.CurrentDomain.ProcessExit += static (_, _) => OnProcessExit();
        AppDomain.CurrentDomain.UnhandledException += static (_, _) => OnUnhandledException();
        if (Thread.CurrentThread.ManagedThreadId == 1)
        {
            s_mainThread = Thread.CurrentThread;
        }
    }

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
        MainReturned,
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
    /// Installs the exit handlers: called once, when the library is loaded (<see cref="LibraryInitializer"/>), before
    /// any other code of the library runs, so no other path needs to call it.
    /// </summary>
    internal static void Watch()
    {
        // Nothing to do: the first call runs the static constructor, which installs the handlers.
    }

    /// <summary>Records the process's main .NET thread, whose return from a plain <c>Main</c> the watcher waits for.</summary>
    internal static void NoteMainThread(Thread thread)
    {
        lock (s_lock)
        {
            s_mainThread ??= thread;
        }
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

            PulseWatcherIfEmpty();
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

            PulseWatcherIfEmpty();
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
        Thread? watcher = null;
        try
        {
            lock (s_lock)
            {
                if (CurrentState != State.Running)
                {
                    throw new InvalidOperationException(ExceptionMessages.ShutdownInProgress);
                }

                s_hooks.Add(hook, runner);
                if (Thread.CurrentThread.ManagedThreadId == 1)
                {
                    s_mainThread ??= Thread.CurrentThread;
                }

                if (!s_launcherEntered && s_mainReturnWatcher is null && s_mainThread is { } main)
                {
                    watcher = s_mainReturnWatcher = new Thread(() => WatchForMainReturn(main))
                    {
                        IsBackground = false,
                        Name = "JThread main-return watcher",
                    };
                }
            }
        }
        catch
        {
            runner?.Release();
            throw;
        }

        // Without the registrant's ExecutionContext, as every thread of the library's own.
        watcher?.UnsafeStart();

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
            if (s_mainReturnWatcher is not null)
            {
                // With no hook left, the watcher has nothing to run and ends: a plain Main's process ends as .NET's.
                Monitor.PulseAll(s_lock);
            }
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
        // No lock, no console and no event: a watchdog's Halt must end the process even when a lock's holder, a writer
        // or an event listener (user code, which may block on a full pipe) is stuck.
        Volatile.Write(ref s_state, (int)State.Halting);
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

            // A watcher started by a hook registered before RunMain leaves: the launcher owns main's end now.
            Monitor.PulseAll(s_lock);
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
    /// .NET's own exit has begun (an <see cref="AssemblyLoadContext.Unloading"/> event, raised just before the first
    /// ProcessExit handler, on the thread that raises them): from now on nothing may call
    /// <see cref="Environment.Exit(int)"/>, which would wait for ever for the exit under way.
    /// </summary>
    private static void OnRuntimeExiting()
    {
        lock (s_lock)
        {
            s_runtimeExiting = true;
            s_runtimeExitThread ??= Thread.CurrentThread;
        }
    }

    /// <summary>
    /// .NET's ProcessExit: after <see cref="Environment.Exit(int)"/> (the sequence's own, or user code's), or once a
    /// plain Main has returned and every foreground thread has ended. Begins the sequence if nothing else has (then the
    /// hooks run here, the fallback when no watcher could run them earlier), or waits for the one under way; then gives
    /// .NET the sequence's exit status and returns, so that the ProcessExit handlers after this one still run.
    /// Never calls <see cref="Environment.Exit(int)"/>: that deadlocks inside this event.
    /// </summary>
    private static void OnProcessExit()
    {
        OnRuntimeExiting();
        (JThread, ShutdownHookRunner?)[]? hooks = null;
        lock (s_lock)
        {
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

        // Exit, a signal, the watcher or RunMain owns the sequence. As Java's DestroyJavaVM waits behind System.exit,
        // the process must not end before the hooks have, nor with Main's exit code when Exit or a signal chose one.
        s_hooksDone.Wait();
        int? status;
        lock (s_lock)
        {
            status = s_cause is Cause.Exit or Cause.Signal ? s_exitStatus : null;
        }

        if (status is { } exitStatus)
        {
            Environment.ExitCode = exitStatus;
        }
    }

    /// <summary>
    /// .NET's UnhandledException, raised on the thread before .NET ends the process for it. While the sequence runs, or
    /// once Exit or a signal has fixed the status, an exception escaping a thread (main's, when a hook interrupts it)
    /// must not abort the process in the middle of the hooks: that thread waits, as the JVM lets a dying thread go,
    /// and the sequence's owner ends the process with the sequence's status.
    /// </summary>
    private static void OnUnhandledException()
    {
        bool wait;
        lock (s_lock)
        {
            wait = CurrentState switch
            {
                State.Halting => true,
                State.ShuttingDown or State.HooksDone => s_cause is Cause.Exit or Cause.Signal or Cause.ProcessExit,
                _ => false,
            };
        }

        if (wait)
        {
            BlockForever();
        }
    }

    /// <summary>
    /// The foreground watcher of a plain <c>Main</c> with a hook registered: waits until main has returned (.NET then
    /// marks it background) and nothing holds the process, and runs the sequence then, before .NET's own exit, with the
    /// finalizer still running. Ends without running it when <c>RunMain</c> takes over, when another way in begins the
    /// sequence, or when no hook is left. .NET signals nothing when main returns, so while the registry is empty the
    /// watcher looks every millisecond; while a thread or lease holds the process it sleeps until the last one leaves.
    /// </summary>
    private static void WatchForMainReturn(Thread main)
    {
        (JThread, ShutdownHookRunner?)[] hooks;
        lock (s_lock)
        {
            while (true)
            {
                if (s_launcherEntered || CurrentState != State.Running || s_hooks.IsEmpty || s_runtimeExiting)
                {
                    s_mainReturnWatcher = null;
                    return;
                }

                if (main.IsBackground && s_registry.IsEmpty)
                {
                    hooks = Begin(Cause.MainReturned, exitStatus: null);
                    break;
                }

                Monitor.Wait(s_lock, s_registry.IsEmpty ? MainReturnPollMillis : Timeout.Infinite);
            }
        }

        StartHooks(hooks);
        JoinHooks();
    }

    /// <summary>Under the lock: wakes the watcher when the registry has just emptied.</summary>
    private static void PulseWatcherIfEmpty()
    {
        if (s_mainReturnWatcher is not null && s_registry.IsEmpty)
        {
            Monitor.PulseAll(s_lock);
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
                case State.HooksDone when s_cause is not (Cause.Exit or Cause.Signal):
                    // The sequence began because nothing held the process (DestroyJavaVM's shutdown, which releases
                    // the shutdown lock when the hooks are done): a late Exit or signal halts with its own status.
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
    /// <remarks>
    /// Through .NET's own exit, so that every ProcessExit handler runs and <see cref="OnProcessExit"/> keeps the
    /// status. If .NET's exit is already under way (a plain Main returned meanwhile) it ends the process and
    /// <see cref="OnProcessExit"/> gives it the status: this thread waits. If this thread is the one raising .NET's
    /// exit events (an <c>Exit</c> from inside a ProcessExit handler), it can neither return nor call
    /// <see cref="Environment.Exit(int)"/>, and halts.
    /// </remarks>
    [DoesNotReturn]
    private static void EndProcess(int status)
    {
        bool runtimeExiting;
        bool onRuntimeExitThread;
        lock (s_lock)
        {
            runtimeExiting = s_runtimeExiting;
            onRuntimeExitThread = ReferenceEquals(s_runtimeExitThread, Thread.CurrentThread);
        }

        JThreadEventSource.Log.Exiting(status);
        Environment.ExitCode = status;
        if (onRuntimeExitThread)
        {
            PlatformExit.Halt(status);
        }

        if (runtimeExiting)
        {
            BlockForever();
        }

        // The last ProcessExit handler, after every other library's: the status again, once a plain Main that was
        // returning meanwhile has written its own return value as .NET's exit code (it does so just before it turns
        // background). Java's launcher cannot race so: its DestroyJavaVM waits behind System.exit.
        var callerIsMain = ReferenceEquals(Thread.CurrentThread, s_mainThread);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => KeepExitStatus(status, callerIsMain);
        PlatformExit.Exit(status);
    }

    /// <summary>The last ProcessExit handler of an <c>Exit</c> or a signal: makes <paramref name="status"/> the exit code.</summary>
    private static void KeepExitStatus(int status, bool callerIsMain)
    {
        if (!callerIsMain && !Volatile.Read(ref s_launcherEntered) && s_mainThread is { } main)
        {
            var waited = Stopwatch.StartNew();
            while (main.IsAlive && !main.IsBackground && waited.ElapsedMilliseconds < MainReturnGraceMillis)
            {
                Thread.Sleep(1);
            }
        }

        Environment.ExitCode = status;
    }

    /// <summary>The cause as the shutdown event names it; constant strings, nothing to format on the shutdown path.</summary>
    private static string CauseName(Cause cause) => cause switch
    {
        Cause.LastEntryLeft => "LastEntryLeft",
        Cause.MainReturned => "MainReturned",
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
