using System.Diagnostics.CodeAnalysis;

namespace JThreading.Concurrent;

/// <summary>
/// A queue whose <see cref="Put(T)"/> waits for room and whose <see cref="Take"/> waits for an element, with Java's
/// interruption: a thread blocked in either ends with <see cref="InterruptedException"/> when it is interrupted
/// through <see cref="JThread.Interrupt"/>.
/// </summary>
/// <typeparam name="T">The element type; for reference types <see langword="null"/> elements are refused.</typeparam>
/// <remarks>
/// <para>
/// Java's <c>java.util.concurrent.BlockingQueue</c>. The four ways to insert and remove are Java's: throw
/// (<see cref="Add(T)"/>), return a value (<see cref="Offer(T)"/>, <see cref="TryPoll(out T)"/>), block
/// (<see cref="Put(T)"/>, <see cref="Take"/>) and block with a timeout (<see cref="Offer(T, long, TimeUnit)"/>,
/// <see cref="TryPoll(long, TimeUnit, out T)"/>). Java's <c>poll()</c> and <c>peek()</c> return <c>null</c> when the
/// queue is empty; for any <typeparamref name="T"/> they are <see cref="TryPoll(out T)"/> and
/// <see cref="TryPeek(out T)"/> here.
/// </para>
/// <para>
/// Elements compare with <see cref="EqualityComparer{T}.Default"/>, except delegates, which are found by reference as Java finds
/// lambdas by identity. Enumerators are weakly consistent, as Java's iterators: they never throw because the queue
/// changed, and they see each element at most once.
/// </para>
/// </remarks>
public interface IBlockingQueue<T> : IEnumerable<T>
{
    /// <summary>Inserts <paramref name="item"/>, waiting for room if the queue is full.</summary>
    /// <param name="item">The element to insert.</param>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is <see langword="null"/>.</exception>
    /// <exception cref="InterruptedException">
    /// The thread was interrupted before or while waiting; the flag is cleared and nothing was inserted.
    /// </exception>
    /// <remarks>Java's <c>put(E)</c>.</remarks>
    void Put(T item);

    /// <summary>Removes and returns the head of the queue, waiting for an element if it is empty.</summary>
    /// <returns>The element that was at the head.</returns>
    /// <exception cref="InterruptedException">
    /// The thread was interrupted before or while waiting; the flag is cleared and nothing was removed.
    /// </exception>
    /// <remarks>Java's <c>take()</c>.</remarks>
    T Take();

    /// <summary>Inserts <paramref name="item"/> if there is room now.</summary>
    /// <param name="item">The element to insert.</param>
    /// <returns><see langword="true"/> when it was inserted; <see langword="false"/> when the queue is full.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>offer(E)</c>; it never blocks and never looks at the interrupt flag.</remarks>
    bool Offer(T item);

    /// <summary>Inserts <paramref name="item"/>, waiting up to the timeout for room.</summary>
    /// <param name="item">The element to insert.</param>
    /// <param name="timeout">The longest wait, in <paramref name="unit"/>; zero or less does not wait.</param>
    /// <param name="unit">The unit of <paramref name="timeout"/>.</param>
    /// <returns><see langword="true"/> when it was inserted; <see langword="false"/> when the time ran out first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is <see langword="null"/>.</exception>
    /// <exception cref="InterruptedException">
    /// The thread was interrupted before or while waiting; the flag is cleared and nothing was inserted.
    /// </exception>
    /// <remarks>Java's <c>offer(E, long, TimeUnit)</c>.</remarks>
    bool Offer(T item, long timeout, TimeUnit unit);

    /// <summary>Inserts <paramref name="item"/> if there is room now, and throws if there is not.</summary>
    /// <param name="item">The element to insert.</param>
    /// <returns><see langword="true"/>, as Java's <c>Collection.add</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The queue is full (Java's <c>IllegalStateException("Queue full")</c>).</exception>
    /// <remarks>Java's <c>add(E)</c>.</remarks>
    bool Add(T item);

    /// <summary>Removes the head of the queue if there is one.</summary>
    /// <param name="item">The element that was at the head, or the default value when the queue was empty.</param>
    /// <returns><see langword="true"/> when an element was removed.</returns>
    /// <remarks>Java's <c>poll()</c>, which returns <c>null</c> for an empty queue; it never blocks.</remarks>
    bool TryPoll([MaybeNullWhen(false)] out T item);

