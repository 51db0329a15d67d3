namespace JThreading;

/// <summary>
/// Parks and unparks threads with a one-shot permit; Java's <c>java.util.concurrent.locks.LockSupport</c>.
/// </summary>
/// <remarks>
/// Each thread has at most one permit. <see cref="Unpark(JThread?)"/> gives it; <see cref="Park"/> takes it, waiting
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
    public static void Park() => ParkTicks(Timeout.Infinite, JThreadState.Waiting);

    /// <summary>Waits at most <paramref name="nanos"/> nanoseconds for the permit or an interrupt.</summary>
    /// <param name="nanos">The longest wait; zero or negative returns at once.</param>
    public static void ParkNanos(long nanos)
    {
        if (nanos > 0)
        {
            ParkTicks(Math.Max(1, Timeouts.NanosToTicks(nanos)), JThreadState.TimedWaiting);
        }
    }

    /// <summary>Waits until <paramref name="deadlineEpochMillis"/> for the permit or an interrupt.</summary>
    /// <param name="deadlineEpochMillis">The deadline, in milliseconds since 1970-01-01 UTC; a past one returns at once.</param>
    public static void ParkUntil(long deadlineEpochMillis)
    {
        var remainingMillis = deadlineEpochMillis - DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        if (remainingMillis > 0)
        {
            ParkTicks(Timeouts.MillisToTicks(remainingMillis), JThreadState.TimedWaiting);
        }
    }

    /// <summary>Gives <paramref name="thread"/> its permit, waking it if it is parked.</summary>
    /// <param name="thread">The thread; <see langword="null"/> does nothing.</param>
    /// <remarks>Unparking a thread that has not started may have no effect, as in Java.</remarks>
    public static void Unpark(JThread? thread) => thread?.Parker.GrantPermit();

    private static void ParkTicks(long timeoutTicks, JThreadState state)
    {
        var self = JThread.CurrentThread();
        if (self.Parker.TryConsumePermit() || self.IsInterrupted())
        {
            return;
        }

        self.ParkUntil(static parker => parker.TryConsumePermit(), self.Parker, timeoutTicks, state);
    }
}
