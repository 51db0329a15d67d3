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
/// <see cref="Put(T)"/> waits for room. Adding and removing allocate nothing (a thread that has to wait allocates its
/// waiter node). Threads blocked in <see cref="Put(T)"/> or <see cref="Take"/> report
/// <see cref="JThreadState.Waiting"/> (<see cref="JThreadState.TimedWaiting"/> in the timed calls), and
/// <see cref="JThread.Interrupt"/> ends such a wait with <see cref="InterruptedException"/>.
/// </para>
/// <para>
/// Blocked threads are always served oldest first, which is what Java promises for a fair queue; the
/// <c>fair</c> argument is kept for ported code and reported by <see cref="IsFair"/>. The enumerator works on a copy of
/// the elements taken when it is created (at most <c>capacity</c> of them): weakly consistent as Java's, it never
/// throws because the queue changed and returns each element that was there at its start exactly once, in order.
/// </para>
/// <para>
/// It is also an <see cref="ICollection{T}"/>, as a Java queue is a <c>Collection</c>: another queue can drain into it,
/// and its <see cref="ICollection{T}.Add(T)"/> is <see cref="Add(T)"/>.
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
public sealed class ArrayBlockingQueue<T> : IBlockingQueue<T>, ICollection<T>
{
    private readonly Core _core;
    private readonly bool _fair;

    /// <summary>Creates a queue that holds at most <paramref name="capacity"/> elements.</summary>
    /// <param name="capacity">The bound; the array of this length is allocated now.</param>
    /// <param name="fair">Java's fairness argument; blocked threads are served oldest first either way.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="capacity"/> is below 1 (Java's <c>IllegalArgumentException</c>).
    /// </exception>
    /// <remarks>Java's <c>ArrayBlockingQueue(int)</c> and <c>ArrayBlockingQueue(int, boolean)</c>.</remarks>
    public ArrayBlockingQueue(int capacity, bool fair = false)
    {
        _core = new Core(capacity);
        _fair = fair;
    }

    /// <summary>Whether the queue was created fair.</summary>
    /// <returns>The <c>fair</c> argument of the constructor.</returns>
    /// <remarks>Java has no such method (its lock's <c>isFair()</c> is private); added for ported tests.</remarks>
    public bool IsFair() => _fair;

    /// <inheritdoc/>
    public void Put(T item) => _core.Put(item);

    /// <inheritdoc/>
    public T Take() => _core.Take();

    /// <inheritdoc/>
    public bool Offer(T item) => _core.Offer(item);

    /// <inheritdoc/>
    public bool Offer(T item, long timeout, TimeUnit unit) => _core.Offer(item, timeout, unit);

    /// <inheritdoc/>
    public bool Add(T item) => _core.Add(item);

    /// <inheritdoc/>
    public bool TryPoll([MaybeNullWhen(false)] out T item) => _core.TryPoll(out item);

    /// <inheritdoc/>
    public bool TryPoll(long timeout, TimeUnit unit, [MaybeNullWhen(false)] out T item) => _core.TryPoll(timeout, unit, out item);

    /// <inheritdoc/>
    public bool TryPeek([MaybeNullWhen(false)] out T item) => _core.TryPeek(out item);

    /// <inheritdoc/>
    public int Size() => _core.Size();

    /// <inheritdoc/>
    public int RemainingCapacity() => _core.RemainingCapacity();

    /// <inheritdoc/>
    public bool IsEmpty() => _core.Size() == 0;

    /// <inheritdoc/>
    public bool Remove(T item) => _core.Remove(item);

    /// <inheritdoc/>
    public bool Contains(T item) => _core.Contains(item);

    /// <inheritdoc/>
    public void Clear() => _core.Clear();

    /// <inheritdoc/>
    public T[] ToArray() => _core.ToArray();

    /// <inheritdoc/>
    public int DrainTo(ICollection<T> target) => _core.DrainTo(target, int.MaxValue, this);

    /// <inheritdoc/>
    public int DrainTo(ICollection<T> target, int maxElements) => _core.DrainTo(target, maxElements, this);

    /// <summary>Enumerates the elements head first, from a copy taken now.</summary>
    /// <returns>An enumerator that never throws because the queue changed.</returns>
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_core.ToArray()).GetEnumerator();

    /// <summary>The number of elements, as <see cref="Size"/>.</summary>
    int ICollection<T>.Count => Size();

    /// <summary>Always <see langword="false"/>.</summary>
    bool ICollection<T>.IsReadOnly => false;

    /// <summary>As <see cref="Add(T)"/>: throws when the queue is full.</summary>
    void ICollection<T>.Add(T item) => Add(item);

    /// <summary>Copies the elements, head first, into <paramref name="array"/> from <paramref name="arrayIndex"/> on.</summary>
    void ICollection<T>.CopyTo(T[] array, int arrayIndex) => ToArray().CopyTo(array, arrayIndex);

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The elements in Java's collection form, head first: <c>[a, b]</c>.</summary>
    /// <returns>The elements, each by its <see cref="object.ToString"/>.</returns>
    /// <remarks>Java's <c>AbstractCollection.toString()</c>.</remarks>
    public override string ToString() => QueueWaits.Format(ToArray(), this);

    /// <summary>A circular buffer: elements from the take index on, wrapping at the end of the array.</summary>
    private sealed class Core : BlockingQueueCore<T>
    {
        private readonly T[] _items;
        private int _takeIndex;
        private int _putIndex;
        private int _count;

        internal Core(int capacity)
            : base(capacity) => _items = new T[capacity];

        protected override int Count => _count;

        protected override void EnqueueItem(T item)
        {
            _items[_putIndex] = item;
            _putIndex = Next(_putIndex);
            _count++;
        }

        protected override T DequeueItem()
        {
            var item = _items[_takeIndex];
            _items[_takeIndex] = default!;
            _takeIndex = Next(_takeIndex);
            _count--;
            return item;
        }

        protected override T PeekItem() => _items[_takeIndex];

        protected override bool RemoveItem(T item)
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

        protected override bool ContainsItem(T item) => IndexOf(item) >= 0;

        protected override void ClearItems()
        {
            while (_count > 0)
            {
                DequeueItem();
            }

            _takeIndex = _putIndex = 0;
        }

        protected override T[] CopyItems()
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
            var comparer = EqualityComparer<T>.Default;
            for (int i = 0, index = _takeIndex; i < _count; i++, index = Next(index))
            {
                if (comparer.Equals(item, _items[index]))
                {
                    return index;
                }
            }

            return -1;
        }
    }
}
