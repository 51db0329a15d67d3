namespace JThreading;

/// <summary>
/// Java's <c>Object.wait</c>, <c>notify</c> and <c>notifyAll</c> for the monitor of a C# <c>lock</c>, with Java's
/// interruption.
/// </summary>
/// <remarks>
/// Use it where Java code calls <c>obj.wait()</c> inside <c>synchronized (obj)</c>: hold <c>lock (obj)</c> and call
/// <c>JMonitor.Wait(obj)</c>. Unlike <see cref="Monitor.Wait(object)"/>, a wait here ends with
/// <see cref="InterruptedException"/> when the thread is interrupted through <see cref="JThread.Interrupt"/>, and 0
/// means "forever" as in Java. Waiters of <see cref="JMonitor"/> and of <see cref="Monitor.Wait(object)"/> are
/// separate: <see cref="Notify(object)"/> wakes only the former.
/// </remarks>
/// <example>
/// <code>
/// lock (queue)
/// {
///     while (queue.Count == 0)
///     {
///         JMonitor.Wait(queue);
///     }
/// }
/// </code>
/// </example>
public static class JMonitor
{
    /// <summary>Releases the lock on <paramref name="obj"/> and waits until notified or interrupted.</summary>
    /// <param name="obj">An object whose lock the current thread holds.</param>
    /// <exception cref="ArgumentNullException"><paramref name="obj"/> is <see langword="null"/>.</exception>
    /// <exception cref="SynchronizationLockException">The current thread does not hold the lock.</exception>
    /// <exception cref="InterruptedException">The thread was interrupted; the lock is held again and the flag cleared.</exception>
    public static void Wait(object obj) => Wait(obj, 0, 0);

    /// <summary>Releases the lock on <paramref name="obj"/> and waits until notified, interrupted or the time has passed.</summary>
    /// <param name="obj">An object whose lock the current thread holds.</param>
    /// <param name="timeoutMillis">The longest wait in milliseconds; 0 means forever, as in Java.</param>
    /// <exception cref="ArgumentNullException"><paramref name="obj"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="timeoutMillis"/> is negative.</exception>
    /// <exception cref="SynchronizationLockException">The current thread does not hold the lock.</exception>
    /// <exception cref="InterruptedException">The thread was interrupted; the lock is held again and the flag cleared.</exception>
    public static void Wait(object obj, long timeoutMillis) => Wait(obj, timeoutMillis, 0);

    /// <summary>Releases the lock on <paramref name="obj"/> and waits until notified, interrupted or the time has passed.</summary>
    /// <param name="obj">An object whose lock the current thread holds.</param>
    /// <param name="timeoutMillis">Milliseconds; 0 with 0 nanoseconds means forever.</param>
    /// <param name="nanos">Additional nanoseconds, 0 to 999999; as in Java, any nanoseconds add a whole millisecond.</param>
    /// <exception cref="ArgumentNullException"><paramref name="obj"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="timeoutMillis"/> is negative, or <paramref name="nanos"/> is outside 0..999999.
    /// </exception>
    /// <exception cref="SynchronizationLockException">The current thread does not hold the lock.</exception>
    /// <exception cref="InterruptedException">The thread was interrupted; the lock is held again and the flag cleared.</exception>
    /// <remarks>
    /// A nested <c>lock</c> is released completely while waiting and taken again to the same depth before returning.
    /// While it takes the lock again the thread's state is <see cref="JThreadState.Blocked"/>.
    /// </remarks>
    public static void Wait(object obj, long timeoutMillis, int nanos)
    {
        ArgumentNullException.ThrowIfNull(obj);
        Timeouts.Check(timeoutMillis, nanos);
        if (!Monitor.IsEntered(obj))
        {
            throw new SynchronizationLockException(ExceptionMessages.MonitorNotOwned);
        }

        var self = JThread.CurrentThread();
        if (self.IsInterrupted())
        {
            self.ThrowInterrupted();
        }

        var waitSet = MonitorWaitSet.For(obj);
        var node = waitSet.Add(self);
        var depth = 0;
        while (Monitor.IsEntered(obj))
        {
            Monitor.Exit(obj);
            depth++;
        }

        timeoutMillis = Timeouts.RoundUpToMillis(timeoutMillis, nanos);

        WaitOutcome outcome;
        try
        {
            var forever = timeoutMillis == 0;
            outcome = self.ParkUntil(
                static waiter => waiter.Notified,
                node.Value,
                forever ? Timeout.Infinite : Timeouts.MillisToTicks(timeoutMillis),
                forever ? JThreadState.Waiting : JThreadState.TimedWaiting);
        }
        finally
        {
            waitSet.TryRemove(node);
            self.SetWaitState(JThreadState.Blocked);
            for (var i = 0; i < depth; i++)
            {
                Monitor.Enter(obj);
            }

            self.SetWaitState(JThreadState.Runnable);
        }

        // A notify that arrived together with the interrupt wins, so no notification is lost; the flag stays set.
        if (outcome == WaitOutcome.Interrupted && !node.Value.Notified)
        {
            self.ThrowInterrupted();
        }
    }

    /// <summary>Wakes one thread waiting in <see cref="Wait(object)"/> on <paramref name="obj"/>.</summary>
    /// <param name="obj">An object whose lock the current thread holds.</param>
    /// <exception cref="ArgumentNullException"><paramref name="obj"/> is <see langword="null"/>.</exception>
    /// <exception cref="SynchronizationLockException">The current thread does not hold the lock.</exception>
    /// <remarks>The longest-waiting thread wakes first; it runs once it can take the lock again.</remarks>
    public static void Notify(object obj)
    {
        CheckOwned(obj);
        MonitorWaitSet.Existing(obj)?.NotifyOne();
    }

    /// <summary>Wakes every thread waiting in <see cref="Wait(object)"/> on <paramref name="obj"/>.</summary>
    /// <param name="obj">An object whose lock the current thread holds.</param>
    /// <exception cref="ArgumentNullException"><paramref name="obj"/> is <see langword="null"/>.</exception>
    /// <exception cref="SynchronizationLockException">The current thread does not hold the lock.</exception>
    public static void NotifyAll(object obj)
    {
        CheckOwned(obj);
        MonitorWaitSet.Existing(obj)?.NotifyAll();
    }

    private static void CheckOwned(object obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        if (!Monitor.IsEntered(obj))
        {
            throw new SynchronizationLockException(ExceptionMessages.MonitorNotOwned);
        }
    }
}
