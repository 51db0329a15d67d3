namespace JThreading.Concurrent;

/// <summary>
/// A one-shot gate: threads wait in <see cref="Await()"/> until <see cref="CountDown"/> has been called as many times
/// as the latch was created with.
/// </summary>
/// <remarks>
/// Java's <c>java.util.concurrent.CountDownLatch</c>. Unlike <see cref="CountdownEvent"/>, the waits end with
/// <see cref="InterruptedException"/> on <see cref="JThread.Interrupt"/>, a waiting thread reports
/// <see cref="JThreadState.Waiting"/> or <see cref="JThreadState.TimedWaiting"/> with the latch as its blocker, and
/// counting down past zero does nothing. The count never goes back up: use <see cref="CyclicBarrier"/> for a gate
/// that resets.
/// </remarks>
/// <example>
/// <code>
/// var done = new CountDownLatch(2);
/// for (var i = 0; i &lt; 2; i++)
/// {
///     new JThread(() => { Work(); done.CountDown(); }).Start();
/// }
/// done.Await();
/// </code>
/// </example>
public sealed class CountDownLatch : IQueuedSynchronizer
{
    private readonly WaitQueue _queue = new();
    private int _count;

    /// <summary>Creates a latch that opens after <paramref name="count"/> calls of <see cref="CountDown"/>.</summary>
    /// <param name="count">How many calls open it; 0 makes it open from the start.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    /// <remarks>Java's <c>CountDownLatch(int)</c>.</remarks>
    public CountDownLatch(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        _count = count;
    }

    bool IQueuedSynchronizer.MayAcquire => Volatile.Read(ref _count) == 0;

    /// <summary>Waits until the count reaches zero.</summary>
    /// <exception cref="InterruptedException">
    /// The thread was interrupted before (even when the count is already zero) or while waiting; the flag is cleared.
    /// </exception>
    /// <remarks>Java's <c>await()</c>.</remarks>
    public void Await()
    {
        var self = WaitQueue.CurrentThreadUninterrupted();
        if (Volatile.Read(ref _count) != 0)
        {
            _queue.AcquireInterruptibly(this, 0, self);
        }
    }

    /// <summary>Waits at most <paramref name="timeout"/> for the count to reach zero.</summary>
    /// <param name="timeout">The longest wait; zero or negative does not wait.</param>
    /// <param name="unit">The unit of <paramref name="timeout"/>.</param>
    /// <returns><see langword="true"/> if the count reached zero, <see langword="false"/> if the time passed first.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a <see cref="TimeUnit"/> value.</exception>
    /// <exception cref="InterruptedException">
    /// The thread was interrupted before (even when the count is already zero) or while waiting; the flag is cleared.
    /// </exception>
    /// <remarks>Java's <c>await(long, TimeUnit)</c>.</remarks>
    public bool Await(long timeout, TimeUnit unit)
    {
        var nanos = unit.ToNanos(timeout);
        var self = WaitQueue.CurrentThreadUninterrupted();
        if (Volatile.Read(ref _count) == 0)
        {
            return true;
        }

        return _queue.TryAcquireNanos(this, 0, nanos, self);
    }

    /// <summary>Counts down by one; the call that reaches zero releases every waiting thread.</summary>
    /// <remarks>Java's <c>countDown()</c>: at zero already, it does nothing.</remarks>
    public void CountDown()
    {
        while (true)
        {
            var count = Volatile.Read(ref _count);
            if (count == 0)
            {
                return;
            }

            if (Interlocked.CompareExchange(ref _count, count - 1, count) == count)
            {
                if (count == 1)
                {
                    _queue.WakeAll();
                }

                return;
            }
        }
    }

    /// <summary>The current count.</summary>
    /// <returns>How many more <see cref="CountDown"/> calls open the latch.</returns>
    /// <remarks>Java's <c>getCount()</c>.</remarks>
    public long GetCount() => Volatile.Read(ref _count);

    /// <summary>Describes the latch and its count, as Java does.</summary>
    /// <returns><c>JThreading.Concurrent.CountDownLatch@1b6d3586[Count = 2]</c>.</returns>
    public override string ToString() => $"{ObjectIdentity.Describe(this)}[Count = {GetCount()}]";

    bool IQueuedSynchronizer.TryAcquireQueued(JThread thread, int arg, bool isHead) => Volatile.Read(ref _count) == 0;
}
