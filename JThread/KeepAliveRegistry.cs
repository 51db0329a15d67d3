using System.Diagnostics;

namespace JThreading;

/// <summary>
/// The process's one list of what keeps it alive: every started, live non-daemon <see cref="JThread"/> (the main
/// thread included under <see cref="JRuntime.RunMain(string[], Action{string[]})"/>) and every
/// <see cref="JRuntime.KeepAlive(string)"/> lease. Waiting for it to drain is a monitor wait, never a poll.
/// </summary>
internal sealed class KeepAliveRegistry
{
    private const double MaxFiniteWaitSeconds = 100 * 365.25 * 24 * 3600;

    // Monitor.Wait/PulseAll needs a plain object rather than System.Threading.Lock.
    private readonly object _lock = new();
    private readonly Dictionary<JThread, DateTimeOffset> _threads = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<Lease> _leases = [];
    private Thread? _keeper;

    private KeepAliveRegistry()
    {
    }

    internal static KeepAliveRegistry Instance { get; } = new();

    /// <summary>Set by the launcher: it waits on the registry itself, so leases need no keeper thread.</summary>
    internal bool LauncherWaits { get; set; }

    internal int Count
    {
        get
        {
            lock (_lock)
            {
                return _threads.Count + _leases.Count;
            }
        }
    }

    internal void AddThread(JThread thread)
    {
        lock (_lock)
        {
            _threads[thread] = DateTimeOffset.UtcNow;
        }
    }

    internal void RemoveThread(JThread thread)
    {
        lock (_lock)
        {
            if (_threads.Remove(thread) && _threads.Count + _leases.Count == 0)
            {
                Monitor.PulseAll(_lock);
            }
        }
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
        return lease;
    }

    /// <summary>Waits until nothing is left, or the timeout passes.</summary>
    /// <param name="timeoutSeconds">How long at most; <see cref="double.PositiveInfinity"/> (or anything too long for a timer) waits forever.</param>
    /// <returns><see langword="true"/> when the registry drained.</returns>
    internal bool WaitUntilEmpty(double timeoutSeconds)
    {
        // Beyond a century the deadline is as good as never, and computing it could overflow.
        var deadline = timeoutSeconds < MaxFiniteWaitSeconds
            ? Stopwatch.GetTimestamp() + (long)(timeoutSeconds * Stopwatch.Frequency)
            : long.MaxValue;
        lock (_lock)
        {
            while (_threads.Count + _leases.Count > 0)
            {
                if (deadline == long.MaxValue)
                {
                    Monitor.Wait(_lock);
                    continue;
                }

                var remaining = deadline - Stopwatch.GetTimestamp();
                if (remaining <= 0)
                {
                    return false;
                }

                // Monitor.Wait takes at most int.MaxValue milliseconds (about 24.8 days); longer waits go round again.
                var millis = Math.Min(Math.Ceiling(remaining * 1000.0 / Stopwatch.Frequency), int.MaxValue - 1);
                Monitor.Wait(_lock, (int)millis);
            }

            return true;
        }
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
        lock (_lock)
        {
            if (_leases.Remove(lease) && (_leases.Count == 0 || _threads.Count + _leases.Count == 0))
            {
                Monitor.PulseAll(_lock);
            }
        }

        JThreadMetrics.LeaseReleased();
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
