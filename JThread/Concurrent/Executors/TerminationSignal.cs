namespace JThreading.Concurrent;

/// <summary>
/// The one-way "terminated" flag of an executor, with Java's <c>awaitTermination</c> wait on it: a signalled flag
/// answers at once whatever the interrupt flag, a timeout of 0 or less answers at once, and only a real wait is an
/// interruption point.
/// </summary>
internal sealed class TerminationSignal
{
    private readonly Lock _lock = new();
    private volatile bool _signalled;
    private List<JThread>? _waiters;

    internal bool IsSignalled => _signalled;

    /// <summary>Sets the flag and wakes every waiter.</summary>
    internal void Signal()
    {
        List<JThread>? waiters;
        lock (_lock)
        {
            _signalled = true;
            waiters = _waiters;
            _waiters = null;
        }

        JThread.WakeAll(waiters);
    }

    /// <summary>Waits until signalled or the time is up.</summary>
    /// <returns>Whether the flag is set.</returns>
    /// <exception cref="InterruptedException">The caller was interrupted before or during a wait it had to make.</exception>
    internal bool Await(long timeout, TimeUnit unit)
    {
        if (_signalled)
        {
            return true;
        }

        var nanos = unit.ToNanos(timeout);
        if (nanos <= 0)
        {
            return false;
        }

        var self = JThread.CurrentThread();
        if (self.IsInterrupted())
        {
            self.ThrowInterrupted();
        }

        lock (_lock)
        {
            if (_signalled)
            {
                return true;
            }

            (_waiters ??= []).Add(self);
        }

        WaitOutcome outcome;
        self.Blocker = this;
        try
        {
            outcome = self.ParkUntil(static signal => signal._signalled, this, Timeouts.NanosToTicks(nanos), JThreadState.TimedWaiting);
        }
        finally
        {
            self.Blocker = null;
            lock (_lock)
            {
                _waiters?.Remove(self);
            }
        }

        if (outcome == WaitOutcome.Interrupted)
        {
            self.ThrowInterrupted();
        }

        return outcome == WaitOutcome.Satisfied;
    }
}
