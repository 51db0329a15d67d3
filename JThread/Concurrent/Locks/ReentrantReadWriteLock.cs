using System.Diagnostics;

namespace JThreading.Concurrent;

/// <summary>
/// A read/write lock with Java's reentrancy and fairness rules, whose waits are JThread interruption points.
/// </summary>
/// <remarks>
/// <para>
/// Java's <c>java.util.concurrent.locks.ReentrantReadWriteLock</c>. Many threads may hold the read lock at once; the
/// write lock is held by one thread, and only while no thread holds the read lock. Both are reentrant, each up to
/// 65535 holds. The writer may take the read lock as well and then release the write lock: that downgrades it. A
/// reader asking for the write lock waits for every reader, itself included, so <c>Lock()</c> never returns and
/// <c>TryLock()</c> answers <see langword="false"/>, as in Java.
/// </para>
/// <para>
/// A non-fair lock (the default) lets an arriving thread take a free lock ahead of queued ones, except that an
/// arriving reader waits behind a writer at the head of the queue, so writers are not starved. A fair lock serves the
/// queue in arrival order, and the readers queued together behind a writer get the lock together. <c>TryLock()</c>
/// on either lock ignores fairness, as in Java.
/// </para>
/// <para>
/// Uncontended, taking and releasing the read lock is one compare-and-swap each on the state word plus the
/// current thread's hold count, kept (as in Java) in a field for the first reader, a cached counter for the last
/// one, and a thread-local for the rest. <see cref="WriteLock"/> supports conditions; the read lock does not.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// private readonly ReentrantReadWriteLock _rw = new();
///
/// _rw.ReadLock().Lock();
/// try
/// {
///     // ... read the shared state
/// }
/// finally
/// {
///     _rw.ReadLock().Unlock();
/// }
/// </code>
/// </example>
[DebuggerDisplay("{" + nameof(ToString) + "(),nq}")]
public class ReentrantReadWriteLock : IReadWriteLock, IQueuedSynchronizer, IConditionOwner
{
    // Java's state word: the read holds of every thread in the high 16 bits, the write holds in the low 16.
    private const int SharedShift = 16;
    private const int SharedUnit = 1 << SharedShift;
    private const int MaxCount = (1 << SharedShift) - 1;
    private const int ExclusiveMask = (1 << SharedShift) - 1;

    // The WaitQueue arg of a queued reader; a queued writer's arg is the write hold count it takes.
    private const int ReadArg = 0;

    private readonly WaitQueue _queue = new();
    private readonly bool _fair;
    private readonly ReadLockView _readLock;
    private readonly WriteLockView _writeLock;

    // Changed by interlocked operations, except by the writer while it holds the write lock (see WaitQueue).
    private int _state;

    // Written by the writer only.
    private volatile JThread? _owner;

    // Java's firstReader, firstReaderHoldCount and cachedHoldCounter: only a thread that finds itself here uses them.
    private JThread? _firstReader;
    private int _firstReaderHoldCount;
    private HoldCounter? _cachedHoldCounter;
    private ThreadLocal<HoldCounter>? _readHolds;

    /// <summary>Creates a read/write lock.</summary>
    /// <param name="fair">Whether the queue is served in arrival order; not by default, as in Java.</param>
    /// <remarks>Java's <c>ReentrantReadWriteLock()</c> and <c>ReentrantReadWriteLock(boolean)</c>.</remarks>
    public ReentrantReadWriteLock(bool fair = false)
    {
        _fair = fair;
        _readLock = new ReadLockView(this);
        _writeLock = new WriteLockView(this);
    }

    bool IQueuedSynchronizer.MayAcquire => ExclusiveCount(Volatile.Read(ref _state)) == 0;

    /// <summary>The read lock.</summary>
    /// <returns>The read lock; its <see cref="ILock.NewCondition"/> throws <see cref="NotSupportedException"/>.</returns>
    /// <remarks>Java's <c>readLock()</c>.</remarks>
    public ILock ReadLock() => _readLock;

    /// <summary>The write lock.</summary>
    /// <returns>The write lock: reentrant, with conditions.</returns>
    /// <remarks>Java's <c>writeLock()</c>.</remarks>
    public ILock WriteLock() => _writeLock;

    /// <summary>Whether this lock is fair.</summary>
    /// <returns><see langword="true"/> if it was created fair.</returns>
    /// <remarks>Java's <c>isFair()</c>.</remarks>
    public bool IsFair() => _fair;

