namespace JThreading.Concurrent;

/// <summary>
/// A reentrant mutual-exclusion lock with conditions, fair or not, whose waits are JThread interruption points.
/// </summary>
/// <remarks>
/// <para>
/// Java's <c>java.util.concurrent.locks.ReentrantLock</c>. The thread that holds it may take it again; it is free
/// once <see cref="Unlock"/> has been called as often as it was taken. A non-fair lock (the default) lets an arriving
/// thread take a free lock ahead of queued ones, which gives the most throughput; a fair lock hands it to the
/// longest-waiting thread. <see cref="TryLock()"/> takes a free lock even when it is fair, as in Java.
/// </para>
/// <para>
/// Unlike <see cref="Monitor"/> or <see cref="System.Threading.Lock"/>, <see cref="LockInterruptibly"/>, timed
/// <see cref="TryLock(long, TimeUnit)"/> and the <see cref="ICondition"/> waits end with
/// <see cref="InterruptedException"/> on <see cref="JThread.Interrupt"/>, and a waiting thread reports
/// <see cref="JThreadState.Waiting"/> or <see cref="JThreadState.TimedWaiting"/> with this lock as its blocker.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// private readonly ReentrantLock _lock = new();
///
/// _lock.Lock();
/// try
/// {
///     // ... the critical section
/// }
/// finally
/// {
///     _lock.Unlock();
/// }
/// </code>
/// </example>
public class ReentrantLock : ILock, IQueuedSynchronizer, IConditionOwner
{
    private readonly WaitQueue _queue = new();
    private readonly bool _fair;

    // 0 when free, 1 when held; changed only by interlocked operations (see WaitQueue).
    private int _state;

    // Written by the holder only; _holds is read by the holder only.
    private volatile JThread? _owner;
    private int _holds;

    /// <summary>Creates a lock.</summary>
    /// <param name="fair">Whether the longest-waiting thread gets the lock first; not by default, as in Java.</param>
    /// <remarks>Java's <c>ReentrantLock()</c> and <c>ReentrantLock(boolean)</c>.</remarks>
    public ReentrantLock(bool fair = false)
    {
        _fair = fair;
    }

    bool IConditionOwner.IsHeldExclusivelyByCurrentThread => IsHeldByCurrentThread();

    int IConditionOwner.ExclusiveHolds => GetHoldCount();

    bool IQueuedSynchronizer.MayAcquire => Volatile.Read(ref _state) == 0;

    /// <inheritdoc/>
    /// <exception cref="SynchronizationLockException">The current thread holds the lock <see cref="int.MaxValue"/> times already.</exception>
    /// <remarks>
    /// Java's <c>lock()</c>. An interrupt does not end the wait; the flag is set again when it returns, so a later
    /// interruption point sees it.
    /// </remarks>
    public void Lock()
    {
        var self = JThread.CurrentThread();
        if (!TryAcquire(self, honourQueue: _fair))
        {
            _queue.Acquire(this, 1, Timeout.Infinite, interruptible: false);
        }
    }

    /// <inheritdoc/>
    /// <exception cref="SynchronizationLockException">The current thread holds the lock <see cref="int.MaxValue"/> times already.</exception>
    public void LockInterruptibly()
    {
        var self = WaitQueue.CurrentThreadUninterrupted();
        if (!TryAcquire(self, honourQueue: _fair))
        {
            _queue.AcquireInterruptibly(this, 1, self);
        }
    }

    /// <inheritdoc/>
    /// <exception cref="SynchronizationLockException">The current thread holds the lock <see cref="int.MaxValue"/> times already.</exception>
    /// <remarks>Java's <c>tryLock()</c>: takes a free lock even when the lock is fair and threads are queued.</remarks>
    public bool TryLock() => TryAcquire(JThread.CurrentThread(), honourQueue: false);

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a <see cref="TimeUnit"/> value.</exception>
    /// <exception cref="SynchronizationLockException">The current thread holds the lock <see cref="int.MaxValue"/> times already.</exception>
    /// <remarks>Java's <c>tryLock(long, TimeUnit)</c>: checks the interrupt flag first, and a fair lock honours the queue.</remarks>
    public bool TryLock(long time, TimeUnit unit)
    {
        var nanos = unit.ToNanos(time);
        var self = WaitQueue.CurrentThreadUninterrupted();
        if (TryAcquire(self, honourQueue: _fair))
        {
            return true;
        }

        return _queue.TryAcquireNanos(this, 1, nanos, self);
    }

    /// <inheritdoc/>
    public void Unlock()
    {
        var self = JThread.CurrentThread();
        if (!ReferenceEquals(_owner, self))
        {
            throw new SynchronizationLockException(ExceptionMessages.MonitorNotOwned);
        }

        if (_holds > 1)
        {
            _holds--;
            return;
        }

        Release();
    }

    /// <inheritdoc/>
    public ICondition NewCondition() => new LockCondition(this);

    /// <summary>Whether the current thread holds this lock.</summary>
    /// <returns><see langword="true"/> if it does.</returns>
    /// <remarks>Java's <c>isHeldByCurrentThread()</c>.</remarks>
    public bool IsHeldByCurrentThread() => ReferenceEquals(_owner, JThread.CurrentThread());

    /// <summary>How many times the current thread holds this lock.</summary>
    /// <returns>The hold count; 0 if the current thread does not hold it.</returns>
    /// <remarks>Java's <c>getHoldCount()</c>.</remarks>
    public int GetHoldCount() => IsHeldByCurrentThread() ? _holds : 0;

    /// <summary>Whether any thread holds this lock.</summary>
    /// <returns><see langword="true"/> if it is held.</returns>
    /// <remarks>Java's <c>isLocked()</c>; meant for monitoring, not for synchronization.</remarks>
    public bool IsLocked() => Volatile.Read(ref _state) != 0;

