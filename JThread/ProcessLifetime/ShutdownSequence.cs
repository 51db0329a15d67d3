namespace JThreading;

/// <summary>
/// The JVM's shutdown sequence: the registered hooks, started together and joined ignoring interrupts. Exactly
/// one caller runs it, the first to <see cref="TryClaim(int?)"/>: the launcher when the last non-daemon thread ended,
/// <see cref="JRuntime.Exit(int)"/>, a signal, or .NET's <see cref="AppDomain.ProcessExit"/> under a plain Main.
/// Every later claimant blocks forever, as a second <c>System.exit</c> does in Java.
/// </summary>
internal static class ShutdownSequence
{
    private static readonly Lock s_lock = new();
    private static readonly ManualResetEventSlim s_hooksDone = new();

    // A list rather than a set: programs register a handful of hooks, and the shutdown path should run as little code
    // for the first time as possible. Each hook has a runner thread ready where it can have one (see
    // ShutdownHookRunner). Null once the hooks have been taken to run.
    private static List<(JThread Hook, ShutdownHookRunner? Runner)>? s_hooks = [];
    private static JThread[] s_started = [];
    private static int s_claimed;
    private static int s_processExitHandlerInstalled;

    // Written by the claimant right after its claim, read by other threads only after s_hooksDone is set.
    private static int s_claimantThreadId;
    private static int? s_claimantStatus;

    /// <summary>Whether the hooks have been taken to run: from then on none can be added or removed.</summary>
    internal static bool HasBegun => Volatile.Read(ref s_hooks) is null;

    internal static void AddHook(JThread hook)
    {
        ArgumentNullException.ThrowIfNull(hook);
        lock (s_lock)
        {
            if (s_hooks is null)
            {
                throw new InvalidOperationException(ExceptionMessages.ShutdownInProgress);
            }

            if (hook.GetState() != JThreadState.New)
            {
                throw new ArgumentException(ExceptionMessages.HookAlreadyRunning, nameof(hook));
            }

            if (IndexOf(s_hooks, hook) >= 0)
            {
                throw new ArgumentException(ExceptionMessages.HookPreviouslyRegistered, nameof(hook));
            }

            s_hooks.Add((hook, hook.CanRunOnRunner ? new ShutdownHookRunner() : null));
        }

        ShutdownWarmUp.Hook(hook);
    }

    internal static bool RemoveHook(JThread hook)
    {
        ArgumentNullException.ThrowIfNull(hook);
        lock (s_lock)
        {
            if (s_hooks is null)
            {
                throw new InvalidOperationException(ExceptionMessages.ShutdownInProgress);
            }

            var index = IndexOf(s_hooks, hook);
            if (index < 0)
            {
                return false;
            }

            s_hooks[index].Runner?.Release();
            s_hooks.RemoveAt(index);
            return true;
        }
    }

    /// <summary>Claims the one run of the sequence.</summary>
    /// <param name="exitStatus">
    /// The status the claimant ends the process with once the hooks are done (<see cref="JRuntime.Exit(int)"/>, a
    /// signal); <see langword="null"/> when it lets the process end by itself (the launcher returning, ProcessExit).
    /// </param>
    /// <returns><see langword="false"/> when somebody else claimed it first.</returns>
    internal static bool TryClaim(int? exitStatus)
    {
        if (Interlocked.CompareExchange(ref s_claimed, 1, 0) != 0)
        {
            return false;
        }

        s_claimantThreadId = Environment.CurrentManagedThreadId;
        s_claimantStatus = exitStatus;
        return true;
    }

    /// <summary>Starts every hook, then joins each, ignoring interrupts. Only the claimant calls it.</summary>
    internal static void RunHooks()
    {
        StartHooks();
        JoinHooks();
    }

    /// <summary>Takes the registered hooks and starts them all; the first half of <see cref="RunHooks"/>.</summary>
    internal static void StartHooks()
    {
        (JThread Hook, ShutdownHookRunner? Runner)[] registered;
        lock (s_lock)
        {
            registered = s_hooks is null ? [] : s_hooks.ToArray();
            s_hooks = null;
        }

        var hooks = new JThread[registered.Length];
        try
        {
            for (var i = 0; i < registered.Length; i++)
            {
                var (hook, runner) = registered[i];
                hooks[i] = hook;
                JThreadEventSource.Log.HookStarted(hook);
                try
                {
                    if (runner is null)
                    {
                        hook.Start();
                    }
                    else
                    {
                        hook.StartOn(runner);
                    }
                }
                catch (ThreadStateException)
                {
                    // Started by user code after it was registered; it runs anyway, and is joined below.
                    runner?.Release();
                }
                catch (Exception exception)
                {
                    // No thread could be had for it (out of memory, say): the other hooks still run.
                    runner?.Release();
                    StandardError.Report($"shutdown hook \"{hook.GetName()}\" could not be started", exception);
                }
            }
        }
        finally
        {
            Volatile.Write(ref s_started, hooks);
        }
    }

    /// <summary>Waits for the hooks <see cref="StartHooks"/> started, ignoring interrupts; the second half of <see cref="RunHooks"/>.</summary>
    internal static void JoinHooks()
    {
        try
        {
            foreach (var hook in Volatile.Read(ref s_started))
            {
                JoinIgnoringInterrupts(hook);
                JThreadEventSource.Log.HookEnded(hook);
            }
        }
        finally
        {
            s_hooksDone.Set();
        }
    }

    /// <summary>Where a second <see cref="JRuntime.Exit(int)"/> (or signal) ends up: Java blocks it forever.</summary>
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    internal static void BlockForever()
    {
        while (true)
        {
            Thread.Sleep(Timeout.Infinite);
        }
    }

    /// <summary>
    /// Under a plain Main, .NET raises <see cref="AppDomain.ProcessExit"/> once it has waited for every foreground
    /// (non-daemon) thread, and there the hooks run. Never call <see cref="Environment.Exit(int)"/> from inside it:
    /// that deadlocks CoreCLR.
    /// </summary>
    internal static void EnsureProcessExitHandler()
    {
        if (Interlocked.Exchange(ref s_processExitHandlerInstalled, 1) == 0)
        {
            AppDomain.CurrentDomain.ProcessExit += static (_, _) =>
            {
                PlatformExit.EnteredProcessExit();
                if (TryClaim(exitStatus: null))
                {
                    RunHooks();
                    return;
                }

                if (Volatile.Read(ref s_claimantThreadId) == Environment.CurrentManagedThreadId)
                {
                    // The claimant's own Environment.Exit, after its hooks: let .NET finish ending the process.
                    return;
                }

                // Main returned while Exit or a signal runs the hooks on another thread. As Java's DestroyJavaVM
                // waits behind System.exit, the process must not end here with Main's exit code: wait for the
                // hooks, then end with the claimant's status (its own Environment.Exit would deadlock against us).
                s_hooksDone.Wait();
                if (s_claimantStatus is { } status)
                {
                    PlatformExit.Halt(status);
                }
            };
        }
    }

    private static int IndexOf(List<(JThread Hook, ShutdownHookRunner? Runner)> hooks, JThread hook)
    {
        for (var i = 0; i < hooks.Count; i++)
        {
            if (ReferenceEquals(hooks[i].Hook, hook))
            {
                return i;
            }
        }

        return -1;
    }

    private static void JoinIgnoringInterrupts(JThread hook)
    {
        while (true)
        {
            try
            {
                hook.Join();
                return;
            }
            catch (InterruptedException)
            {
                // Java's shutdown ignores interrupts while it waits for hooks.
            }
        }
    }
}
