namespace JThreading;

/// <summary>
/// The registered shutdown hooks, each with the parked runner thread kept ready for it, and the two halves of running
/// them: start them all, then join them all ignoring interrupts. <see cref="ProcessLifetime"/> owns the one instance
/// and changes the list only under its lock; starting and joining run outside it.
/// </summary>
internal sealed class ShutdownHooks
{
    // A list rather than a set: programs register a handful of hooks, and the shutdown path should run as little code
    // for the first time as possible.
    private readonly List<(JThread Hook, ShutdownHookRunner? Runner)> _registered = [];

    /// <summary>Whether no hook is registered.</summary>
    internal bool IsEmpty => _registered.Count == 0;

    /// <summary>Registers <paramref name="hook"/>; the caller holds the lifetime lock and has checked the state.</summary>
    /// <exception cref="ArgumentException">The hook is registered already, or alive.</exception>
    internal void Add(JThread hook, ShutdownHookRunner? runner)
    {
        // Java checks only isAlive(): an ended thread can be registered, and fails to start at shutdown.
        if (hook.IsAlive())
        {
            throw new ArgumentException(ExceptionMessages.HookAlreadyRunning, nameof(hook));
        }

        if (IndexOf(hook) >= 0)
        {
            throw new ArgumentException(ExceptionMessages.HookPreviouslyRegistered, nameof(hook));
        }

        _registered.Add((hook, runner));
    }

    /// <summary>Unregisters <paramref name="hook"/>; returns whether it was registered, and its runner to release.</summary>
    internal bool Remove(JThread hook, out ShutdownHookRunner? runner)
    {
        var index = IndexOf(hook);
        if (index < 0)
        {
            runner = null;
            return false;
        }

        runner = _registered[index].Runner;
        _registered.RemoveAt(index);
        return true;
    }

    /// <summary>The registered hooks that have a parked runner, with the runner's OS thread id; for the thread dump.</summary>
    internal List<(string HookName, long OsThreadId)> Runners()
    {
        var runners = new List<(string, long)>();
        foreach (var (hook, runner) in _registered)
        {
            if (runner is not null)
            {
                runners.Add((hook.GetName(), runner.OsThreadId));
            }
        }

        return runners;
    }

    /// <summary>Takes every registered hook, to be started once the lock is released; the list is empty after.</summary>
    internal (JThread Hook, ShutdownHookRunner? Runner)[] TakeAll()
    {
        var hooks = _registered.ToArray();
        _registered.Clear();
        return hooks;
    }

    /// <summary>
    /// Takes from a throwaway list of one entry, for the shutdown warm-up: the list holds value tuples, whose array
    /// type and copy are loaded and compiled for that type alone, 100 us the first time, on the way to the first hook.
    /// </summary>
    internal static void WarmUp()
    {
        var hooks = new ShutdownHooks();
        hooks._registered.Add((null!, null));
        _ = hooks.TakeAll();
    }

    /// <summary>Starts every hook, each on its runner where it has one; returns the hooks to join.</summary>
    /// <remarks>Never throws: a hook that cannot start is reported and the others still run.</remarks>
    internal static JThread[] StartAll((JThread Hook, ShutdownHookRunner? Runner)[] registered)
    {
        var hooks = new JThread[registered.Length];
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
                // Started by user code after it was registered, or ended before: it is joined (at once) below.
                runner?.Release();
            }
            catch (Exception exception)
            {
                // No thread could be had for it (out of memory, say): the other hooks still run.
                runner?.Release();
                StandardError.Report($"shutdown hook \"{hook.GetName()}\" could not be started", exception);
            }
        }

        return hooks;
    }

    /// <summary>Waits for every hook to end, ignoring interrupts, as Java's shutdown does.</summary>
    internal static void JoinAll(JThread[] hooks)
    {
        foreach (var hook in hooks)
        {
            while (true)
            {
                try
                {
                    hook.Join();
                    JThreadEventSource.Log.HookEnded(hook);
                    break;
                }
                catch (InterruptedException)
                {
                    // Java's shutdown ignores interrupts while it waits for hooks.
                }
            }
        }
    }

    private int IndexOf(JThread hook)
    {
        for (var i = 0; i < _registered.Count; i++)
        {
            if (ReferenceEquals(_registered[i].Hook, hook))
            {
                return i;
            }
        }

        return -1;
    }
}
