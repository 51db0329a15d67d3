using System.Collections;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;

namespace JThreading.Concurrent;

/// <summary>
/// A queue with no room at all: each insertion waits for a thread that takes the element, and each removal for one
/// that brings it. Java's <c>java.util.concurrent.SynchronousQueue</c>, with Java's interruption.
/// </summary>
/// <typeparam name="T">The element type; for reference types <see langword="null"/> elements are refused.</typeparam>
/// <remarks>
/// <para>
/// A hand-off channel: <see cref="Put(T)"/> returns once a taker has the element, <see cref="Offer(T)"/> succeeds only
/// when a taker is already waiting, and <see cref="TryPoll(out T)"/> only when a putter is. As a collection it is
/// always empty: <see cref="Size"/> and <see cref="RemainingCapacity"/> are 0, <see cref="TryPeek(out T)"/> finds
/// nothing and the enumerator is empty. <see cref="DrainTo(ICollection{T})"/> takes the elements of waiting putters,
/// as Java's.
/// </para>
/// <para>
/// A fair queue serves waiting threads oldest first (Java's queue mode); an unfair one newest first (Java's stack
/// mode), which keeps recently active threads busy. <see cref="Put(T)"/> and <see cref="Take"/> check the interrupt
/// flag on entry; the timed <see cref="Offer(T, long, TimeUnit)"/> and <see cref="TryPoll(long, TimeUnit, out T)"/>
/// first try a hand-off to a waiting partner, which succeeds with the flag left set, and throw
/// <see cref="InterruptedException"/> (even with a timeout of 0) only when no hand-off happens; all as Java's.
/// </para>
/// <para>
/// It is also an <see cref="ICollection{T}"/>, as a Java queue is a <c>Collection</c>: another queue can drain into it,
/// and its <see cref="ICollection{T}.Add(T)"/> is <see cref="Add(T)"/>.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var channel = new SynchronousQueue&lt;int&gt;();
/// var producer = new JThread(() => channel.Put(42));   // waits until main takes it
/// producer.Start();
/// Console.WriteLine(channel.Take());
/// </code>
/// </example>
public sealed class SynchronousQueue<T> : IBlockingQueue<T>, ICollection<T>
{
    private readonly Lock _gate = new();

    // Every waiter here has the same mode (all putters or all takers): a newcomer of the other mode is served at once.
    private readonly WaiterQueue<T> _waiters = new();
    private readonly bool _fair;

    /// <summary>Creates a synchronous queue.</summary>
    /// <param name="fair">
    /// <see langword="true"/> to serve waiting threads oldest first; <see langword="false"/> (the default) for newest
    /// first.
    /// </param>
    /// <remarks>Java's <c>SynchronousQueue()</c> and <c>SynchronousQueue(boolean)</c>.</remarks>
    public SynchronousQueue(bool fair = false) => _fair = fair;

    /// <summary>Hands <paramref name="item"/> to a taker, waiting until one takes it.</summary>
    /// <param name="item">The element to hand over.</param>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is <see langword="null"/>.</exception>
    /// <exception cref="InterruptedException">
    /// The thread was interrupted before or while waiting; the flag is cleared and nobody received the element.
    /// </exception>
    /// <remarks>Java's <c>put(E)</c>. Interrupted at the moment a taker took the element, it returns with the flag set.</remarks>
    public void Put(T item)
    {
        QueueWaits.ThrowIfNull(item);
        var self = QueueWaits.EnterInterruptibly();
        if (Transfer(self, item, isProducer: true, Timeout.Infinite, out _) != WaitOutcome.Satisfied)
        {
            self.ThrowInterrupted();
        }
    }

    /// <summary>Receives an element from a putter, waiting until one brings it.</summary>
    /// <returns>The element handed over.</returns>
    /// <exception cref="InterruptedException">The thread was interrupted before or while waiting; the flag is cleared.</exception>
    /// <remarks>Java's <c>take()</c>. Interrupted at the moment a putter handed it an element, it returns that element with the flag set.</remarks>
    public T Take()
    {
        var self = QueueWaits.EnterInterruptibly();
        if (Transfer(self, default!, isProducer: false, Timeout.Infinite, out var item) != WaitOutcome.Satisfied)
        {
            self.ThrowInterrupted();
        }

        return item!;
    }

    /// <summary>Hands <paramref name="item"/> to a taker that is already waiting.</summary>
    /// <param name="item">The element to hand over.</param>
    /// <returns><see langword="true"/> when a waiting taker received it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>offer(E)</c>; it never waits and never looks at the interrupt flag.</remarks>
    public bool Offer(T item)
    {
        QueueWaits.ThrowIfNull(item);
        return TryMatch(isProducer: true, item, out _);
    }

