using System.Diagnostics;

namespace JThreading;

/// <summary>
/// The process's one list of what keeps it alive: every started, live non-daemon <see cref="JThread"/> (the main
/// thread included under <see cref="JRuntime.RunMain(string[], Action{string[]})"/>) and every
/// <see cref="JRuntime.KeepAlive(string)"/> lease. Whoever removes the last entry runs what waits for the registry
/// to drain (<see cref="WhenEmpty(Action)"/>) there and then: nothing polls, and nothing waits to be woken.
/// </summary>
internal sealed class KeepAliveRegistry
{
    // Monitor.Wait/PulseAll needs a plain object rather than System.Threading.Lock.
    private readonly object _lock = new();
    private readonly Dictionary<JThread, DateTimeOffset> _threads = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<Lease> _leases = [];
    private Thread? _keeper;
    private List<Action>? _whenEmpty;

    private KeepAliveRegistry()
    {
    }

    internal static KeepAliveRegistry Instance { get; } = new();

    /// <summary>Set by the launcher: it waits on the registry itself, so leases need no keeper thread.</summary>
    internal bool LauncherWaits { get; set; }

    internal void AddThread(JThread thread)
    {
        lock (_lock)
        {
            _threads[thread] = DateTimeOffset.UtcNow;
        }
    }

    internal void RemoveThread(JThread thread)
    {
        List<Action>? whenEmpty = null;
        lock (_lock)
        {
            if (_threads.Remove(thread) && _threads.Count + _leases.Count == 0)
            {
                whenEmpty = TakeWhenEmpty();
            }
        }

        RunAll(whenEmpty);
    }

    /// <summary>
    /// Runs <paramref name="action"/> once the registry is empty: at once on the caller if it is empty now, else on
    /// the thread whose thread end or lease release empties it, right then. The launcher starts the shutdown hooks
    /// this way, so the hooks do not wait for the launcher's own thread to be woken and scheduled.
    /// </summary>
    internal void WhenEmpty(Action action)
    {
        lock (_lock)
        {
            if (_threads.Count + _leases.Count > 0)
            {
                (_whenEmpty ??= []).Add(action);
                return;
            }
        }

        action();
    }

    internal IDisposable AddLease(string reason)
    {
        var lease = new Lease(this, reason);
        lock (_lock)
        {
            _leases.Add(lease);

            // Under a plain Main nothing waits on this registry, but .NET waits for foreground threads: one
            // foreground keeper while any lease is held holds the process open.
            if (!LauncherWaits && _keeper is null && !ShutdownSequence.HasBegun)
            {
                _keeper = new Thread(KeepWhileLeased) { IsBackground = false, Name = "JThread keep-alive" };
                _keeper.Start();
            }
        }

        JThreadMetrics.LeaseTaken();
        JThreadEventSource.Log.LeaseTaken(reason);
        return lease;
    }

    internal List<KeepAliveEntry> Snapshot()
    {
        var entries = new List<KeepAliveEntry>();
        lock (_lock)
        {
            foreach (var (thread, since) in _threads)
            {
                entries.Add(new KeepAliveEntry(KeepAliveKind.Thread, thread.GetName(), thread.ThreadId(), since));
            }

            foreach (var lease in _leases)
            {
                entries.Add(new KeepAliveEntry(KeepAliveKind.Lease, lease.Reason, null, lease.Since));
            }
        }

        entries.Sort(static (a, b) => a.Since.CompareTo(b.Since));
        return entries;
    }

    private void RemoveLease(Lease lease)
    {
        List<Action>? whenEmpty = null;
        bool removed;
        lock (_lock)
        {
            removed = _leases.Remove(lease);
            if (removed)
            {
                if (_leases.Count == 0)
                {
                    // Wakes the keeper thread of a plain Main.
                    Monitor.PulseAll(_lock);
                }

                if (_threads.Count == 0)
                {
                    whenEmpty = TakeWhenEmpty();
                }
            }
        }

        if (removed)
        {
            JThreadMetrics.LeaseReleased();
            JThreadEventSource.Log.LeaseReleased(lease.Reason);
        }

        RunAll(whenEmpty);
    }

    /// <summary>
    /// Releases, through <see cref="IDisposable"/>, a lease that was never registered: the runtime then has the
    /// interface call resolved before a program's last real release runs it on the shutdown path.
    /// </summary>
    internal void WarmUpLeaseRelease()
    {
        IDisposable lease = new Lease(this, "warm-up");
        lease.Dispose();
    }

    /// <summary>Hands back the callbacks, to run once the lock is released.</summary>
    private List<Action>? TakeWhenEmpty()
    {
        var whenEmpty = _whenEmpty;
        _whenEmpty = null;
        return whenEmpty;
    }

    private static void RunAll(List<Action>? actions)
    {
        if (actions is not null)
        {
            foreach (var action in actions)
            {
                try
                {
                    action();
                }
                catch (Exception exception)
                {
                    // This runs on whichever thread removed the last entry, often a dying thread: nothing may escape.
                    StandardError.Report("the keep-alive registry's drain callback failed", exception);
                }
            }
        }
    }

    private void KeepWhileLeased()
    {
        lock (_lock)
        {
            while (_leases.Count > 0)
            {
                Monitor.Wait(_lock);
            }

            _keeper = null;
        }
    }

    private sealed class Lease(KeepAliveRegistry registry, string reason) : IDisposable
    {
        private int _disposed;

        internal string Reason { get; } = reason;

        internal DateTimeOffset Since { get; } = DateTimeOffset.UtcNow;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                registry.RemoveLease(this);
            }
        }
    }
}
