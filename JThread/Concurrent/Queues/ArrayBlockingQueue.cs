using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace JThreading.Concurrent;

/// <summary>
/// A bounded blocking queue in one array allocated up front, with Java's interruption: Java's
/// <c>java.util.concurrent.ArrayBlockingQueue</c>.
/// </summary>
/// <typeparam name="T">The element type; for reference types <see langword="null"/> elements are refused.</typeparam>
/// <remarks>
/// <para>
/// Elements leave in the order they came (FIFO); once the queue holds <c>capacity</c> elements,
/// <see cref="AbstractBlockingQueue{T}.Put(T)"/> waits for room. Adding and removing allocate nothing (a thread that has to wait allocates its
/// waiter node). Threads blocked in <see cref="AbstractBlockingQueue{T}.Put(T)"/> or <see cref="AbstractBlockingQueue{T}.Take"/> report
/// <see cref="JThreadState.Waiting"/> (<see cref="JThreadState.TimedWaiting"/> in the timed calls), and
/// <see cref="JThread.Interrupt"/> ends such a wait with <see cref="InterruptedException"/>.
/// </para>
/// <para>
/// Blocked threads are always served oldest first, which is what Java promises for a fair queue; the
/// <c>fair</c> argument is kept for ported code and reported by <see cref="IsFair"/>. The enumerator works on a copy of
/// the elements taken when it is created (at most <c>capacity</c> of them): weakly consistent as Java's, it never
/// throws because the queue changed and returns each element that was there at its start exactly once, in order.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var queue = new ArrayBlockingQueue&lt;int&gt;(2);
/// queue.Put(1);
/// queue.Put(2);
/// Console.WriteLine(queue.Offer(3)); // False: full
/// Console.WriteLine(queue.Take());   // 1
/// </code>
/// </example>
public sealed class ArrayBlockingQueue<T> : AbstractBlockingQueue<T>
{
    // A circular buffer: the elements from the take index on, wrapping at the end of the array. Guarded by Gate.
    private readonly T[] _items;
    private readonly bool _fair;
    private int _takeIndex;
    private int _putIndex;
    private int _count;

    /// <summary>Creates a queue that holds at most <paramref name="capacity"/> elements.</summary>
    /// <param name="capacity">The bound; the array of this length is allocated now.</param>
    /// <param name="fair">Java's fairness argument; blocked threads are served oldest first either way.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="capacity"/> is below 1 (Java's <c>IllegalArgumentException</c>).
    /// </exception>
    /// <remarks>Java's <c>ArrayBlockingQueue(int)</c> and <c>ArrayBlockingQueue(int, boolean)</c>.</remarks>
    public ArrayBlockingQueue(int capacity, bool fair = false)
        : base(capacity)
    {
        _items = new T[capacity];
        _fair = fair;
    }

    /// <summary>Whether the queue was created fair.</summary>
    /// <returns>The <c>fair</c> argument of the constructor.</returns>
    /// <remarks>Java has no such method (its lock's <c>isFair()</c> is private); added for ported tests.</remarks>
    public bool IsFair() => _fair;

    /// <summary>Enumerates the elements head first, from a copy taken now.</summary>
    /// <returns>An enumerator that never throws because the queue changed.</returns>
    public override IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)ToArray()).GetEnumerator();

    private protected override int Count => _count;

    private protected override void EnqueueItem(T item)
    {
        _items[_putIndex] = item;
        _putIndex = Next(_putIndex);
        _count++;
    }

    private protected override T DequeueItem()
    {
        var item = _items[_takeIndex];
        _items[_takeIndex] = default!;
        _takeIndex = Next(_takeIndex);
        _count--;
        return item;
    }

    private protected override T PeekItem() => _items[_takeIndex];

    private protected override bool RemoveItem(T item)
    {
        var index = IndexOf(item);
        if (index < 0)
        {
            return false;
        }

        // Close the gap by moving the later elements one place toward the head, as Java's removeAt.
        for (var next = Next(index); next != _putIndex; index = next, next = Next(next))
        {
            _items[index] = _items[next];
        }

        _items[index] = default!;
        _putIndex = index;
        _count--;
        return true;
    }

    private protected override bool ContainsItem(T item) => IndexOf(item) >= 0;

    private protected override void ClearItems()
    {
        while (_count > 0)
        {
            DequeueItem();
        }

        _takeIndex = _putIndex = 0;
    }

    private protected override T[] CopyItems()
    {
        var items = new T[_count];
        for (int i = 0, index = _takeIndex; i < _count; i++, index = Next(index))
        {
            items[i] = _items[index];
        }

        return items;
    }

    private int Next(int index) => index + 1 == _items.Length ? 0 : index + 1;

    private int IndexOf(T item)
    {
        for (int i = 0, index = _takeIndex; i < _count; i++, index = Next(index))
        {
            if (ElementEquality.Matches(item, _items[index]))
            {
                return index;
            }
        }

        return -1;
    }
}
