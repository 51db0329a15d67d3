namespace JThreading.Concurrent;

/// <summary>A counting semaphore, fair or not, whose waits are JThread interruption points.</summary>
/// <remarks>
/// <para>
/// Java's <c>java.util.concurrent.Semaphore</c> (named <c>JSemaphore</c> because <see cref="Semaphore"/> is .NET's
/// own). Permits are only a count: any thread may release, whether it acquired or not, and the count may start
/// negative, as in Java. A non-fair semaphore (the default) lets an arriving thread take permits ahead of queued
/// ones; a fair one serves queued threads first, the longest-waiting first, so a thread that asks for many permits
/// holds up those behind it. <see cref="TryAcquire()"/> takes free permits even when the semaphore is fair.
/// </para>
/// <para>
/// Unlike <see cref="SemaphoreSlim"/>, <see cref="Acquire()"/> and the timed <see cref="TryAcquire(long, TimeUnit)"/>
/// end with <see cref="InterruptedException"/> on <see cref="JThread.Interrupt"/>, and a waiting thread reports
/// <see cref="JThreadState.Waiting"/> or <see cref="JThreadState.TimedWaiting"/> with the semaphore as its blocker.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var slots = new JSemaphore(3);
/// slots.Acquire();
/// try
/// {
///     UseTheResource();
/// }
/// finally
/// {
///     slots.Release();
/// }
/// </code>
/// </example>
public sealed class JSemaphore : IQueuedSynchronizer
{
    private readonly WaitQueue _queue = new();
    private readonly bool _fair;

    // Changed only by interlocked operations (see WaitQueue).
    private int _permits;

    /// <summary>Creates a semaphore with <paramref name="permits"/> permits.</summary>
    /// <param name="permits">The permits it starts with; may be negative, so that releases must come first.</param>
    /// <param name="fair">Whether queued threads are served first, in arrival order; not by default, as in Java.</param>
    /// <remarks>Java's <c>Semaphore(int)</c> and <c>Semaphore(int, boolean)</c>.</remarks>
    public JSemaphore(int permits, bool fair = false)
    {
        _permits = permits;
        _fair = fair;
    }

    bool IQueuedSynchronizer.MayAcquire => Volatile.Read(ref _permits) > 0;

    /// <summary>Takes a permit, waiting until one is free.</summary>
    /// <exception cref="InterruptedException">The thread was interrupted before or while waiting; the flag is cleared.</exception>
    /// <remarks>Java's <c>acquire()</c>.</remarks>
    public void Acquire() => Acquire(1);

