using System.Diagnostics;

namespace JThreading.Concurrent;

/// <summary>
/// The <see cref="ICondition"/> of an exclusive lock (a <see cref="ReentrantLock"/>, or a
/// <see cref="ReentrantReadWriteLock"/>'s write lock): its waiters in arrival order, each parked on its own JThread,
/// with the lock released to every depth while it waits.
/// </summary>
/// <remarks>
/// Java's <c>AbstractQueuedSynchronizer.ConditionObject</c>. A signal takes its waiter out of the wait set and puts it
/// on the lock's queue, both under the set's lock, as Java's <c>signal()</c> does: the waiter keeps its place in
/// arrival order (no thread that comes later takes a fair lock before it) and
/// the lock's <c>HasQueuedThread</c> is true for it as soon as <see cref="Signal"/> returns. A
/// waiter that ends by timeout or interrupt takes itself out under the same lock. So exactly one of the two wins: a
/// signal is never spent on a waiter that has gone, and a waiter that was signalled returns normally even when it was
/// interrupted or timed out at the same moment (then with the flag still set).
/// </remarks>
internal sealed class LockCondition(IConditionOwner owner) : ICondition
{
    // How often AwaitUntil reads the wall clock again, so that a clock change is seen while waiting.
    private const long WallClockRecheckMillis = 1000;

    private readonly MonitorWaitSet _waiters = new();
    private readonly Action<MonitorWaitSet.Waiter> _transfer = waiter => waiter.LockNode = owner.EnqueueSignalled(waiter.Thread, waiter.Holds);

    internal IConditionOwner Owner { get; } = owner;

    internal int WaitCount => _waiters.Count;

    public void Await()
    {
        var self = WaitQueue.CurrentThreadUninterrupted();
        Wait(self, Timeout.Infinite, wallDeadline: null, interruptible: true);
    }

    public bool Await(long time, TimeUnit unit)
    {
        var nanos = unit.ToNanos(time);
        var self = WaitQueue.CurrentThreadUninterrupted();
        return Wait(self, Timeouts.NanosToTicks(nanos), wallDeadline: null, interruptible: true);
    }

    public long AwaitNanos(long nanosTimeout)
    {
        var self = WaitQueue.CurrentThreadUninterrupted();
        var start = Stopwatch.GetTimestamp();
        var signalled = Wait(self, Timeouts.NanosToTicks(nanosTimeout), wallDeadline: null, interruptible: true);
        var elapsed = Stopwatch.GetElapsedTime(start).Ticks;
        var elapsedNanos = elapsed > long.MaxValue / 100 ? long.MaxValue : elapsed * 100;
        var remaining = nanosTimeout < long.MinValue + elapsedNanos ? long.MinValue : nanosTimeout - elapsedNanos;
        return signalled ? remaining : Math.Min(remaining, 0);
    }

    public bool AwaitUntil(DateTimeOffset deadline)
    {
        var self = WaitQueue.CurrentThreadUninterrupted();
        return Wait(self, Timeout.Infinite, deadline, interruptible: true);
    }

    public void AwaitUninterruptibly() => Wait(JThread.CurrentThread(), Timeout.Infinite, wallDeadline: null, interruptible: false);

    public void Signal()
    {
        ThrowIfNotOwner();
        _waiters.TransferOne(_transfer);
    }

    public void SignalAll()
    {
        ThrowIfNotOwner();
        _waiters.TransferAll(_transfer);
    }

    private void ThrowIfNotOwner()
    {
        if (!Owner.IsHeldExclusivelyByCurrentThread)
        {
            throw new SynchronizationLockException(ExceptionMessages.MonitorNotOwned);
        }
    }

    /// <summary>The wait itself; returns whether it was signalled, and throws if it was interrupted instead.</summary>
    private bool Wait(JThread self, long timeoutTicks, DateTimeOffset? wallDeadline, bool interruptible)
    {
        ThrowIfNotOwner();

        // Join the wait set before releasing the lock, so a signal sent as soon as the lock is free finds this thread.
        var node = _waiters.Add(self);
        node.Value.Holds = Owner.ExclusiveHolds;
        var holds = Owner.ReleaseAllHolds();
        var waitState = timeoutTicks < 0 && wallDeadline is null ? JThreadState.Waiting : JThreadState.TimedWaiting;
        var outcome = WaitOutcome.TimedOut;
        var reinterrupt = false;
        bool signalled;
        self.Blocker = this;
        try
        {
            while (true)
            {
                var ticks = timeoutTicks;
                if (wallDeadline is { } deadline)
                {
                    var millis = (deadline - DateTimeOffset.UtcNow).Ticks / TimeSpan.TicksPerMillisecond;
                    ticks = millis <= 0 ? 0 : Timeouts.MillisToTicks(Math.Min(millis + 1, WallClockRecheckMillis));
                }

                outcome = self.ParkUntil(static waiter => waiter.Notified, node.Value, ticks, waitState);
                if (outcome == WaitOutcome.Interrupted && !interruptible)
                {
                    reinterrupt |= JThread.Interrupted();
                    continue;
                }

                if (outcome == WaitOutcome.TimedOut && wallDeadline is { } wall && wall > DateTimeOffset.UtcNow)
                {
                    continue;
                }

                break;
            }
        }
        finally
        {
            self.Blocker = null;
            signalled = !_waiters.TryRemove(node);
            Owner.ReacquireHolds(holds, node.Value.LockNode);
            if (reinterrupt)
            {
                self.Interrupt();
            }
        }

        if (outcome == WaitOutcome.Interrupted && !signalled)
        {
            self.ThrowInterrupted();
        }

        return signalled;
    }
}
