using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;

namespace JThreading.Concurrent;

/// <summary>
/// The blocking behaviour that <see cref="LinkedBlockingQueue{T}"/> and <see cref="ArrayBlockingQueue{T}"/> share;
/// they differ only in storage, which subclasses provide. Every storage member is called under <see cref="Gate"/>.
/// </summary>
/// <remarks>
/// <para>
/// Waiters are served by direct hand-off under the gate: an element that arrives while takers wait goes to the oldest
/// taker, and room that appears while putters wait is filled at once with the oldest putter's element. So takers wait
/// only while the queue is empty and putters only while it is full, waiters are served first come first served, and a
/// woken waiter returns without taking the gate again. A waiter that gives up (timeout or interrupt) after it was
/// served keeps what it was given, with the flag still set, as a Java condition wait that was signalled before it was
/// interrupted; so no element or room is ever left behind for a thread that has gone.
/// </para>
/// <para>
/// The gate is a plain <see cref="Lock"/> held only for short steps that never wait; waits park on the thread's own
/// <see cref="ThreadParker"/>, so nothing here can make a <c>lock</c> throw.
/// </para>
/// </remarks>
internal abstract class BlockingQueueCore<T>
{
    private readonly WaiterQueue<T> _takers = new();
    private readonly WaiterQueue<T> _putters = new();

    protected BlockingQueueCore(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
    }

    internal int Capacity { get; }

    /// <summary>Guards the storage and both waiter queues.</summary>
    protected Lock Gate { get; } = new();

    /// <summary>How many elements the storage holds.</summary>
    protected abstract int Count { get; }

    internal void Put(T item)
    {
        QueueWaits.ThrowIfNull(item);
        var self = QueueWaits.EnterInterruptibly();
        if (Insert(self, item, Timeout.Infinite) != WaitOutcome.Satisfied)
        {
            self.ThrowInterrupted();
        }
    }

    internal bool Offer(T item)
    {
        QueueWaits.ThrowIfNull(item);
        PendingWakes wakes = default;
        bool inserted;
        lock (Gate)
        {
            inserted = TryInsertLocked(item, ref wakes);
        }

        wakes.WakeAll();
        return inserted;
    }

    internal bool Offer(T item, long timeout, TimeUnit unit)
    {
        QueueWaits.ThrowIfNull(item);
        var self = QueueWaits.EnterInterruptibly();
        return Insert(self, item, QueueWaits.TimeoutTicks(timeout, unit)) switch
        {
            WaitOutcome.Satisfied => true,
            WaitOutcome.Interrupted => ThrowInterrupted(self),
            _ => false,
        };
    }

    internal bool Add(T item) => Offer(item) ? true : throw new InvalidOperationException(ExceptionMessages.QueueFull);

    internal T Take()
    {
        var self = QueueWaits.EnterInterruptibly();
        if (Remove(self, Timeout.Infinite, out var item) != WaitOutcome.Satisfied)
        {
            self.ThrowInterrupted();
        }

        return item!;
    }

    internal bool TryPoll([MaybeNullWhen(false)] out T item)
    {
        PendingWakes wakes = default;
        bool removed;
        lock (Gate)
        {
            removed = TryRemoveLocked(out item, ref wakes);
        }

        wakes.WakeAll();
        return removed;
    }

    internal bool TryPoll(long timeout, TimeUnit unit, [MaybeNullWhen(false)] out T item)
    {
        var self = QueueWaits.EnterInterruptibly();
        return Remove(self, QueueWaits.TimeoutTicks(timeout, unit), out item) switch
        {
            WaitOutcome.Satisfied => true,
            WaitOutcome.Interrupted => ThrowInterrupted(self),
            _ => false,
        };
    }

    internal bool TryPeek([MaybeNullWhen(false)] out T item)
    {
        lock (Gate)
        {
            if (Count == 0)
            {
                item = default;
                return false;
            }

            item = PeekItem();
            return true;
        }
    }

    internal int Size()
    {
        lock (Gate)
        {
            return Count;
        }
    }

    internal int RemainingCapacity()
    {
        lock (Gate)
        {
            return Capacity - Count;
        }
    }

    internal bool Remove(T item)
    {
        if (item is null)
        {
            return false;
        }

        PendingWakes wakes = default;
        bool removed;
        lock (Gate)
        {
            removed = RemoveItem(item);
            if (removed)
            {
                AdmitPuttersLocked(ref wakes);
            }
        }

        wakes.WakeAll();
        return removed;
    }

    internal bool Contains(T item)
    {
        if (item is null)
        {
            return false;
        }

        lock (Gate)
        {
            return ContainsItem(item);
        }
    }

    internal void Clear()
    {
        PendingWakes wakes = default;
        lock (Gate)
        {
            ClearItems();
            AdmitPuttersLocked(ref wakes);
        }

        wakes.WakeAll();
    }