    /// <summary>Hands <paramref name="item"/> to a taker, waiting up to the timeout for one.</summary>
    /// <param name="item">The element to hand over.</param>
    /// <param name="timeout">The longest wait, in <paramref name="unit"/>; zero or less does not wait.</param>
    /// <param name="unit">The unit of <paramref name="timeout"/>.</param>
    /// <returns><see langword="true"/> when a taker received it; <see langword="false"/> when the time ran out.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is <see langword="null"/>.</exception>
    /// <exception cref="InterruptedException">
    /// No taker received the element and the thread was interrupted, before or while waiting (even with a timeout of
    /// 0); the flag is cleared.
    /// </exception>
    /// <remarks>Java's <c>offer(E, long, TimeUnit)</c>: a hand-off to a waiting taker succeeds even with the flag set, and keeps it.</remarks>
    public bool Offer(T item, long timeout, TimeUnit unit)
    {
        QueueWaits.ThrowIfNull(item);
        return TimedTransfer(item, isProducer: true, timeout, unit, out _);
    }

    /// <summary>Hands <paramref name="item"/> to a taker that is already waiting, and throws if there is none.</summary>
    /// <param name="item">The element to hand over.</param>
    /// <returns><see langword="true"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">No taker was waiting (Java's <c>IllegalStateException("Queue full")</c>).</exception>
    /// <remarks>Java's <c>add(E)</c>.</remarks>
    public bool Add(T item) => Offer(item) ? true : throw new InvalidOperationException(ExceptionMessages.QueueFull);

    /// <summary>Receives an element from a putter that is already waiting.</summary>
    /// <param name="item">The element, or the default value when no putter was waiting.</param>
    /// <returns><see langword="true"/> when a waiting putter handed one over.</returns>
    /// <remarks>Java's <c>poll()</c>; it never waits and never looks at the interrupt flag.</remarks>
    public bool TryPoll([MaybeNullWhen(false)] out T item) => TryMatch(isProducer: false, default!, out item);

    /// <summary>Receives an element from a putter, waiting up to the timeout for one.</summary>
    /// <param name="timeout">The longest wait, in <paramref name="unit"/>; zero or less does not wait.</param>
    /// <param name="unit">The unit of <paramref name="timeout"/>.</param>
    /// <param name="item">The element, or the default value when the time ran out.</param>
    /// <returns><see langword="true"/> when a putter handed one over; <see langword="false"/> when the time ran out.</returns>
    /// <exception cref="InterruptedException">
    /// No putter handed an element over and the thread was interrupted, before or while waiting (even with a timeout of
    /// 0); the flag is cleared.
    /// </exception>
    /// <remarks>Java's <c>poll(long, TimeUnit)</c>: a hand-off from a waiting putter succeeds even with the flag set, and keeps it.</remarks>
    public bool TryPoll(long timeout, TimeUnit unit, [MaybeNullWhen(false)] out T item) =>
        TimedTransfer(default!, isProducer: false, timeout, unit, out item);

    /// <summary>Finds nothing: a synchronous queue holds no element.</summary>
    /// <param name="item">Always the default value.</param>
    /// <returns><see langword="false"/>.</returns>
    /// <remarks>Java's <c>peek()</c>, which always returns <c>null</c>.</remarks>
    public bool TryPeek([MaybeNullWhen(false)] out T item)
    {
        item = default;
        return false;
    }

    /// <summary>Always 0.</summary>
    /// <returns>0.</returns>
    /// <remarks>Java's <c>size()</c>.</remarks>
    public int Size() => 0;

    /// <summary>Always 0: there is no room.</summary>
    /// <returns>0.</returns>
    /// <remarks>Java's <c>remainingCapacity()</c>.</remarks>
    public int RemainingCapacity() => 0;

    /// <summary>Always <see langword="true"/>.</summary>
    /// <returns><see langword="true"/>.</returns>
    /// <remarks>Java's <c>isEmpty()</c>.</remarks>
    public bool IsEmpty() => true;

    /// <summary>Removes nothing: a synchronous queue holds no element.</summary>
    /// <param name="item">Ignored.</param>
    /// <returns><see langword="false"/>.</returns>
    /// <remarks>Java's <c>remove(Object)</c>.</remarks>
    public bool Remove(T item) => false;

    /// <summary>Finds nothing: a synchronous queue holds no element.</summary>
    /// <param name="item">Ignored.</param>
    /// <returns><see langword="false"/>.</returns>
    /// <remarks>Java's <c>contains(Object)</c>.</remarks>
    public bool Contains(T item) => false;

    /// <summary>Does nothing: a synchronous queue holds no element.</summary>
    /// <remarks>Java's <c>clear()</c>; waiting threads keep waiting.</remarks>
    public void Clear()
    {
    }

    /// <summary>An empty array.</summary>
    /// <returns>An empty array.</returns>
    /// <remarks>Java's <c>toArray()</c>.</remarks>
    public T[] ToArray() => [];