    /// <summary>Removes the head of the queue, waiting up to the timeout for an element.</summary>
    /// <param name="timeout">The longest wait, in <paramref name="unit"/>; zero or less does not wait.</param>
    /// <param name="unit">The unit of <paramref name="timeout"/>.</param>
    /// <param name="item">The element that was at the head, or the default value when the time ran out.</param>
    /// <returns><see langword="true"/> when an element was removed; <see langword="false"/> when the time ran out first.</returns>
    /// <exception cref="InterruptedException">
    /// The thread was interrupted before or while waiting; the flag is cleared and nothing was removed.
    /// </exception>
    /// <remarks>Java's <c>poll(long, TimeUnit)</c>, which returns <c>null</c> on timeout.</remarks>
    bool TryPoll(long timeout, TimeUnit unit, [MaybeNullWhen(false)] out T item);

    /// <summary>Reads the head of the queue without removing it.</summary>
    /// <param name="item">The element at the head, or the default value when the queue is empty.</param>
    /// <returns><see langword="true"/> when there is an element.</returns>
    /// <remarks>Java's <c>peek()</c>, which returns <c>null</c> for an empty queue.</remarks>
    bool TryPeek([MaybeNullWhen(false)] out T item);

    /// <summary>How many elements the queue holds.</summary>
    /// <returns>The number of elements.</returns>
    /// <remarks>Java's <c>size()</c>.</remarks>
    int Size();

    /// <summary>How many more elements the queue accepts without blocking.</summary>
    /// <returns>The room left; <see cref="int.MaxValue"/> for a queue without a bound.</returns>
    /// <remarks>
    /// Java's <c>remainingCapacity()</c>. Another thread may fill or empty the queue meanwhile, so do not rely on it to
    /// decide whether an insertion will succeed.
    /// </remarks>
    int RemainingCapacity();

    /// <summary>Whether the queue holds no element.</summary>
    /// <returns><see langword="true"/> when it is empty.</returns>
    /// <remarks>Java's <c>isEmpty()</c>.</remarks>
    bool IsEmpty();

    /// <summary>Removes one element equal to <paramref name="item"/>, the one nearest the head.</summary>
    /// <param name="item">The element to remove.</param>
    /// <returns><see langword="true"/> when an element was removed.</returns>
    /// <remarks>Java's <c>remove(Object)</c>; a <see langword="null"/> <paramref name="item"/> is never found.</remarks>
    bool Remove(T item);

    /// <summary>Whether the queue holds an element equal to <paramref name="item"/>.</summary>
    /// <param name="item">The element to look for.</param>
    /// <returns><see langword="true"/> when it is there.</returns>
    /// <remarks>Java's <c>contains(Object)</c>; a <see langword="null"/> <paramref name="item"/> is never found.</remarks>
    bool Contains(T item);

    /// <summary>Removes every element.</summary>
    /// <remarks>Java's <c>clear()</c>; threads waiting for room in a bounded queue may then insert.</remarks>
    void Clear();

    /// <summary>Copies the elements into a new array, head first.</summary>
    /// <returns>A new array with the elements in queue order.</returns>
    /// <remarks>Java's <c>toArray()</c>.</remarks>
    T[] ToArray();

    /// <summary>Removes every available element and adds it to <paramref name="target"/>, head first.</summary>
    /// <param name="target">The collection that receives the elements.</param>
    /// <returns>How many elements were moved.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="target"/> is this queue.</exception>
    /// <remarks>Java's <c>drainTo(Collection)</c>; it never blocks.</remarks>
    int DrainTo(ICollection<T> target);

    /// <summary>Removes at most <paramref name="maxElements"/> available elements and adds them to <paramref name="target"/>.</summary>
    /// <param name="target">The collection that receives the elements.</param>
    /// <param name="maxElements">The most elements to move; zero or less moves none.</param>
    /// <returns>How many elements were moved.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="target"/> is this queue.</exception>
    /// <remarks>Java's <c>drainTo(Collection, int)</c>; it never blocks.</remarks>
    int DrainTo(ICollection<T> target, int maxElements);
}