    /// <summary>How many read holds there are, over all threads.</summary>
    /// <returns>The number of read holds.</returns>
    /// <remarks>Java's <c>getReadLockCount()</c>; meant for monitoring.</remarks>
    public int GetReadLockCount() => SharedCount(Volatile.Read(ref _state));

    /// <summary>Whether any thread holds the write lock.</summary>
    /// <returns><see langword="true"/> if it is held.</returns>
    /// <remarks>Java's <c>isWriteLocked()</c>; meant for monitoring.</remarks>
    public bool IsWriteLocked() => ExclusiveCount(Volatile.Read(ref _state)) != 0;

    /// <summary>Whether the current thread holds the write lock.</summary>
    /// <returns><see langword="true"/> if it does.</returns>
    /// <remarks>Java's <c>isWriteLockedByCurrentThread()</c>.</remarks>
    public bool IsWriteLockedByCurrentThread() => ReferenceEquals(_owner, JThread.CurrentThread());

    /// <summary>How many times the current thread holds the write lock.</summary>
    /// <returns>The write hold count; 0 if the current thread does not hold it.</returns>
    /// <remarks>Java's <c>getWriteHoldCount()</c>.</remarks>
    public int GetWriteHoldCount() => IsWriteLockedByCurrentThread() ? ExclusiveCount(Volatile.Read(ref _state)) : 0;

    /// <summary>How many times the current thread holds the read lock.</summary>
    /// <returns>The read hold count; 0 if the current thread does not hold it.</returns>
    /// <remarks>Java's <c>getReadHoldCount()</c>.</remarks>
    public int GetReadHoldCount()
    {
        if (GetReadLockCount() == 0)
        {
            return 0;
        }

        var self = JThread.CurrentThread();
        if (ReferenceEquals(_firstReader, self))
        {
            return _firstReaderHoldCount;
        }

        return ExistingHolds(self)?.Count ?? 0;
    }

    /// <summary>Whether any thread waits to take the read or the write lock.</summary>
    /// <returns><see langword="true"/> if threads are queued.</returns>
    /// <remarks>Java's <c>hasQueuedThreads()</c>; a snapshot, meant for monitoring.</remarks>
    public bool HasQueuedThreads() => _queue.Count != 0;

    /// <summary>Whether <paramref name="thread"/> waits to take the read or the write lock.</summary>
    /// <param name="thread">The thread.</param>
    /// <returns><see langword="true"/> if it is queued.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="thread"/> is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>hasQueuedThread(Thread)</c>; a snapshot, meant for monitoring.</remarks>
    public bool HasQueuedThread(JThread thread)
    {
        ArgumentNullException.ThrowIfNull(thread);
        return _queue.Contains(thread);
    }

    /// <summary>How many threads wait to take the read or the write lock.</summary>
    /// <returns>An estimate of the number of queued threads.</returns>
    /// <remarks>Java's <c>getQueueLength()</c>; a snapshot, meant for monitoring.</remarks>
    public int GetQueueLength() => _queue.Count;

    /// <summary>Whether any thread waits on <paramref name="condition"/>, a condition of the write lock.</summary>
    /// <param name="condition">A condition made by this lock's <see cref="WriteLock"/>.</param>
    /// <returns><see langword="true"/> if threads wait on it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="condition"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="condition"/> does not belong to this lock.</exception>
    /// <exception cref="SynchronizationLockException">The current thread does not hold the write lock.</exception>
    /// <remarks>Java's <c>hasWaiters(Condition)</c>; its <c>IllegalMonitorStateException</c> is <see cref="SynchronizationLockException"/>.</remarks>
    public bool HasWaiters(ICondition condition) => GetWaitQueueLength(condition) != 0;

    /// <summary>How many threads wait on <paramref name="condition"/>, a condition of the write lock.</summary>
    /// <param name="condition">A condition made by this lock's <see cref="WriteLock"/>.</param>
    /// <returns>An estimate of the number of waiting threads.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="condition"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="condition"/> does not belong to this lock.</exception>
    /// <exception cref="SynchronizationLockException">The current thread does not hold the write lock.</exception>
    /// <remarks>Java's <c>getWaitQueueLength(Condition)</c>.</remarks>
    public int GetWaitQueueLength(ICondition condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        if (condition is not LockCondition owned || !ReferenceEquals(owned.Owner, this))
        {
            throw new ArgumentException(ExceptionMessages.ConditionNotOwned, nameof(condition));
        }

        if (!IsWriteLockedByCurrentThread())
        {
            throw new SynchronizationLockException(ExceptionMessages.MonitorNotOwned);
        }

        return owned.WaitCount;
    }