    internal T[] ToArray()
    {
        lock (Gate)
        {
            return CopyItems();
        }
    }

    internal int DrainTo(ICollection<T> target, int maxElements, object queue)
    {
        QueueWaits.CheckDrainTarget(target, queue);
        if (maxElements <= 0)
        {
            return 0;
        }

        PendingWakes wakes = default;
        var moved = 0;
        try
        {
            lock (Gate)
            {
                try
                {
                    // The elements there now, as Java: room freed meanwhile goes to waiting putters only at the end,
                    // so their elements are not drained too. An element whose Add throws stays in the queue.
                    var available = Math.Min(maxElements, Count);
                    while (moved < available)
                    {
                        target.Add(PeekItem());
                        DequeueItem();
                        moved++;
                    }
                }
                finally
                {
                    AdmitPuttersLocked(ref wakes);
                }
            }
        }
        finally
        {
            // Putters admitted before the target threw must still learn it.
            wakes.WakeAll();
        }

        return moved;
    }

    /// <summary>Adds an element to the tail; called only when <see cref="Count"/> is below the capacity.</summary>
    protected abstract void EnqueueItem(T item);

    /// <summary>Removes the head; called only when <see cref="Count"/> is positive.</summary>
    protected abstract T DequeueItem();

    /// <summary>Reads the head; called only when <see cref="Count"/> is positive.</summary>
    protected abstract T PeekItem();

    /// <summary>Removes the element equal to <paramref name="item"/> nearest the head.</summary>
    protected abstract bool RemoveItem(T item);

    protected abstract bool ContainsItem(T item);

    protected abstract void ClearItems();

    protected abstract T[] CopyItems();

    private static bool ThrowInterrupted(JThread self)
    {
        self.ThrowInterrupted();
        return false;
    }

    /// <summary>Inserts now, or waits as a putter; the outcome is the wait's (TimedOut at once for 0 ticks).</summary>
    private WaitOutcome Insert(JThread self, T item, long timeoutTicks)
    {
        PendingWakes wakes = default;
        QueueWaiter<T>? node = null;
        lock (Gate)
        {
            if (!TryInsertLocked(item, ref wakes))
            {
                if (timeoutTicks == 0)
                {
                    return WaitOutcome.TimedOut;
                }

                node = new QueueWaiter<T>(self, item, isProducer: true);
                _putters.AddLast(node);
            }
        }

        if (node is null)
        {
            wakes.WakeAll();
            return WaitOutcome.Satisfied;
        }

        return QueueWaits.Await(self, node, _putters, Gate, timeoutTicks);
    }

    /// <summary>Removes now, or waits as a taker; the outcome is the wait's (TimedOut at once for 0 ticks).</summary>
    private WaitOutcome Remove(JThread self, long timeoutTicks, out T? item)
    {
        PendingWakes wakes = default;
        QueueWaiter<T>? node = null;
        lock (Gate)
        {
            if (!TryRemoveLocked(out item, ref wakes))
            {
                if (timeoutTicks == 0)
                {
                    return WaitOutcome.TimedOut;
                }

                node = new QueueWaiter<T>(self, default!, isProducer: false);
                _takers.AddLast(node);
            }
        }

        if (node is null)
        {
            wakes.WakeAll();
            return WaitOutcome.Satisfied;
        }

        var outcome = QueueWaits.Await(self, node, _takers, Gate, timeoutTicks);
        item = outcome == WaitOutcome.Satisfied ? node.Item : default;
        return outcome;
    }

    private bool TryInsertLocked(T item, ref PendingWakes wakes)
    {
        if (_takers.First is { } taker)
        {
            Debug.Assert(Count == 0, "takers wait only while the queue is empty");
            _takers.Remove(taker);
            taker.Item = item;
            taker.Matched = true;
            wakes.Add(taker.Thread);
            return true;
        }

        if (Count < Capacity)
        {
            EnqueueItem(item);
            return true;
        }

        return false;
    }

    private bool TryRemoveLocked([MaybeNullWhen(false)] out T item, ref PendingWakes wakes)
    {
        if (Count == 0)
        {
            item = default;
            return false;
        }

        item = DequeueItem();
        AdmitPuttersLocked(ref wakes);
        return true;
    }

    /// <summary>Fills free room with waiting putters' elements, oldest first.</summary>
    private void AdmitPuttersLocked(ref PendingWakes wakes)
    {
        while (Count < Capacity && _putters.First is { } putter)
        {
            Debug.Assert(_takers.IsEmpty, "putters wait only while the queue is full");
            _putters.Remove(putter);
            EnqueueItem(putter.Item);
            putter.Item = default!;
            putter.Matched = true;
            wakes.Add(putter.Thread);
        }
    }
}