    /// <summary>Receives the elements of every waiting putter and adds them to <paramref name="target"/>.</summary>
    /// <param name="target">The collection that receives the elements.</param>
    /// <returns>How many elements were moved.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="target"/> is this queue.</exception>
    /// <remarks>Java's <c>drainTo(Collection)</c>, a loop of <see cref="TryPoll(out T)"/>; it never waits.</remarks>
    public int DrainTo(ICollection<T> target) => DrainTo(target, int.MaxValue);

    /// <summary>Receives the elements of at most <paramref name="maxElements"/> waiting putters and adds them to <paramref name="target"/>.</summary>
    /// <param name="target">The collection that receives the elements.</param>
    /// <param name="maxElements">The most elements to move; zero or less moves none.</param>
    /// <returns>How many elements were moved.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="target"/> is this queue.</exception>
    /// <remarks>Java's <c>drainTo(Collection, int)</c>; it never waits.</remarks>
    public int DrainTo(ICollection<T> target, int maxElements)
    {
        QueueWaits.CheckDrainTarget(target, this);
        var moved = 0;
        while (moved < maxElements && TryPoll(out var item))
        {
            target.Add(item);
            moved++;
        }

        return moved;
    }

    /// <summary>An empty enumerator: a synchronous queue holds no element.</summary>
    /// <returns>An enumerator with no element.</returns>
    public IEnumerator<T> GetEnumerator() => Enumerable.Empty<T>().GetEnumerator();

    /// <summary>The number of elements, as <see cref="Size"/>.</summary>
    int ICollection<T>.Count => Size();

    /// <summary>Always <see langword="false"/>.</summary>
    bool ICollection<T>.IsReadOnly => false;

    /// <summary>As <see cref="Add(T)"/>: throws when the queue is full.</summary>
    void ICollection<T>.Add(T item) => Add(item);

    /// <summary>Copies the elements, head first, into <paramref name="array"/> from <paramref name="arrayIndex"/> on.</summary>
    void ICollection<T>.CopyTo(T[] array, int arrayIndex) => ToArray().CopyTo(array, arrayIndex);

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Always <c>[]</c>, as Java's.</summary>
    /// <returns><c>[]</c>.</returns>
    public override string ToString() => "[]";

    /// <summary>The timed calls: a hand-off first, then Java's flag check, then the wait.</summary>
    private bool TimedTransfer(T offered, bool isProducer, long timeout, TimeUnit unit, [MaybeNullWhen(false)] out T received)
    {
        var self = JThread.CurrentThread();
        var ticks = QueueWaits.TimeoutTicks(timeout, unit);
        var outcome = Transfer(self, offered, isProducer, self.IsInterrupted() ? 0 : ticks, out var got);
        received = got!;
        if (outcome == WaitOutcome.Satisfied)
        {
            return true;
        }

        // No hand-off: Java then tests the flag, so an interrupt (before the call, during the wait, or just as the time
        // ran out) throws, and a plain timeout returns false.
        if (self.IsInterrupted())
        {
            self.ThrowInterrupted();
        }

        return false;
    }

    /// <summary>Serves a waiting partner now, or waits to be served; TimedOut at once for 0 ticks.</summary>
    private WaitOutcome Transfer(JThread self, T offered, bool isProducer, long timeoutTicks, out T? received)
    {
        QueueWaiter<T>? node = null;
        JThread? partner;
        lock (_gate)
        {
            partner = MatchLocked(isProducer, offered, out received);
            if (partner is null)
            {
                if (timeoutTicks == 0)
                {
                    return WaitOutcome.TimedOut;
                }

                node = new QueueWaiter<T>(self, offered, isProducer);
                _waiters.AddLast(node);
            }
        }

        if (node is null)
        {
            partner!.Wake();
            return WaitOutcome.Satisfied;
        }

        var outcome = QueueWaits.Await(self, node, _waiters, _gate, timeoutTicks);
        received = outcome == WaitOutcome.Satisfied && !isProducer ? node.Item : default;
        return outcome;
    }

    private bool TryMatch(bool isProducer, T offered, [MaybeNullWhen(false)] out T received)
    {
        JThread? partner;
        T? got;
        lock (_gate)
        {
            partner = MatchLocked(isProducer, offered, out got);
        }

        received = got!;
        partner?.Wake();
        return partner is not null;
    }

    /// <summary>Serves the partner a newcomer meets: oldest first when fair, newest first when not.</summary>
    /// <returns>The partner's thread, to wake once the gate is released; <see langword="null"/> when none waits.</returns>
    private JThread? MatchLocked(bool isProducer, T offered, out T? received)
    {
        received = default;
        var partner = _fair ? _waiters.First : _waiters.Last;
        if (partner is null || partner.IsProducer == isProducer)
        {
            return null;
        }

        Debug.Assert(_waiters.First!.IsProducer == _waiters.Last!.IsProducer, "waiters all have one mode");
        _waiters.Remove(partner);
        if (isProducer)
        {
            partner.Item = offered;
        }
        else
        {
            received = partner.Item;
            partner.Item = default!;
        }

        partner.Matched = true;
        return partner.Thread;
    }
}