    /// <summary>Takes <paramref name="permits"/> permits at once, waiting until they are free.</summary>
    /// <param name="permits">How many.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="permits"/> is negative.</exception>
    /// <exception cref="InterruptedException">The thread was interrupted before or while waiting; the flag is cleared.</exception>
    /// <remarks>Java's <c>acquire(int)</c>.</remarks>
    public void Acquire(int permits)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(permits);
        var self = WaitQueue.CurrentThreadUninterrupted();
        if (!TryTake(permits, honourQueue: _fair))
        {
            _queue.AcquireInterruptibly(this, permits, self);
        }
    }

    /// <summary>Takes a permit, waiting until one is free; an interrupt does not end the wait.</summary>
    /// <remarks>Java's <c>acquireUninterruptibly()</c>: an interrupt while waiting leaves the flag set when it returns.</remarks>
    public void AcquireUninterruptibly() => AcquireUninterruptibly(1);

    /// <summary>Takes <paramref name="permits"/> permits, waiting until they are free; an interrupt does not end the wait.</summary>
    /// <param name="permits">How many.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="permits"/> is negative.</exception>
    /// <remarks>Java's <c>acquireUninterruptibly(int)</c>.</remarks>
    public void AcquireUninterruptibly(int permits)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(permits);
        if (!TryTake(permits, honourQueue: _fair))
        {
            _queue.Acquire(this, permits, Timeout.Infinite, interruptible: false);
        }
    }

    /// <summary>Takes a permit only if one is free now.</summary>
    /// <returns><see langword="true"/> if it was taken.</returns>
    /// <remarks>Java's <c>tryAcquire()</c>: never checks the interrupt flag, and takes a free permit even when fair.</remarks>
    public bool TryAcquire() => TryAcquire(1);

    /// <summary>Takes <paramref name="permits"/> permits only if they are free now.</summary>
    /// <param name="permits">How many.</param>
    /// <returns><see langword="true"/> if they were taken.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="permits"/> is negative.</exception>
    /// <remarks>Java's <c>tryAcquire(int)</c>.</remarks>
    public bool TryAcquire(int permits)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(permits);
        return TryTake(permits, honourQueue: false);
    }

    /// <summary>Takes a permit if one becomes free within the timeout.</summary>
    /// <param name="timeout">The longest wait; zero or negative does not wait.</param>
    /// <param name="unit">The unit of <paramref name="timeout"/>.</param>
    /// <returns><see langword="true"/> if it was taken, <see langword="false"/> if the time passed first.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a <see cref="TimeUnit"/> value.</exception>
    /// <exception cref="InterruptedException">The thread was interrupted before or while waiting; the flag is cleared.</exception>
    /// <remarks>Java's <c>tryAcquire(long, TimeUnit)</c>; a fair semaphore honours the queue.</remarks>
    public bool TryAcquire(long timeout, TimeUnit unit) => TryAcquire(1, timeout, unit);

    /// <summary>Takes <paramref name="permits"/> permits if they become free within the timeout.</summary>
    /// <param name="permits">How many.</param>
    /// <param name="timeout">The longest wait; zero or negative does not wait.</param>
    /// <param name="unit">The unit of <paramref name="timeout"/>.</param>
    /// <returns><see langword="true"/> if they were taken, <see langword="false"/> if the time passed first.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="permits"/> is negative, or <paramref name="unit"/> is not a <see cref="TimeUnit"/> value.
    /// </exception>
    /// <exception cref="InterruptedException">The thread was interrupted before or while waiting; the flag is cleared.</exception>
    /// <remarks>Java's <c>tryAcquire(int, long, TimeUnit)</c>.</remarks>
    public bool TryAcquire(int permits, long timeout, TimeUnit unit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(permits);
        var nanos = unit.ToNanos(timeout);
        var self = WaitQueue.CurrentThreadUninterrupted();
        if (TryTake(permits, honourQueue: _fair))
        {
            return true;
        }

        return _queue.TryAcquireNanos(this, permits, nanos, self);
    }

    /// <summary>Gives back a permit, waking a waiting thread.</summary>
    /// <exception cref="SemaphoreFullException">The count would exceed <see cref="int.MaxValue"/>.</exception>
    /// <remarks>Java's <c>release()</c>.</remarks>
    public void Release() => Release(1);

    /// <summary>Gives back <paramref name="permits"/> permits, waking waiting threads.</summary>
    /// <param name="permits">How many.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="permits"/> is negative.</exception>
    /// <exception cref="SemaphoreFullException">The count would exceed <see cref="int.MaxValue"/>.</exception>
    /// <remarks>Java's <c>release(int)</c>, whose overflow <c>Error</c> is .NET's <see cref="SemaphoreFullException"/>.</remarks>
    public void Release(int permits)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(permits);
        while (true)
        {
            var current = Volatile.Read(ref _permits);
            var next = (long)current + permits;
            if (next > int.MaxValue)
            {
                throw new SemaphoreFullException(ExceptionMessages.PermitCountExceeded);
            }

            if (Interlocked.CompareExchange(ref _permits, (int)next, current) == current)
            {
                break;
            }
        }

        _queue.WakeHead();
    }

    /// <summary>How many permits are free.</summary>
    /// <returns>The count; may be negative.</returns>
    /// <remarks>Java's <c>availablePermits()</c>.</remarks>
    public int AvailablePermits() => Volatile.Read(ref _permits);

    /// <summary>Takes every free permit.</summary>
    /// <returns>How many were taken; a negative count is set to zero and returned.</returns>
    /// <remarks>Java's <c>drainPermits()</c>.</remarks>
    public int DrainPermits()
    {
        while (true)
        {
            var current = Volatile.Read(ref _permits);
            if (current == 0 || Interlocked.CompareExchange(ref _permits, 0, current) == current)
            {
                return current;
            }
        }
    }

    /// <summary>Whether this semaphore is fair.</summary>
    /// <returns><see langword="true"/> if it was created fair.</returns>
    /// <remarks>Java's <c>isFair()</c>.</remarks>
    public bool IsFair() => _fair;

    /// <summary>Whether any thread waits for permits.</summary>
    /// <returns><see langword="true"/> if threads are queued.</returns>
    /// <remarks>Java's <c>hasQueuedThreads()</c>; a snapshot, meant for monitoring.</remarks>
    public bool HasQueuedThreads() => _queue.Count != 0;

    /// <summary>How many threads wait for permits.</summary>
    /// <returns>An estimate of the number of queued threads.</returns>
    /// <remarks>Java's <c>getQueueLength()</c>; a snapshot, meant for monitoring.</remarks>
    public int GetQueueLength() => _queue.Count;

    /// <summary>Describes the semaphore and its free permits, as Java does.</summary>
    /// <returns><c>JThreading.Concurrent.JSemaphore@1b6d3586[Permits = 3]</c>.</returns>
    public override string ToString() => $"{ObjectIdentity.Describe(this)}[Permits = {AvailablePermits()}]";

    bool IQueuedSynchronizer.TryAcquireQueued(JThread thread, int arg, bool isHead) => (!_fair || isHead) && TryTakeNow(arg);

    private bool TryTake(int permits, bool honourQueue) => (!honourQueue || _queue.Count == 0) && TryTakeNow(permits);

    private bool TryTakeNow(int permits)
    {
        while (true)
        {
            var current = Volatile.Read(ref _permits);
            var remaining = (long)current - permits;
            if (remaining < 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _permits, (int)remaining, current) == current)
            {
                return true;
            }
        }
    }
}