    /// <summary>Describes the lock and its holds, as Java does.</summary>
    /// <returns><c>JThreading.Concurrent.ReentrantReadWriteLock@1b6d3586[Write locks = 1, Read locks = 0]</c>.</returns>
    public override string ToString()
    {
        var c = Volatile.Read(ref _state);
        return $"{ObjectIdentity.Describe(this)}[Write locks = {ExclusiveCount(c)}, Read locks = {SharedCount(c)}]";
    }

    bool IQueuedSynchronizer.TryAcquireQueued(JThread thread, int arg, bool isHead) =>
        arg == ReadArg ? TryAcquireShared(thread, blocked: !isHead) : TryAcquireWrite(thread, arg, blocked: !isHead);

    /// <summary>Whether the current thread holds the write lock; for the write lock's conditions.</summary>
    bool IConditionOwner.IsHeldExclusivelyByCurrentThread => IsHeldExclusively();

    int IConditionOwner.ExclusiveHolds => GetWriteHoldCount();

    internal bool IsHeldExclusively() => ReferenceEquals(_owner, JThread.CurrentThread());

    /// <summary>Releases every write hold of the current thread, for a condition wait; returns how many there were.</summary>
    int IConditionOwner.ReleaseAllHolds()
    {
        var holds = ExclusiveCount(Volatile.Read(ref _state));
        ReleaseWrite(holds);
        return holds;
    }

    /// <summary>
    /// Queues <paramref name="thread"/>, a write-lock condition waiter being signalled, to take the write lock back
    /// with <paramref name="holds"/> holds; called by the signalling writer.
    /// </summary>
    WaitQueue.Node IConditionOwner.EnqueueSignalled(JThread thread, int holds) => _queue.EnqueueOnBehalfOf(this, thread, holds);

    /// <summary>
    /// Takes the write lock back after a condition wait, uninterruptibly, to <paramref name="holds"/> holds: from the
    /// place a signal gave the thread on the queue (<paramref name="signalledNode"/>), or else as a new arrival.
    /// </summary>
    void IConditionOwner.ReacquireHolds(int holds, WaitQueue.Node? signalledNode)
    {
        if (signalledNode is not null)
        {
            _queue.AcquireQueued(signalledNode, Timeout.Infinite, interruptible: false);
            return;
        }

        var self = JThread.CurrentThread();
        if (!TryAcquireWrite(self, holds, blocked: _fair && _queue.Count != 0))
        {
            _queue.Acquire(this, holds, Timeout.Infinite, interruptible: false);
        }
    }

    private static int SharedCount(int c) => (int)((uint)c >> SharedShift);

    private static int ExclusiveCount(int c) => c & ExclusiveMask;

    // Java's readerShouldBlock for an arriving reader: fair, behind anyone queued; non-fair, behind a queued writer.
    private bool ReaderShouldBlock() => _fair ? _queue.Count != 0 : _queue.Count != 0 && _queue.FirstArg is > ReadArg;

    // Java's writerShouldBlock for an arriving writer.
    private bool WriterShouldBlock() => _fair && _queue.Count != 0;

    /// <summary>
    /// Java's <c>tryAcquireShared</c>: takes a read hold unless another thread writes, or <paramref name="blocked"/>
    /// (fairness) says to queue and this is not a reentrant read.
    /// </summary>
    private bool TryAcquireShared(JThread self, bool blocked)
    {
        var c = Volatile.Read(ref _state);
        if (ExclusiveCount(c) != 0 && !ReferenceEquals(_owner, self))
        {
            return false;
        }

        if (!blocked && SharedCount(c) < MaxCount && Interlocked.CompareExchange(ref _state, c + SharedUnit, c) == c)
        {
            RecordReadHold(self, SharedCount(c));
            return true;
        }

        return FullTryAcquireShared(self, blocked);
    }

