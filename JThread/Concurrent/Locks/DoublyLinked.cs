namespace JThreading.Concurrent;

/// <summary>A node of an intrusive doubly linked list of waiters (<see cref="WaitQueue"/>, <see cref="WaiterQueue{T}"/>).</summary>
/// <typeparam name="TNode">The node type itself.</typeparam>
internal interface IDoublyLinked<TNode>
    where TNode : class, IDoublyLinked<TNode>
{
    TNode? Previous { get; set; }

    TNode? Next { get; set; }
}

/// <summary>The one unlink of an intrusive doubly linked list, shared by the waiter queues.</summary>
internal static class DoublyLinked
{
    /// <summary>
    /// Unlinks <paramref name="node"/> from the list that runs from <paramref name="head"/> to <paramref name="tail"/>;
    /// the caller holds the list's lock. The head is written with a release, for readers that peek at it without the lock.
    /// </summary>
    internal static void Unlink<TNode>(ref TNode? head, ref TNode? tail, TNode node)
        where TNode : class, IDoublyLinked<TNode>
    {
        var previous = node.Previous;
        var next = node.Next;
        if (previous is null)
        {
            Volatile.Write(ref head, next);
        }
        else
        {
            previous.Next = next;
        }

        if (next is null)
        {
            tail = previous;
        }
        else
        {
            next.Previous = previous;
        }
    }
}
