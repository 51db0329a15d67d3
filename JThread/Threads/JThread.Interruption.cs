namespace JThreading;

public partial class JThread
{
    /// <summary>Interrupts this thread: sets its interrupt flag and wakes it from any JThread wait.</summary>
    /// <remarks>
    /// <para>
    /// Java's <c>interrupt()</c>. <see cref="Sleep(long)"/>, <see cref="Join()"/> and <see cref="JMonitor.Wait(object)"/>
    /// then throw <see cref="InterruptedException"/> and clear the flag; <see cref="LockSupport.Park()"/> returns with the
    /// flag still set; a wait on <see cref="GetInterruptToken"/> is cancelled. Interrupting a thread that is not
    /// started is remembered; interrupting an ended thread only sets its flag, as in Java 14 and later.
    /// </para>
    /// <para>
    /// Unlike <see cref="Thread.Interrupt"/>, this never makes a later <c>lock</c>, <see cref="Monitor.Enter(object)"/>
    /// or other .NET wait throw.
    /// </para>
    /// </remarks>
    public void Interrupt()
    {
        CancellationTokenSource? source;
        lock (_stateLock)
        {
            _interrupted = true;
            source = _interruptSource;
        }

        Wake();
        if (source is not null)
        {
            try
            {
                source.Cancel();
            }
            catch (Exception exception)
            {
                // A callback registered on the token threw: the registrant's failure, not the interrupter's, so
                // Interrupt() still succeeds; but it is reported rather than lost.
                StandardError.Report($"a callback on the interrupt token of thread \"{_name}\" threw", exception);
            }
        }
    }

    /// <summary>Whether this thread's interrupt flag is set; does not clear it.</summary>
    /// <returns><see langword="true"/> when the flag is set.</returns>
    public bool IsInterrupted() => _interrupted;

    /// <summary>Tests and clears the current thread's interrupt flag.</summary>
    /// <returns><see langword="true"/> when the flag was set.</returns>
    /// <remarks>Java's static <c>Thread.interrupted()</c>.</remarks>
    public static bool Interrupted()
    {
        var self = CurrentThread();
        if (!self._interrupted)
        {
            return false;
        }

        self.ClearInterrupt();
        return true;
    }

    /// <summary>A token that is cancelled when this thread is interrupted.</summary>
    /// <returns>
    /// The token for the current interrupt flag: already cancelled when the flag is set. Once the flag has been
    /// cleared, the next call returns a fresh token.
    /// </returns>
    /// <remarks>
    /// The bridge from Java interruption to .NET cancellation: pass the token to
    /// <see cref="System.Collections.Concurrent.BlockingCollection{T}.Take(CancellationToken)"/>,
    /// <see cref="SemaphoreSlim.Wait(CancellationToken)"/> or an awaited call, and <see cref="Interrupt"/> wakes it.
    /// A wait ended this way leaves the interrupt flag set, as Java's interruptible channels do.
    /// </remarks>
    public CancellationToken GetInterruptToken()
    {
        lock (_stateLock)
        {
            if (_interruptSource is null)
            {
                _interruptSource = new CancellationTokenSource();
                if (_interrupted)
                {
                    _interruptSource.Cancel();
                }
            }

            return _interruptSource.Token;
        }
    }

    /// <summary>Sleeps the current thread for <paramref name="millis"/> milliseconds.</summary>
    /// <param name="millis">How long; 0 only gives up the processor.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="millis"/> is negative.</exception>
    /// <exception cref="InterruptedException">
    /// The thread was interrupted before or during the sleep (even <c>Sleep(0)</c>); the flag is cleared.
    /// </exception>
    public static void Sleep(long millis) => Sleep(millis, 0);

    /// <summary>Sleeps the current thread for <paramref name="millis"/> milliseconds plus <paramref name="nanos"/> nanoseconds.</summary>
    /// <param name="millis">Milliseconds.</param>
    /// <param name="nanos">Additional nanoseconds, 0 to 999999.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="millis"/> is negative, or <paramref name="nanos"/> is outside 0..999999.
    /// </exception>
    /// <exception cref="InterruptedException">The thread was interrupted before or during the sleep; the flag is cleared.</exception>
    public static void Sleep(long millis, int nanos)
    {
        Timeouts.Check(millis, nanos);
        SleepNanos(Timeouts.ToNanos(millis, nanos));
    }

    /// <summary>Sleeps the current thread for <paramref name="duration"/>.</summary>
    /// <param name="duration">How long; a negative value returns at once.</param>
    /// <exception cref="InterruptedException">The thread was interrupted before or during the sleep; the flag is cleared.</exception>
    /// <remarks>Java 19's <c>sleep(Duration)</c>.</remarks>
    public static void Sleep(TimeSpan duration)
    {
        if (duration < TimeSpan.Zero)
        {
            return;
        }

        SleepNanos(Timeouts.ToNanos(duration));
    }

    private static void SleepNanos(long nanos)
    {
        var self = CurrentThread();
        if (self._interrupted)
        {
            self.ThrowInterrupted(ExceptionMessages.SleepInterrupted);
        }

        if (nanos == 0)
        {
            Thread.Yield();
            return;
        }

        var outcome = self.ParkUntil(
            static _ => false, self, Math.Max(1, Timeouts.NanosToTicks(nanos)), JThreadState.TimedWaiting, spin: false);
        if (outcome == WaitOutcome.Interrupted)
        {
            self.ThrowInterrupted(ExceptionMessages.SleepInterrupted);
        }
    }

    /// <summary>Parks the current thread (which must be this one) on its <see cref="ThreadParker"/>.</summary>
    /// <remarks>
    /// <paramref name="spin"/> is for hand-offs that often end within microseconds (park, notify, a released lock);
    /// a wait that cannot end that soon (join, sleep) passes <see langword="false"/> and blocks at once.
    /// </remarks>
    internal WaitOutcome ParkUntil<TState>(Func<TState, bool> isSatisfied, TState state, long timeoutTicks,
        JThreadState waitState, int pollMillis = Timeout.Infinite, bool spin = true) =>
        _parker.Park(this, isSatisfied, state, timeoutTicks, waitState, pollMillis, spin);

    /// <summary>Wakes this thread if it is parked, so it checks its wait condition again.</summary>
    internal void Wake() => _parker.Wake();

    /// <summary>Wakes every thread of <paramref name="threads"/>, taken from under a lock that is released now.</summary>
    internal static void WakeAll(List<JThread>? threads)
    {
        if (threads is not null)
        {
            foreach (var thread in threads)
            {
                thread.Wake();
            }
        }
    }

    internal void SetWaitState(JThreadState state) => _waitState = state;

    internal ThreadParker Parker => _parker;

    /// <summary>What this thread is parked for (<see cref="LockSupport.GetBlocker(JThread)"/>); set by the thread itself.</summary>
    internal object? Blocker
    {
        get => _blocker;
        set => _blocker = value;
    }

    /// <summary>Clears the flag and throws, as every interruptible JThread wait does.</summary>
    internal void ThrowInterrupted(string? message = null)
    {
        ClearInterrupt();
        throw new InterruptedException(message ?? ExceptionMessages.Interrupted);
    }

    private void ClearInterrupt()
    {
        lock (_stateLock)
        {
            // A source that exists while the flag is set belongs to that interrupt: cancelled already, or about to be
            // by the Interrupt() that set the flag (it cancels outside the lock). Dropping it only once it shows as
            // cancelled would let that late Cancel() spoil the token handed out after the flag is clear.
            if (_interrupted)
            {
                _interruptSource = null;
            }

            _interrupted = false;
        }
    }
}
