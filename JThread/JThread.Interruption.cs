using System.Diagnostics;

namespace JThreading;

public partial class JThread
{
    // Every JThread wait (sleep, join, JMonitor.Wait, park) blocks on the waiting thread's own event, and everything
    // that can end such a wait (interrupt, a joined thread's end, notify, unpark) first changes what the waiter checks
    // and then sets that event. The waiter resets the event before it checks, so a wake-up between its check and its
    // wait is never lost. The event spins briefly before it blocks, so a quick hand-off between two threads never
    // reaches the kernel; and the waker holds no lock the waiter needs, so a woken thread does not wake only to block
    // again. JThread never calls Thread.Interrupt, so no .NET wait or lock elsewhere can throw because of Interrupt().
    private readonly ManualResetEventSlim _parkEvent = new();

    // Guards the interrupt token against the flag being set and cleared.
    private readonly Lock _interruptLock = new();
    private volatile bool _interrupted;
    private volatile JThreadState _waitState = JThreadState.Runnable;
    private int _permit;
    private CancellationTokenSource? _interruptSource;

    /// <summary>How a JThread wait ended.</summary>
    internal enum WaitOutcome
    {
        Satisfied,
        TimedOut,
        Interrupted,
    }

    /// <summary>Interrupts this thread: sets its interrupt flag and wakes it from any JThread wait.</summary>
    /// <remarks>
    /// <para>
    /// Java's <c>interrupt()</c>. <see cref="Sleep(long)"/>, <see cref="Join()"/> and <see cref="JMonitor.Wait(object)"/>
    /// then throw <see cref="InterruptedException"/> and clear the flag; <see cref="LockSupport.Park"/> returns with the
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
        lock (_interruptLock)
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
            catch (AggregateException)
            {
                // A callback registered on the token threw; that is the registrant's failure, not the interrupter's.
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
        lock (_interruptLock)
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
        CheckTimeout(millis, nanos);
        var totalNanos = millis > (long.MaxValue - nanos) / 1_000_000 ? long.MaxValue : (millis * 1_000_000) + nanos;
        SleepNanos(totalNanos);
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

        var ticks = duration.Ticks;
        SleepNanos(ticks > long.MaxValue / 100 ? long.MaxValue : ticks * 100);
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

        var outcome = self.ParkUntil(static _ => false, self, Math.Max(1, NanosToTicks(nanos)), JThreadState.TimedWaiting);
        if (outcome == WaitOutcome.Interrupted)
        {
            self.ThrowInterrupted(ExceptionMessages.SleepInterrupted);
        }
    }

    /// <summary>
    /// Blocks the current thread (which must be this one) until <paramref name="isSatisfied"/> holds, the timeout
    /// passes or the thread is interrupted. Wakers change the condition before they call <see cref="Wake"/>, and the
    /// event is reset before each check, so a wake-up that comes between the check and the wait is never lost.
    /// </summary>
    /// <param name="isSatisfied">The condition that ends the wait; may be called more than once.</param>
    /// <param name="state">What the condition looks at.</param>
    /// <param name="timeoutTicks"><see cref="Stopwatch"/> ticks, or <see cref="Timeout.Infinite"/>.</param>
    /// <param name="waitState">What <see cref="GetState"/> reports meanwhile.</param>
    /// <param name="pollMillis">Check the condition at least this often, for conditions nobody signals.</param>
    internal WaitOutcome ParkUntil<TState>(Func<TState, bool> isSatisfied, TState state, long timeoutTicks,
        JThreadState waitState, int pollMillis = Timeout.Infinite)
    {
        Debug.Assert(ReferenceEquals(this, t_current), "only the thread itself parks");
        var deadline = timeoutTicks < 0 ? long.MaxValue : Stopwatch.GetTimestamp() + timeoutTicks;
        _waitState = waitState;
        try
        {
            while (true)
            {
                // Reset is an interlocked operation: the checks below cannot be reordered before it.
                _parkEvent.Reset();
                if (isSatisfied(state))
                {
                    return WaitOutcome.Satisfied;
                }

                if (_interrupted)
                {
                    return WaitOutcome.Interrupted;
                }

                var waitMillis = Timeout.Infinite;
                if (timeoutTicks >= 0)
                {
                    var remaining = deadline - Stopwatch.GetTimestamp();
                    if (remaining <= 0)
                    {
                        return WaitOutcome.TimedOut;
                    }

                    // Round up so a wait never ends early.
                    var millis = ((Int128)remaining * 1000 + Stopwatch.Frequency - 1) / Stopwatch.Frequency;
                    waitMillis = millis >= int.MaxValue ? int.MaxValue - 1 : (int)millis;
                }

                if (pollMillis != Timeout.Infinite && (waitMillis == Timeout.Infinite || waitMillis > pollMillis))
                {
                    waitMillis = pollMillis;
                }

                _parkEvent.Wait(waitMillis);
            }
        }
        finally
        {
            _waitState = JThreadState.Runnable;
        }
    }

    /// <summary>Wakes this thread if it is parked, so it checks its wait condition again.</summary>
    internal void Wake() => _parkEvent.Set();

    internal void SetWaitState(JThreadState state) => _waitState = state;

    /// <summary>Gives this thread the permit of <see cref="LockSupport.Unpark(JThread?)"/> and wakes it.</summary>
    internal void GrantPermit()
    {
        Volatile.Write(ref _permit, 1);
        Wake();
    }

    /// <summary>Takes the permit if there is one; only the thread itself calls it.</summary>
    /// <remarks>
    /// One atomic exchange, not a read and then a write: a permit granted between the two would be wiped out, and its
    /// wake-up then reset by the next park, leaving the thread parked with its unparker's signal lost.
    /// </remarks>
    internal bool TryConsumePermit() => Volatile.Read(ref _permit) != 0 && Interlocked.Exchange(ref _permit, 0) != 0;

    /// <summary>Clears the flag and throws, as every interruptible JThread wait does.</summary>
    internal void ThrowInterrupted(string? message = null)
    {
        ClearInterrupt();
        throw new InterruptedException(message ?? ExceptionMessages.Interrupted);
    }

    private void ClearInterrupt()
    {
        lock (_interruptLock)
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
