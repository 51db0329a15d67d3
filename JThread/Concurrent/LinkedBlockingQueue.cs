using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace JThreading.Concurrent;

/// <summary>
/// A blocking queue of linked nodes, optionally bounded, with Java's interruption: Java's
/// <c>java.util.concurrent.LinkedBlockingQueue</c>.
/// </summary>
/// <typeparam name="T">The element type; for reference types <see langword="null"/> elements are refused.</typeparam>
/// <remarks>
/// <para>
/// Elements leave in the order they came (FIFO). Without a capacity the queue is bounded only by
/// <see cref="int.MaxValue"/>, so <see cref="IBlockingQueue{T}.Put(T)"/> never waits in practice. Threads blocked in
/// <see cref="Put(T)"/> or <see cref="Take"/> are served oldest first, and report <see cref="JThreadState.Waiting"/>
/// (<see cref="JThreadState.TimedWaiting"/> in the timed calls) meanwhile; <see cref="JThread.Interrupt"/> ends such a
/// wait with <see cref="InterruptedException"/>.
/// </para>
/// <para>
/// The enumerator is weakly consistent, as Java's iterator: it never throws because the queue changed, returns every
/// element that was there when it started and is still there when it gets to it, exactly once and in order, and may or
/// may not return elements added later. Unlike Java's, one lock guards both ends (Java takes one for each): simpler,
/// and on two cores as fast for a hand-off.
/// </para>
/// <para>
/// It is also an <see cref="ICollection{T}"/>, as a Java queue is a <c>Collection</c>: another queue can drain into it,
/// and its <see cref="ICollection{T}.Add(T)"/> is <see cref="Add(T)"/>.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var queue = new LinkedBlockingQueue&lt;string&gt;();
/// var consumer = new JThread(() => Console.WriteLine(queue.Take()));
/// consumer.Start();
/// queue.Put("hello");
/// consumer.Join();
/// </code>
/// </example>
public sealed class LinkedBlockingQueue<T> : IBlockingQueue<T>, ICollection<T>
{
    private readonly Core _core;

    /// <summary>Creates a queue that holds at most <paramref name="capacity"/> elements.</summary>
    /// <param name="capacity">The bound; <see cref="int.MaxValue"/> (the default) for a queue without a practical bound.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="capacity"/> is below 1 (Java's <c>IllegalArgumentException</c>).
    /// </exception>
    /// <remarks>Java's <c>LinkedBlockingQueue()</c> and <c>LinkedBlockingQueue(int)</c>.</remarks>
    public LinkedBlockingQueue(int capacity = int.MaxValue) => _core = new Core(capacity);

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

    /// <summary>Enumerates the elements head first, weakly consistent as Java's iterator.</summary>
    /// <returns>An enumerator that never throws because the queue changed.</returns>
    public IEnumerator<T> GetEnumerator() => _core.Enumerate();

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

    /// <summary>
    /// Linked nodes as Java's: the head is a sentinel; a node that leaves at the head points to itself, and one
    /// removed from the middle keeps its link, so an enumerator standing on it can always go on.
    /// </summary>
    private sealed class Core : BlockingQueueCore<T>
    {
        private Node _head;
        private Node _last;
        private int _count;

        internal Core(int capacity)
            : base(capacity) => _head = _last = new Node(default!, live: false);

        protected override int Count => _count;

        internal IEnumerator<T> Enumerate()
        {
            Node? position = null;
            while (true)
            {
                T item;
                lock (Gate)
                {
                    position = NextLive(position);
                    if (position is null)
                    {
                        break;
                    }

                    item = position.Item;
                }

                yield return item;
            }
        }

        protected override void EnqueueItem(T item)
        {
            var node = new Node(item, live: true);
            _last.Next = node;
            _last = node;
            _count++;
        }

        protected override T DequeueItem()
        {
            var first = _head.Next!;
            _head.Next = _head;
            _head = first;
            var item = first.Item;
            first.Item = default!;
            first.Live = false;
            _count--;
            return item;
        }

        protected override T PeekItem() => _head.Next!.Item;

        protected override bool RemoveItem(T item)
        {
            var comparer = EqualityComparer<T>.Default;
            var trail = _head;
            for (var node = _head.Next; node is not null; trail = node, node = node.Next)
            {
                if (comparer.Equals(item, node.Item))
                {
                    node.Item = default!;
                    node.Live = false;
                    trail.Next = node.Next;
                    if (ReferenceEquals(_last, node))
                    {
                        _last = trail;
                    }

                    _count--;
                    return true;
                }
            }

            return false;
        }

        protected override bool ContainsItem(T item)
        {
            var comparer = EqualityComparer<T>.Default;
            for (var node = _head.Next; node is not null; node = node.Next)
            {
                if (comparer.Equals(item, node.Item))
                {
                    return true;
                }
            }

            return false;
        }

        protected override void ClearItems()
        {
            // Every node leaves as at the head, so enumerators standing anywhere start again from the new head.
            while (_count > 0)
            {
                DequeueItem();
            }
        }

        protected override T[] CopyItems()
        {
            var items = new T[_count];
            var i = 0;
            for (var node = _head.Next; node is not null; node = node.Next)
            {
                items[i++] = node.Item;
            }

            return items;
        }

        private static Node? Successor(Node node, Node head)
        {
            var next = node.Next;
            return ReferenceEquals(next, node) ? head.Next : next;
        }

        private Node? NextLive(Node? position)
        {
            var node = position is null ? _head.Next : Successor(position, _head);
            while (node is not null && !node.Live)
            {
                node = Successor(node, _head);
            }

            return node;
        }
    }

    private sealed class Node(T item, bool live)
    {
        internal T Item { get; set; } = item;

        internal bool Live { get; set; } = live;

        internal Node? Next { get; set; }
    }
}
