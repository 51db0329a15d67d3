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

    internal sealed class Waiter(JThread thread)
    {
        internal JThread Thread { get; } = thread;

        internal volatile bool Notified;
    }
}
