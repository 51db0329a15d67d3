using System.Runtime.CompilerServices;

namespace JThreading;

/// <summary>
/// The threads waiting in <see cref="JMonitor.Wait(object, long, int)"/> on one object, in arrival order.
/// Kept beside the object (not inside the .NET monitor) so that a waiting thread parks on its own lock and
/// <see cref="JThread.Interrupt"/> can wake it without <see cref="Thread.Interrupt"/>.
/// </summary>
internal sealed class MonitorWaitSet
{
    private static readonly ConditionalWeakTable<object, MonitorWaitSet> s_waitSets = [];

    private readonly LinkedList<Waiter> _waiters = new();

    internal static MonitorWaitSet For(object obj) => s_waitSets.GetOrCreateValue(obj);

    internal static MonitorWaitSet? Existing(object obj) => s_waitSets.TryGetValue(obj, out var set) ? set : null;

    /// <summary>How many threads wait.</summary>
    internal int Count
    {
        get
        {
            lock (_waiters)
            {
                return _waiters.Count;
            }
        }
    }

    internal LinkedListNode<Waiter> Add(JThread thread)
    {
        lock (_waiters)
        {
            return _waiters.AddLast(new Waiter(thread));
        }
    }

    /// <summary>Takes a waiter out that gave up (timeout or interrupt); false when a notify took it first.</summary>
    internal bool TryRemove(LinkedListNode<Waiter> node)
    {
        lock (_waiters)
        {
            if (node.List is null)
            {
                return false;
            }

            _waiters.Remove(node);
            return true;
        }
    }

    internal void NotifyOne()
    {
        Waiter? waiter = null;
        lock (_waiters)
        {
            if (_waiters.First is { } first)
            {
                waiter = first.Value;
                _waiters.RemoveFirst();
                waiter.Notified = true;
            }
        }

        waiter?.Thread.Wake();
    }

    internal void NotifyAll()
    {
        List<Waiter> woken;
        lock (_waiters)
        {
            woken = [.. _waiters];
            _waiters.Clear();
            foreach (var waiter in woken)
            {
                waiter.Notified = true;
            }
        }

        foreach (var waiter in woken)
        {
            waiter.Thread.Wake();
        }
    }

    /// <summary>
    /// Signals the first waiter as a lock's condition does: <paramref name="transfer"/> puts it on the lock's queue
    /// under this set's lock, so a waiter that gives up at the same moment is either transferred or gone first, and
    /// it is marked notified but not woken: the lock's queue wakes it when its turn comes.
    /// </summary>
    /// <param name="transfer">Queues the waiter on the lock; it must not throw.</param>
    internal void TransferOne(Action<Waiter> transfer)
    {
        lock (_waiters)
        {
            if (_waiters.First is { } first)
            {
                _waiters.RemoveFirst();
                transfer(first.Value);
                first.Value.Notified = true;
            }
        }
    }

    /// <summary>Signals every waiter as <see cref="TransferOne"/> does, in arrival order.</summary>
    /// <param name="transfer">Queues a waiter on the lock; it must not throw.</param>
    internal void TransferAll(Action<Waiter> transfer)
    {
        lock (_waiters)
        {
            while (_waiters.First is { } first)
            {
                _waiters.RemoveFirst();
                transfer(first.Value);
                first.Value.Notified = true;
            }
        }
    }

    internal sealed class Waiter(JThread thread)
    {
        internal JThread Thread { get; } = thread;

        internal volatile bool Notified;

        /// <summary>For a lock's condition: the hold count the waiter gave up, to take the lock back with.</summary>
        internal int Holds;

        /// <summary>For a lock's condition: the waiter's place on the lock's queue, once a signal put it there.</summary>
        internal Concurrent.WaitQueue.Node? LockNode;
    }
}
