using System.Diagnostics;

namespace JThreading.Concurrent;

/// <summary>
/// The threads blocked in one queue operation, oldest first: an intrusive doubly linked list, so a waiter that gives up
/// leaves in constant time. Every member is called under the owning queue's gate.
/// </summary>
internal sealed class WaiterQueue<T>
{
    private QueueWaiter<T>? _first;
    private QueueWaiter<T>? _last;

    internal bool IsEmpty => _first is null;

    /// <summary>The oldest waiter, or <see langword="null"/>.</summary>
    internal QueueWaiter<T>? First => _first;

    /// <summary>The newest waiter, or <see langword="null"/>.</summary>
    internal QueueWaiter<T>? Last => _last;

    internal void AddLast(QueueWaiter<T> node)
    {
        Debug.Assert(!node.IsLinked, "a waiter waits once at a time");
        node.IsLinked = true;
        node.Previous = _last;
        node.Next = null;
        if (_last is null)
        {
            _first = node;
        }
        else
        {
            _last.Next = node;
        }

        _last = node;
    }

    /// <summary>Unlinks <paramref name="node"/>; false when it was not linked (a server took it first).</summary>
    internal bool Remove(QueueWaiter<T> node)
    {
        if (!node.IsLinked)
        {
            return false;
        }

        DoublyLinked.Unlink(ref _first, ref _last, node);

        node.Previous = null;
        node.Next = null;
        node.IsLinked = false;
        return true;
    }
}
