namespace JThreading;

/// <summary>
/// Parks and unparks threads with a one-shot permit; Java's <c>java.util.concurrent.locks.LockSupport</c>.
/// </summary>
/// <remarks>
/// Each thread has at most one permit. <see cref="Unpark(JThread?)"/> gives it; <see cref="Park()"/> takes it, waiting
/// until there is one. An unpark before a park makes the next park return at once. A park also returns when the
/// thread is interrupted (leaving the flag set), when its time is up, and, as Java allows, for no reason: call it in a
/// loop that checks your condition.
/// </remarks>
/// <example>
/// <code>
/// var waiter = JThread.CurrentThread();
/// new JThread(() => { ready = true; LockSupport.Unpark(waiter); }).Start();
/// while (!ready) { LockSupport.Park(); }
/// </code>
/// </example>
public static class LockSupport
{
    /// <summary>Waits for the permit, an interrupt, or a spurious wake-up.</summary>
    public static void Park() => ParkTicks(null, Timeout.Infinite, JThreadState.Waiting);

    /// <summary>Waits for the permit, an interrupt, or a spurious wake-up, with <paramref name="blocker"/> as what it waits for.</summary>
    /// <param name="blocker">
    /// What the thread waits for, shown by <see cref="GetBlocker(JThread)"/> and the thread dump while it is parked;
    /// conventionally the synchronizer that parks it.
    /// </param>
    /// <remarks>Java's <c>park(Object)</c>.</remarks>
    public static void Park(object? blocker) => ParkTicks(blocker, Timeout.Infinite, JThreadState.Waiting);

    /// <summary>Waits at most <paramref name="nanos"/> nanoseconds for the permit or an interrupt.</summary>
    /// <param name="nanos">The longest wait; zero or negative returns at once.</param>
    public static void ParkNanos(long nanos) => ParkNanos(null, nanos);

    /// <summary>Waits at most <paramref name="nanos"/> nanoseconds for the permit or an interrupt, with a blocker.</summary>
    /// <param name="blocker">What the thread waits for, shown by <see cref="GetBlocker(JThread)"/> while it is parked.</param>
    /// <param name="nanos">The longest wait; zero or negative returns at once.</param>
    /// <remarks>Java's <c>parkNanos(Object, long)</c>.</remarks>
    public static void ParkNanos(object? blocker, long nanos)
    {
        if (nanos > 0)
        {
            ParkTicks(blocker, Math.Max(1, Timeouts.NanosToTicks(nanos)), JThreadState.TimedWaiting);
        }
    }

    /// <summary>Waits until <paramref name="deadlineEpochMillis"/> for the permit or an interrupt.</summary>
    /// <param name="deadlineEpochMillis">The deadline, in milliseconds since 1970-01-01 UTC; a past one returns at once.</param>
    public static void ParkUntil(long deadlineEpochMillis) => ParkUntil(null, deadlineEpochMillis);

    /// <summary>Waits until <paramref name="deadlineEpochMillis"/> for the permit or an interrupt, with a blocker.</summary>
    /// <param name="blocker">What the thread waits for, shown by <see cref="GetBlocker(JThread)"/> while it is parked.</param>
    /// <param name="deadlineEpochMillis">The deadline, in milliseconds since 1970-01-01 UTC; a past one returns at once.</param>
    /// <remarks>Java's <c>parkUntil(Object, long)</c>.</remarks>
    public static void ParkUntil(object? blocker, long deadlineEpochMillis)
    {
        // Compared before subtracting: a deadline far in the past (long.MinValue) would overflow the difference into
        // a wait of practically for ever.
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        if (deadlineEpochMillis > now)
        {
            ParkTicks(blocker, Timeouts.MillisToTicks(deadlineEpochMillis - now), JThreadState.TimedWaiting);
        }
    }

    /// <summary>What <paramref name="thread"/> is parked for, as passed to a blocker overload.</summary>
    /// <param name="thread">The thread.</param>
    /// <returns>
    /// The blocker of its current park (for the <c>JThreading.Concurrent</c> types, the lock, condition, semaphore or
    /// latch it waits for); <see langword="null"/> when it is not parked or parked without one. A snapshot.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="thread"/> is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>getBlocker(Thread)</c>.</remarks>
    public static object? GetBlocker(JThread thread)
    {
        ArgumentNullException.ThrowIfNull(thread);
        return thread.Blocker;
    }

    /// <summary>Gives <paramref name="thread"/> its permit, waking it if it is parked.</summary>
    /// <param name="thread">The thread; <see langword="null"/> does nothing.</param>
    /// <remarks>Unparking a thread that has not started may have no effect, as in Java.</remarks>
    public static void Unpark(JThread? thread) => thread?.Parker.GrantPermit();

    private static void ParkTicks(object? blocker, long timeoutTicks, JThreadState state)
    {
        var self = JThread.CurrentThread();
        if (self.Parker.TryConsumePermit() || self.IsInterrupted())
        {
            return;
        }

        self.Blocker = blocker;
        try
        {
            self.ParkUntil(static parker => parker.TryConsumePermit(), self.Parker, timeoutTicks, state);
        }
        finally
        {
            self.Blocker = null;
        }
    }
}
