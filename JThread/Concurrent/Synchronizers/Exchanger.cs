using System.Diagnostics;

namespace JThreading.Concurrent;

/// <summary>A meeting point where two threads swap one object each.</summary>
/// <typeparam name="V">The type of the objects swapped; <see langword="null"/> is a value like any other.</typeparam>
/// <remarks>
/// <para>
/// Java's <c>java.util.concurrent.Exchanger</c>. The first thread to arrive waits; the second takes its object, leaves
/// its own, and both return. The waits are JThread interruption points, as in Java: a thread that finds a partner
/// waiting swaps at once even when its interrupt flag is set (the flag stays), and a thread that must wait and is
/// interrupted, before or while waiting, throws <see cref="InterruptedException"/>.
/// </para>
/// <para>
/// A partner is matched under a short lock, and the waiter is woken by its JThread parker: simpler than Java's
/// arena of slots, which pays off only with many exchanging pairs at once.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var exchanger = new Exchanger&lt;List&lt;int&gt;&gt;();
/// // producer: full = exchanger.Exchange(full);   consumer: empty = exchanger.Exchange(empty);
/// </code>
/// </example>
[DebuggerDisplay("{" + nameof(ToString) + "(),nq}")]
public class Exchanger<V>
{
    private readonly Lock _lock = new();

    // The thread waiting for a partner, under _lock.
    private Node? _slot;

    /// <summary>Creates an exchanger.</summary>
    /// <remarks>Java's <c>Exchanger()</c>.</remarks>
    public Exchanger()
    {
    }

    /// <summary>Waits for another thread to arrive, gives it <paramref name="x"/> and returns its object.</summary>
    /// <param name="x">The object to give.</param>
    /// <returns>The other thread's object.</returns>
    /// <exception cref="InterruptedException">The thread was interrupted before or while waiting; the flag is cleared.</exception>
    /// <remarks>Java's <c>exchange(V)</c>.</remarks>
    public V Exchange(V x) => DoExchange(x, Timeout.Infinite, timed: false);

    /// <summary>Waits at most the given time for another thread to arrive, gives it <paramref name="x"/> and returns its object.</summary>
    /// <param name="x">The object to give.</param>
    /// <param name="timeout">The longest wait; zero or less only swaps with a thread already waiting.</param>
    /// <param name="unit">The unit of <paramref name="timeout"/>.</param>
    /// <returns>The other thread's object.</returns>
    /// <exception cref="InterruptedException">The thread was interrupted before or while waiting; the flag is cleared.</exception>
    /// <exception cref="TimeoutException">No other thread arrived in time.</exception>
    /// <remarks>Java's <c>exchange(V, long, TimeUnit)</c>; its <c>TimeoutException</c> is <see cref="TimeoutException"/>.</remarks>
    public V Exchange(V x, long timeout, TimeUnit unit)
    {
        var nanos = unit.ToNanos(timeout);
        return DoExchange(x, nanos <= 0 ? 0 : Math.Max(1, Timeouts.NanosToTicks(nanos)), timed: true);
    }

    /// <summary>Java's <c>Object.toString()</c> form.</summary>
    /// <returns><c>JThreading.Concurrent.Exchanger`1[System.Int32]@1b6d3586</c>.</returns>
    public override string ToString() => ObjectIdentity.Describe(this);

    private V DoExchange(V x, long timeoutTicks, bool timed)
    {
        var self = JThread.CurrentThread();
        Node node;
        lock (_lock)
        {
            if (_slot is { } partner)
            {
                _slot = null;
                var given = partner.Item;
                partner.Reply = x;
                partner.Matched = true;
                partner.Thread.Wake();
                return given;
            }

            if (self.IsInterrupted())
            {
                self.ThrowInterrupted();
            }

            if (timed && timeoutTicks == 0)
            {
                throw new TimeoutException();
            }

            node = new Node(self, x);
            _slot = node;
        }

        WaitOutcome outcome;
        self.Blocker = this;
        try
        {
            outcome = self.ParkUntil(
                static waiting => waiting.Matched,
                node,
                timeoutTicks,
                timed ? JThreadState.TimedWaiting : JThreadState.Waiting);
        }
        finally
        {
            self.Blocker = null;
        }

        if (outcome != WaitOutcome.Satisfied)
        {
            lock (_lock)
            {
                if (!node.Matched)
                {
                    // Still unmatched: leave, so no partner swaps with a thread that has gone.
                    if (ReferenceEquals(_slot, node))
                    {
                        _slot = null;
                    }

                    if (outcome == WaitOutcome.Interrupted)
                    {
                        self.ThrowInterrupted();
                    }

                    throw new TimeoutException();
                }
            }
        }

        // Matched: a partner took this thread's object; an interrupt at the same moment stays pending.
        return node.Reply!;
    }

    /// <summary>A thread waiting in the slot, with what it gives and, once matched, what it gets.</summary>
    private sealed class Node(JThread thread, V item)
    {
        internal JThread Thread { get; } = thread;

        internal V Item { get; } = item;

        internal V? Reply { get; set; }

        internal volatile bool Matched;
    }
}