    private bool FullTryAcquireShared(JThread self, bool blocked)
    {
        while (true)
        {
            var c = Volatile.Read(ref _state);
            if (ExclusiveCount(c) != 0)
            {
                if (!ReferenceEquals(_owner, self))
                {
                    return false;
                }
            }
            else if (blocked && !ReferenceEquals(_firstReader, self) && (ExistingHolds(self)?.Count ?? 0) == 0)
            {
                // Queue, unless this is a reentrant read, which must not wait behind anyone (it would deadlock).
                return false;
            }

            if (SharedCount(c) == MaxCount)
            {
                throw new SynchronizationLockException(ExceptionMessages.LockCountExceeded);
            }

            if (Interlocked.CompareExchange(ref _state, c + SharedUnit, c) == c)
            {
                RecordReadHold(self, SharedCount(c));
                return true;
            }
        }
    }

    /// <summary>Java's <c>tryReadLock</c>: takes a read hold unless another thread writes; ignores fairness.</summary>
    private bool TryReadLock(JThread self)
    {
        while (true)
        {
            var c = Volatile.Read(ref _state);
            if (ExclusiveCount(c) != 0 && !ReferenceEquals(_owner, self))
            {
                return false;
            }

            if (SharedCount(c) == MaxCount)
            {
                throw new SynchronizationLockException(ExceptionMessages.LockCountExceeded);
            }

            if (Interlocked.CompareExchange(ref _state, c + SharedUnit, c) == c)
            {
                RecordReadHold(self, SharedCount(c));
                return true;
            }
        }
    }

    private void RecordReadHold(JThread self, int readersBefore)
    {
        if (readersBefore == 0)
        {
            _firstReader = self;
            _firstReaderHoldCount = 1;
        }
        else if (ReferenceEquals(_firstReader, self))
        {
            _firstReaderHoldCount++;
        }
        else
        {
            var holds = _cachedHoldCounter;
            if (holds is null || holds.ThreadId != self.ThreadId())
            {
                holds = ReadHolds().Value!;
                _cachedHoldCounter = holds;
            }

            holds.Count++;
        }
    }

    private void ReleaseShared(JThread self)
    {
        if (ReferenceEquals(_firstReader, self))
        {
            if (_firstReaderHoldCount == 1)
            {
                _firstReader = null;
            }
            else
            {
                _firstReaderHoldCount--;
            }
        }
        else
        {
            var holds = _cachedHoldCounter;
            if (holds is null || holds.ThreadId != self.ThreadId())
            {
                holds = ExistingHolds(self);
            }

            if (holds is null || holds.Count <= 0)
            {
                throw new SynchronizationLockException(ExceptionMessages.MonitorNotOwned);
            }

            holds.Count--;
        }

        while (true)
        {
            var c = Volatile.Read(ref _state);
            var next = c - SharedUnit;
            if (Interlocked.CompareExchange(ref _state, next, c) == c)
            {
                if (next == 0)
                {
                    _queue.WakeHead();
                }

                return;
            }
        }
    }

    /// <summary>The current thread's hold counter, if it has one, without making it one.</summary>
    private HoldCounter? ExistingHolds(JThread self)
    {
        var cached = _cachedHoldCounter;
        if (cached is not null && cached.ThreadId == self.ThreadId())
        {
            return cached;
        }

        var readHolds = Volatile.Read(ref _readHolds);
        return readHolds is not null && readHolds.IsValueCreated ? readHolds.Value : null;
    }

    private ThreadLocal<HoldCounter> ReadHolds()
    {
        var readHolds = Volatile.Read(ref _readHolds);
        if (readHolds is null)
        {
            var created = new ThreadLocal<HoldCounter>(static () => new HoldCounter(JThread.CurrentThread().ThreadId()));
            readHolds = Interlocked.CompareExchange(ref _readHolds, created, null) ?? created;
            if (!ReferenceEquals(readHolds, created))
            {
                created.Dispose();
            }
        }

        return readHolds;
    }

    /// <summary>
    /// Java's <c>tryAcquire</c> for <paramref name="holds"/> write holds: reentrant for the writer; otherwise only when
    /// nobody holds either lock and <paramref name="blocked"/> (fairness) does not say to queue.
    /// </summary>
    private bool TryAcquireWrite(JThread self, int holds, bool blocked)
    {
        var c = Volatile.Read(ref _state);
        if (c != 0)
        {
            if (ExclusiveCount(c) == 0 || !ReferenceEquals(_owner, self))
            {
                return false;
            }

            if (ExclusiveCount(c) + holds > MaxCount)
            {
                throw new SynchronizationLockException(ExceptionMessages.LockCountExceeded);
            }

            // Only the writer changes the state while it writes: readers see a write hold and do not try.
            Volatile.Write(ref _state, c + holds);
            return true;
        }

        if (blocked || Interlocked.CompareExchange(ref _state, holds, 0) != 0)
        {
            return false;
        }

        _owner = self;
        return true;
    }

