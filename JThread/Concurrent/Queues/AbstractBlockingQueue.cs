using System.Collections;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;

namespace JThreading.Concurrent;

/// <summary>
/// What <see cref="LinkedBlockingQueue{T}"/> and <see cref="ArrayBlockingQueue{T}"/> share: every
/// <see cref="IBlockingQueue{T}"/> member, with Java's interruption. They differ only in storage.
/// </summary>
/// <typeparam name="T">The element type; for reference types <see langword="null"/> elements are refused.</typeparam>
/// <remarks>
/// <para>
/// Java's <c>AbstractQueue</c> as far as these two queues use it; only this library derives from it. It is also an
/// <see cref="ICollection{T}"/>, as a Java queue is a <c>Collection</c>: another queue can drain into it, and its
/// <see cref="ICollection{T}.Add(T)"/> is <see cref="Add(T)"/>.
/// </para>
/// <para>
/// Waiters are served by direct hand-off under the gate: an element that arrives while takers wait goes to the oldest
/// taker, and room that appears while putters wait is filled at once with the oldest putter's element. So takers wait
/// only while the queue is empty and putters only while it is full, waiters are served first come first served, and a
/// woken waiter returns without taking the gate again. A waiter that gives up (timeout or interrupt) after it was
/// served keeps what it was given, with the flag still set, as a Java condition wait that was signalled before it was
/// interrupted; so no element or room is ever left behind for a thread that has gone.
/// </para>
/// <para>
/// The gate is a plain <see cref="Lock"/> held only for short steps that never wait (and, in <c>DrainTo</c>, for the
/// target's <c>Add</c> calls, as in Java); waits park on the thread's own JThread park primitive, so nothing here can
/// make a <c>lock</c> throw.
/// </para>
/// </remarks>
public abstract class AbstractBlockingQueue<T> : IBlockingQueue<T>, ICollection<T>
{
    private readonly WaiterQueue<T> _takers = new();
    private readonly WaiterQueue<T> _putters = new();

    private protected AbstractBlockingQueue(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
    }

    /// <summary>Guards the storage and both waiter queues.</summary>
    private protected Lock Gate { get; } = new();

    /// <summary>How many elements the storage holds.</summary>
    private protected abstract int Count { get; }

    private int Capacity { get; }

    /// <inheritdoc/>
    public void Put(T item)
    {
        QueueWaits.ThrowIfNull(item);
        var self = QueueWaits.EnterInterruptibly();
        if (Insert(self, item, Timeout.Infinite) != WaitOutcome.Satisfied)
        {
            self.ThrowInterrupted();
        }
    }

    /// <inheritdoc/>
    public bool Offer(T item)
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

    /// <inheritdoc/>
    public bool Offer(T item, long timeout, TimeUnit unit)
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

    /// <inheritdoc/>
    public bool Add(T item) => Offer(item) ? true : throw new InvalidOperationException(ExceptionMessages.QueueFull);

    /// <inheritdoc/>
    public T Take()
    {
        var self = QueueWaits.EnterInterruptibly();
        if (Remove(self, Timeout.Infinite, out var item) != WaitOutcome.Satisfied)
        {
            self.ThrowInterrupted();
        }

        return item!;
    }

    /// <inheritdoc/>
    public bool TryPoll([MaybeNullWhen(false)] out T item)
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

    /// <inheritdoc/>
    public bool TryPoll(long timeout, TimeUnit unit, [MaybeNullWhen(false)] out T item)
    {
        var self = QueueWaits.EnterInterruptibly();
        return Remove(self, QueueWaits.TimeoutTicks(timeout, unit), out item) switch
        {
            WaitOutcome.Satisfied => true,
            WaitOutcome.Interrupted => ThrowInterrupted(self),
            _ => false,
        };
    }

    /// <inheritdoc/>
    public bool TryPeek([MaybeNullWhen(false)] out T item)
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

    /// <inheritdoc/>
    public int Size()
    {
        lock (Gate)
        {
            return Count;
        }
    }

    /// <inheritdoc/>
    public int RemainingCapacity()
    {
        lock (Gate)
        {
            return Capacity - Count;
        }
    }

    /// <inheritdoc/>
    public bool Remove(T item)
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

    /// <inheritdoc/>
    public bool Contains(T item)
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

    /// <inheritdoc/>
    public void Clear()
    {
        PendingWakes wakes = default;
        lock (Gate)
        {
            ClearItems();
            AdmitPuttersLocked(ref wakes);
        }

        wakes.WakeAll();
    }

    /// <inheritdoc/>
    public T[] ToArray()
    {
        lock (Gate)
        {
            return CopyItems();
        }
    }

    /// <inheritdoc/>
    public bool IsEmpty() => Size() == 0;

    /// <inheritdoc/>
    public int DrainTo(ICollection<T> target) => DrainTo(target, int.MaxValue);

    /// <inheritdoc/>
    public int DrainTo(ICollection<T> target, int maxElements)
    {
        QueueWaits.CheckDrainTarget(target, this);
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

    /// <summary>Enumerates the elements head first, weakly consistent as Java's iterator.</summary>
    /// <returns>An enumerator that never throws because the queue changed.</returns>
    public abstract IEnumerator<T> GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The number of elements, as <see cref="Size"/>.</summary>
    int ICollection<T>.Count => Size();

    /// <summary>Always <see langword="false"/>.</summary>
    bool ICollection<T>.IsReadOnly => false;

    /// <summary>As <see cref="Add(T)"/>: throws when the queue is full.</summary>
    void ICollection<T>.Add(T item) => Add(item);

    /// <summary>Copies the elements, head first, into <paramref name="array"/> from <paramref name="arrayIndex"/> on.</summary>
    void ICollection<T>.CopyTo(T[] array, int arrayIndex) => ToArray().CopyTo(array, arrayIndex);

    /// <summary>The elements in Java's collection form, head first: <c>[a, b]</c>.</summary>
    /// <returns>The elements, each by its <see cref="object.ToString"/>.</returns>
    /// <remarks>Java's <c>AbstractCollection.toString()</c>.</remarks>
    public override string ToString() => QueueWaits.Format(ToArray(), this);

    /// <summary>Adds an element to the tail; called only when <see cref="Count"/> is below the capacity.</summary>
    private protected abstract void EnqueueItem(T item);

    /// <summary>Removes the head; called only when <see cref="Count"/> is positive.</summary>
    private protected abstract T DequeueItem();

    /// <summary>Reads the head; called only when <see cref="Count"/> is positive.</summary>
    private protected abstract T PeekItem();

    /// <summary>Removes the element equal to <paramref name="item"/> nearest the head.</summary>
    private protected abstract bool RemoveItem(T item);

    private protected abstract bool ContainsItem(T item);

    private protected abstract void ClearItems();

    private protected abstract T[] CopyItems();

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
