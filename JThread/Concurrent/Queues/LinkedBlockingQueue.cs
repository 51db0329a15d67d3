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
/// <see cref="AbstractBlockingQueue{T}.Put(T)"/> or <see cref="AbstractBlockingQueue{T}.Take"/> are served oldest first, and report <see cref="JThreadState.Waiting"/>
/// (<see cref="JThreadState.TimedWaiting"/> in the timed calls) meanwhile; <see cref="JThread.Interrupt"/> ends such a
/// wait with <see cref="InterruptedException"/>.
/// </para>
/// <para>
/// The enumerator is weakly consistent, as Java's iterator: it never throws because the queue changed, returns every
/// element that was there when it started and is still there when it gets to it, exactly once and in order, and may or
/// may not return elements added later. Unlike Java's, one lock guards both ends (Java takes one for each): simpler,
/// and on two cores as fast for a hand-off.
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
public sealed class LinkedBlockingQueue<T> : AbstractBlockingQueue<T>
{
    // Linked nodes as Java's: the head is a sentinel; a node that leaves at the head points to itself, and one removed
    // from the middle keeps its link, so an enumerator standing on it can always go on. Guarded by Gate.
    private Node _head;
    private Node _last;
    private int _count;

    /// <summary>Creates a queue that holds at most <paramref name="capacity"/> elements.</summary>
    /// <param name="capacity">The bound; <see cref="int.MaxValue"/> (the default) for a queue without a practical bound.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="capacity"/> is below 1 (Java's <c>IllegalArgumentException</c>).
    /// </exception>
    /// <remarks>Java's <c>LinkedBlockingQueue()</c> and <c>LinkedBlockingQueue(int)</c>.</remarks>
    public LinkedBlockingQueue(int capacity = int.MaxValue)
        : base(capacity) => _head = _last = new Node(default!, live: false);

    /// <inheritdoc/>
    public override IEnumerator<T> GetEnumerator() => Enumerate();

    private protected override int Count => _count;

    private IEnumerator<T> Enumerate()
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

    private protected override void EnqueueItem(T item)
    {
        var node = new Node(item, live: true);
        _last.Next = node;
        _last = node;
        _count++;
    }

    private protected override T DequeueItem()
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

    private protected override T PeekItem() => _head.Next!.Item;

    private protected override bool RemoveItem(T item)
    {
        var trail = _head;
        for (var node = _head.Next; node is not null; trail = node, node = node.Next)
        {
            if (ElementEquality.Matches(item, node.Item))
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

    private protected override bool ContainsItem(T item)
    {
        for (var node = _head.Next; node is not null; node = node.Next)
        {
            if (ElementEquality.Matches(item, node.Item))
            {
                return true;
            }
        }

        return false;
    }

    private protected override void ClearItems()
    {
        // Every node leaves as at the head, so enumerators standing anywhere start again from the new head.
        while (_count > 0)
        {
            DequeueItem();
        }
    }

    private protected override T[] CopyItems()
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

    private sealed class Node(T item, bool live)
    {
        internal T Item { get; set; } = item;

        internal bool Live { get; set; } = live;

        internal Node? Next { get; set; }
    }
}
