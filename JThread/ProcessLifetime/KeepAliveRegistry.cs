using System.Diagnostics;

namespace JThreading;

/// <summary>
/// What keeps the process alive: every started, live non-daemon <see cref="JThread"/> that holds it (the main thread
/// included under <see cref="JRuntime.RunMain(string[], Action{string[]})"/>) and every
/// <see cref="JRuntime.KeepAlive(string)"/> lease. A plain collection: <see cref="ProcessLifetime"/> owns it and calls
/// it only under its own lock, so that "the registry is empty" and the shutdown decision are one step.
/// </summary>
internal sealed class KeepAliveRegistry
{
    private readonly Dictionary<JThread, DateTimeOffset> _threads = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<Lease> _leases = [];

    /// <summary>The one rule for threads and leases alike: nothing holds the process.</summary>
    internal bool IsEmpty => _threads.Count + _leases.Count == 0;

    internal int LeaseCount => _leases.Count;

    internal void Add(JThread thread) => _threads[thread] = DateTimeOffset.UtcNow;

    internal bool Remove(JThread thread) => _threads.Remove(thread);

    internal void Add(Lease lease) => _leases.Add(lease);

    internal bool Remove(Lease lease) => _leases.Remove(lease);

    /// <summary>The entries, oldest first.</summary>
    internal List<KeepAliveEntry> Snapshot()
    {
        var entries = new List<KeepAliveEntry>(_threads.Count + _leases.Count);
        foreach (var (thread, since) in _threads)
        {
            entries.Add(new KeepAliveEntry(KeepAliveKind.Thread, thread.GetName(), thread.ThreadId(), since));
        }

        foreach (var lease in _leases)
        {
            entries.Add(new KeepAliveEntry(KeepAliveKind.Lease, lease.Reason, null, lease.Since));
        }

        entries.Sort(static (a, b) => a.Since.CompareTo(b.Since));
        return entries;
    }

    /// <summary>
    /// A <see cref="JRuntime.KeepAlive(string)"/> lease. One taken after the shutdown began is never registered: it
    /// does not delay the end, and disposing it does nothing.
    /// </summary>
    [DebuggerDisplay("lease {" + nameof(Reason) + "}")]
    internal sealed class Lease(string reason) : IDisposable
    {
        private int _disposed;

        internal string Reason { get; } = reason;

        internal DateTimeOffset Since { get; } = DateTimeOffset.UtcNow;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                ProcessLifetime.Release(this);
            }
        }
    }
}