    private void ReleaseWrite(int holds)
    {
        if (!IsHeldExclusively())
        {
            throw new SynchronizationLockException(ExceptionMessages.MonitorNotOwned);
        }

        var next = Volatile.Read(ref _state) - holds;
        var free = ExclusiveCount(next) == 0;
        if (free)
        {
            _owner = null;
        }

        Interlocked.Exchange(ref _state, next);
        if (free)
        {
            _queue.WakeHead();
        }
    }

    /// <summary>One thread's read hold count: Java's <c>HoldCounter</c>, with the id (not the thread) to keep no thread alive.</summary>
    private sealed class HoldCounter(long threadId)
    {
        internal long ThreadId { get; } = threadId;

        internal int Count { get; set; }
    }

    /// <summary>Java's <c>ReentrantReadWriteLock.ReadLock</c>.</summary>
    [DebuggerDisplay("{" + nameof(ToString) + "(),nq}")]
    private sealed class ReadLockView(ReentrantReadWriteLock owner) : ILock
    {
        public void Lock()
        {
            var self = JThread.CurrentThread();
            if (!owner.TryAcquireShared(self, owner.ReaderShouldBlock()))
            {
                owner._queue.Acquire(owner, ReadArg, Timeout.Infinite, interruptible: false);
            }
        }

        public void LockInterruptibly()
        {
            var self = WaitQueue.CurrentThreadUninterrupted();
            if (!owner.TryAcquireShared(self, owner.ReaderShouldBlock()))
            {
                owner._queue.AcquireInterruptibly(owner, ReadArg, self);
            }
        }

        public bool TryLock() => owner.TryReadLock(JThread.CurrentThread());

        public bool TryLock(long time, TimeUnit unit)
        {
            var nanos = unit.ToNanos(time);
            var self = WaitQueue.CurrentThreadUninterrupted();
            return owner.TryAcquireShared(self, owner.ReaderShouldBlock()) || owner._queue.TryAcquireNanos(owner, ReadArg, nanos, self);
        }

        public void Unlock() => owner.ReleaseShared(JThread.CurrentThread());

        public ICondition NewCondition() => throw new NotSupportedException();

        // Java's ReadLock.toString: "...$ReadLock@hash[Read locks = n]".
        public override string ToString() => $"{ObjectIdentity.Describe(this)}[Read locks = {owner.GetReadLockCount()}]";
    }

    /// <summary>Java's <c>ReentrantReadWriteLock.WriteLock</c>.</summary>
    [DebuggerDisplay("{" + nameof(ToString) + "(),nq}")]
    private sealed class WriteLockView(ReentrantReadWriteLock owner) : ILock
    {
        public void Lock()
        {
            var self = JThread.CurrentThread();
            if (!owner.TryAcquireWrite(self, 1, owner.WriterShouldBlock()))
            {
                owner._queue.Acquire(owner, 1, Timeout.Infinite, interruptible: false);
            }
        }

        public void LockInterruptibly()
        {
            var self = WaitQueue.CurrentThreadUninterrupted();
            if (!owner.TryAcquireWrite(self, 1, owner.WriterShouldBlock()))
            {
                owner._queue.AcquireInterruptibly(owner, 1, self);
            }
        }

        public bool TryLock() => owner.TryAcquireWrite(JThread.CurrentThread(), 1, blocked: false);

        public bool TryLock(long time, TimeUnit unit)
        {
            var nanos = unit.ToNanos(time);
            var self = WaitQueue.CurrentThreadUninterrupted();
            return owner.TryAcquireWrite(self, 1, owner.WriterShouldBlock()) || owner._queue.TryAcquireNanos(owner, 1, nanos, self);
        }

        public void Unlock() => owner.ReleaseWrite(1);

        public ICondition NewCondition() => new LockCondition(owner);

        // Java's WriteLock.toString: "...$WriteLock@hash[Unlocked]" or "[Locked by thread NAME]".
        public override string ToString()
        {
            var holder = owner._owner;
            return ObjectIdentity.Describe(this) + (holder is null ? "[Unlocked]" : $"[Locked by thread {holder.GetName()}]");
        }
    }
}
