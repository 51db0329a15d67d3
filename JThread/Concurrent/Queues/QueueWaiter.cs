namespace JThreading.Concurrent;

/// <summary>
/// A thread blocked in a queue: a putter carrying the element it wants to insert, or a taker waiting for one. Linked
/// into a <see cref="WaiterQueue{T}"/> under the queue's gate.
/// </summary>
/// <remarks>
/// The thread that serves the waiter (hands it an element, or moves its element into the queue) does so under the
/// gate: it unlinks the node, sets <see cref="Item"/> and then <see cref="Matched"/>, and wakes the thread once it has
/// left the gate. So a waiter that sees <see cref="Matched"/> owns the outcome, and one that gives up (timeout or
/// interrupt) decides under the gate whether it was served first; a hand-off is never lost nor done twice.
/// </remarks>
internal sealed class QueueWaiter<T>(JThread thread, T item, bool isProducer) : IDoublyLinked<QueueWaiter<T>>
{
    private volatile bool _matched;

    /// <summary>The waiting thread.</summary>
    internal JThread Thread { get; } = thread;

    /// <summary>A putter's element, or the element handed to a taker once <see cref="Matched"/>.</summary>
    internal T Item { get; set; } = item;

    /// <summary>Whether this waiter brings an element (put, offer) rather than waits for one (take, poll).</summary>
    internal bool IsProducer { get; } = isProducer;

    /// <summary>Set, under the gate, once the waiter has been served; read by the waiter without the gate.</summary>
    internal bool Matched
    {
        get => _matched;
        set => _matched = value;
    }

    public QueueWaiter<T>? Previous { get; set; }

    public QueueWaiter<T>? Next { get; set; }

    /// <summary>Whether the node is in a <see cref="WaiterQueue{T}"/>.</summary>
    internal bool IsLinked { get; set; }
}