    /// <summary>Whether this lock is fair.</summary>
    /// <returns><see langword="true"/> if it was created fair.</returns>
    /// <remarks>Java's <c>isFair()</c>.</remarks>
    public bool IsFair() => _fair;

    /// <summary>Whether any thread waits to take this lock.</summary>
    /// <returns><see langword="true"/> if threads are queued.</returns>
    /// <remarks>Java's <c>hasQueuedThreads()</c>; a snapshot, meant for monitoring.</remarks>
    public bool HasQueuedThreads() => _queue.Count != 0;

    /// <summary>Whether <paramref name="thread"/> waits to take this lock.</summary>
    /// <param name="thread">The thread.</param>
    /// <returns><see langword="true"/> if it is queued.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="thread"/> is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>hasQueuedThread(Thread)</c>; a snapshot, meant for monitoring.</remarks>
    public bool HasQueuedThread(JThread thread)
    {
        ArgumentNullException.ThrowIfNull(thread);
        return _queue.Contains(thread);
    }

    /// <summary>How many threads wait to take this lock.</summary>
    /// <returns>An estimate of the number of queued threads.</returns>
    /// <remarks>Java's <c>getQueueLength()</c>; a snapshot, meant for monitoring.</remarks>
    public int GetQueueLength() => _queue.Count;

    /// <summary>Whether any thread waits on <paramref name="condition"/>.</summary>
    /// <param name="condition">A condition of this lock.</param>
    /// <returns><see langword="true"/> if threads wait on it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="condition"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="condition"/> does not belong to this lock.</exception>
    /// <exception cref="SynchronizationLockException">The current thread does not hold this lock.</exception>
    /// <remarks>Java's <c>hasWaiters(Condition)</c>.</remarks>
    public bool HasWaiters(ICondition condition) => GetWaitQueueLength(condition) != 0;

    /// <summary>How many threads wait on <paramref name="condition"/>.</summary>
    /// <param name="condition">A condition of this lock.</param>
    /// <returns>An estimate of the number of waiting threads.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="condition"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="condition"/> does not belong to this lock.</exception>
    /// <exception cref="SynchronizationLockException">The current thread does not hold this lock.</exception>
    /// <remarks>Java's <c>getWaitQueueLength(Condition)</c>.</remarks>
    public int GetWaitQueueLength(ICondition condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        if (condition is not LockCondition owned || !ReferenceEquals(owned.Owner, this))
        {
            throw new ArgumentException(ExceptionMessages.ConditionNotOwned, nameof(condition));
        }

        if (!IsHeldByCurrentThread())
        {
            throw new SynchronizationLockException(ExceptionMessages.MonitorNotOwned);
        }

        return owned.WaitCount;
    }

    /// <summary>Describes the lock and its holder, as Java does.</summary>
    /// <returns>
    /// <c>JThreading.Concurrent.ReentrantLock@1b6d3586[Unlocked]</c> or <c>...[Locked by thread worker]</c>.
    /// </returns>
    public override string ToString()
    {
        var owner = _owner;
        return ObjectIdentity.Describe(this) + (owner is null ? "[Unlocked]" : $"[Locked by thread {owner.GetName()}]");
    }

    bool IQueuedSynchronizer.TryAcquireQueued(JThread thread, int arg, bool isHead)
    {
        if ((_fair && !isHead) || Interlocked.CompareExchange(ref _state, 1, 0) != 0)
        {
            return false;
        }

        _owner = thread;
        _holds = arg;
        return true;
    }

    /// <summary>Releases every hold of the current thread, for a condition wait; returns how many there were.</summary>
    int IConditionOwner.ReleaseAllHolds()
    {
        var holds = _holds;
        Release();
        return holds;
    }

    /// <summary>
    /// Queues <paramref name="thread"/>, a condition waiter being signalled, to take the lock back with
    /// <paramref name="holds"/> holds; called by the signalling holder.
    /// </summary>
    WaitQueue.Node IConditionOwner.EnqueueSignalled(JThread thread, int holds) => _queue.EnqueueOnBehalfOf(this, thread, holds);

    /// <summary>
    /// Takes the lock back after a condition wait, uninterruptibly, to <paramref name="holds"/> holds: from the place
    /// a signal gave the thread on the queue (<paramref name="signalledNode"/>), or else as a new arrival.
    /// </summary>
    void IConditionOwner.ReacquireHolds(int holds, WaitQueue.Node? signalledNode)
    {
        if (signalledNode is not null)
        {
            _queue.AcquireQueued(signalledNode, Timeout.Infinite, interruptible: false);
            return;
        }

        var self = JThread.CurrentThread();
        if ((_fair && _queue.Count != 0) || Interlocked.CompareExchange(ref _state, 1, 0) != 0)
        {
            _queue.Acquire(this, holds, Timeout.Infinite, interruptible: false);
            return;
        }

        _owner = self;
        _holds = holds;
    }

    private bool TryAcquire(JThread self, bool honourQueue)
    {
        if ((!honourQueue || _queue.Count == 0) && Interlocked.CompareExchange(ref _state, 1, 0) == 0)
        {
            _owner = self;
            _holds = 1;
            return true;
        }

        if (!ReferenceEquals(_owner, self))
        {
            return false;
        }

        if (_holds == int.MaxValue)
        {
            throw new SynchronizationLockException(ExceptionMessages.LockCountExceeded);
        }

        _holds++;
        return true;
    }

    private void Release()
    {
        _holds = 0;
        _owner = null;
        Interlocked.Exchange(ref _state, 0);
        _queue.WakeHead();
    }
}
