using System.Diagnostics;
using JThreading.Concurrent;

namespace JThreading.Tests.Concurrent;

/// <summary>
/// <see cref="ReentrantReadWriteLock"/>, after the JSR-166 TCK's ReentrantReadWriteLockTest and its fair twin: holds and
/// reentrancy, downgrading, a reader that asks for the write lock, fairness, the interruption points, the monitoring
/// methods, the write lock's conditions, and the races between a release and an interrupt or timeout.
/// </summary>
public sealed class ReentrantReadWriteLockTests
{
    public static TheoryData<bool> Fairness => [false, true];

    public static TheoryData<string, bool> InterruptibleCalls => new()
    {
        { "read.LockInterruptibly", false }, { "read.LockInterruptibly", true },
        { "read.TryLock(time)", false }, { "read.TryLock(time)", true },
        { "write.LockInterruptibly", false }, { "write.LockInterruptibly", true },
        { "write.TryLock(time)", false }, { "write.TryLock(time)", true },
    };

    private static long LongMillis => TestTimeouts.UnexpectedTimeoutMillis;

    [Theory]
    [MemberData(nameof(Fairness))]
    public void Constructor_Fairness_IsReportedAndStartsFree(bool fair)
    {
        var rw = new ReentrantReadWriteLock(fair);
        Assert.Equal(fair, rw.IsFair());
        Assert.False(new ReentrantReadWriteLock().IsFair());
        Assert.False(rw.IsWriteLocked());
        Assert.Equal(0, rw.GetReadLockCount());
        Assert.Same(rw.ReadLock(), rw.ReadLock());
        Assert.Same(rw.WriteLock(), rw.WriteLock());
    }

    [Theory]
    [MemberData(nameof(Fairness))]
    public void WriteLock_Nested_CountsHoldsAndFreesAtZero(bool fair)
    {
        var rw = new ReentrantReadWriteLock(fair);
        for (var i = 1; i <= 5; i++)
        {
            rw.WriteLock().Lock();
            Assert.Equal(i, rw.GetWriteHoldCount());
            Assert.True(rw.IsWriteLocked());
            Assert.True(rw.IsWriteLockedByCurrentThread());
        }

        CheckedThread.Run(() =>
        {
            Assert.True(rw.IsWriteLocked());
            Assert.False(rw.IsWriteLockedByCurrentThread());
            Assert.Equal(0, rw.GetWriteHoldCount());
        });
        for (var i = 4; i >= 0; i--)
        {
            rw.WriteLock().Unlock();
            Assert.Equal(i, rw.GetWriteHoldCount());
        }

        Assert.False(rw.IsWriteLocked());
        Assert.False(rw.IsWriteLockedByCurrentThread());
    }

    [Theory]
    [MemberData(nameof(Fairness))]
    public void ReadLock_ThreeThreadsNested_CountEachThreadsHoldsApart(bool fair)
    {
        // The first reader, the cached counter and the thread-local counters: one thread in each.
        var rw = new ReentrantReadWriteLock(fair);
        var held = new CountDownLatch(3);
        var release = new CountDownLatch(1);
        var readers = new List<CheckedThread>();
        for (var r = 1; r <= 3; r++)
        {
            var holds = r;
            readers.Add(CheckedThread.Start(() =>
            {
                for (var i = 1; i <= holds; i++)
                {
                    rw.ReadLock().Lock();
                    Assert.Equal(i, rw.GetReadHoldCount());
                }

                held.CountDown();
                release.Await();
                Assert.Equal(holds, rw.GetReadHoldCount());
                for (var i = holds - 1; i >= 0; i--)
                {
                    rw.ReadLock().Unlock();
                    Assert.Equal(i, rw.GetReadHoldCount());
                }
            }));
        }

        held.Await();
        Assert.Equal(6, rw.GetReadLockCount());
        Assert.Equal(0, rw.GetReadHoldCount());
        Assert.False(rw.IsWriteLocked());
        release.CountDown();
        readers.ForEach(reader => reader.Join());
        Assert.Equal(0, rw.GetReadLockCount());
    }

    [Fact]
    public void Unlock_NotHeld_ThrowsSynchronizationLockException()
    {
        var rw = new ReentrantReadWriteLock();
        Assert.Throws<SynchronizationLockException>(rw.ReadLock().Unlock);
        Assert.Throws<SynchronizationLockException>(rw.WriteLock().Unlock);
    }

    [Fact]
    public void Unlock_HeldByAnotherThread_ThrowsAndKeepsTheHolds()
    {
        var rw = new ReentrantReadWriteLock();
        rw.WriteLock().Lock();
        rw.ReadLock().Lock();
        try
        {
            CheckedThread.Run(() =>
            {
                Assert.Throws<SynchronizationLockException>(rw.WriteLock().Unlock);
                Assert.Throws<SynchronizationLockException>(rw.ReadLock().Unlock);
            });
            Assert.Equal(1, rw.GetWriteHoldCount());
            Assert.Equal(1, rw.GetReadHoldCount());
        }
        finally
        {
            rw.ReadLock().Unlock();
            rw.WriteLock().Unlock();
        }
    }

    [Theory]
    [MemberData(nameof(Fairness))]
    public void ReadLock_TwoThreads_HoldItAtOnce(bool fair)
    {
        var rw = new ReentrantReadWriteLock(fair);
        rw.ReadLock().Lock();
        CheckedThread.Run(() =>
        {
            rw.ReadLock().Lock();
            Assert.Equal(2, rw.GetReadLockCount());
            rw.ReadLock().Unlock();
            Assert.True(rw.ReadLock().TryLock());
            rw.ReadLock().Unlock();
        });
        rw.ReadLock().Unlock();
    }

    [Theory]
    [MemberData(nameof(Fairness))]
    public void WriteLock_WhileAnotherThreadReads_TryLockFailsAndLockWaitsForTheRelease(bool fair)
    {
        var rw = new ReentrantReadWriteLock(fair);
        rw.ReadLock().Lock();
        CheckedThread.Run(() =>
        {
            Assert.False(rw.WriteLock().TryLock());
            Assert.False(rw.WriteLock().TryLock(0, TimeUnit.Seconds));
        });
        var writer = CheckedThread.Start(() =>
        {
            rw.WriteLock().Lock();
            Assert.Equal(0, rw.GetReadLockCount());
            rw.WriteLock().Unlock();
        });
        TestWait.Until(() => rw.HasQueuedThread(writer.Thread), "the writer queues");
        Assert.True(writer.Thread.IsAlive());
        rw.ReadLock().Unlock();
        writer.Join();
        Assert.False(rw.IsWriteLocked());
    }

    [Theory]
    [MemberData(nameof(Fairness))]
    public void ReadLock_WhileAnotherThreadWrites_TryLockFailsAndLockWaitsForTheRelease(bool fair)
    {
        var rw = new ReentrantReadWriteLock(fair);
        rw.WriteLock().Lock();
        CheckedThread.Run(() =>
        {
            Assert.False(rw.ReadLock().TryLock());
            Assert.False(rw.ReadLock().TryLock(-1, TimeUnit.Days));
        });
        var reader = CheckedThread.Start(() =>
        {
            rw.ReadLock().Lock();
            Assert.False(rw.IsWriteLocked());
            rw.ReadLock().Unlock();
        });
        TestWait.Until(() => rw.HasQueuedThread(reader.Thread), "the reader queues");
        rw.WriteLock().Unlock();
        reader.Join();
    }

    [Theory]
    [MemberData(nameof(Fairness))]
    public void WriteLock_TakingTheReadLockThenReleasing_DowngradesToARead(bool fair)
    {
        var rw = new ReentrantReadWriteLock(fair);
        rw.WriteLock().Lock();
        rw.ReadLock().Lock();
        Assert.True(rw.IsWriteLocked());
        Assert.Equal(1, rw.GetReadLockCount());
        rw.WriteLock().Unlock();

        Assert.False(rw.IsWriteLocked());
        Assert.Equal(1, rw.GetReadHoldCount());
        CheckedThread.Run(() =>
        {
            Assert.True(rw.ReadLock().TryLock());
            rw.ReadLock().Unlock();
            Assert.False(rw.WriteLock().TryLock());
        });
        rw.ReadLock().Unlock();
        Assert.Equal(0, rw.GetReadLockCount());
    }

    [Theory]
    [MemberData(nameof(Fairness))]
    public void WriteLock_AskedForByAReader_FailsOrWaitsAsJavaDoes(bool fair)
    {
        var rw = new ReentrantReadWriteLock(fair);
        var reader = CheckedThread.Start(() =>
        {
            rw.ReadLock().Lock();
            Assert.False(rw.WriteLock().TryLock());
            Assert.False(rw.WriteLock().TryLock(TestTimeouts.ExpectedTimeoutMillis, TimeUnit.Milliseconds));

            // Upgrading is not possible: the reader waits for every reader, itself included.
            Assert.Throws<InterruptedException>(rw.WriteLock().LockInterruptibly);
            Assert.Equal(1, rw.GetReadHoldCount());
            rw.ReadLock().Unlock();
        });
        TestWait.Until(() => rw.HasQueuedThread(reader.Thread) && reader.Thread.GetState() == JThreadState.Waiting, "the reader waits for the write lock");
        JThread.Sleep(TestTimeouts.ExpectedTimeoutMillis);
        Assert.True(rw.HasQueuedThread(reader.Thread));
        reader.Thread.Interrupt();
        reader.Join();
        Assert.Equal(0, rw.GetReadLockCount());
    }

    [Fact]
    public void ReadLock_WriterQueuedBehindReaders_NonFairArrivingReaderWaitsButTryLockBarges()
    {
        var rw = new ReentrantReadWriteLock();
        rw.ReadLock().Lock();
        var writer = CheckedThread.Start(() =>
        {
            rw.WriteLock().Lock();
            rw.WriteLock().Unlock();
        });
        TestWait.Until(() => rw.HasQueuedThread(writer.Thread), "the writer queues");
        var lateReader = CheckedThread.Start(() =>
        {
            rw.ReadLock().Lock();
            rw.ReadLock().Unlock();
        });
        TestWait.Until(() => rw.HasQueuedThread(lateReader.Thread), "the arriving reader queues behind the writer");
        CheckedThread.Run(() =>
        {
            Assert.True(rw.ReadLock().TryLock());
            rw.ReadLock().Unlock();
        });

        // The reader that holds it reads again: reentrant reads never wait behind the queue.
        rw.ReadLock().Lock();
        rw.ReadLock().Unlock();
        rw.ReadLock().Unlock();
        writer.Join();
        lateReader.Join();
    }

    [Fact]
    public void ReadLock_FairWithAQueue_ArrivingReaderWaitsReentrantReadAndWriterReadDoNot()
    {
        var rw = new ReentrantReadWriteLock(fair: true);
        rw.ReadLock().Lock();
        var writer = CheckedThread.Start(() =>
        {
            rw.WriteLock().Lock();

            // A writer holding the lock reads although readers are queued behind it.
            rw.ReadLock().Lock();
            rw.ReadLock().Unlock();
            rw.WriteLock().Unlock();
        });
        TestWait.Until(() => rw.HasQueuedThread(writer.Thread), "the writer queues");
        var lateReader = CheckedThread.Start(() =>
        {
            Assert.False(rw.ReadLock().TryLock(0, TimeUnit.Nanoseconds));
            rw.ReadLock().Lock();
            rw.ReadLock().Unlock();
        });
        TestWait.Until(() => rw.HasQueuedThread(lateReader.Thread), "the arriving reader queues behind the writer");
        rw.ReadLock().Lock();
        Assert.Equal(2, rw.GetReadHoldCount());
        rw.ReadLock().Unlock();
        rw.ReadLock().Unlock();
        writer.Join();
        lateReader.Join();
    }

    [Fact]
    public void Fair_ReaderWriterReader_AcquireInArrivalOrderAndQueuedReadersRunTogether()
    {
        var rw = new ReentrantReadWriteLock(fair: true);
        var order = new List<string>();
        var bothReading = new CountDownLatch(2);
        rw.WriteLock().Lock();
        var threads = new List<CheckedThread>();
        void Start(string name, Action body)
        {
            var thread = CheckedThread.Start(body, name);
            threads.Add(thread);
            TestWait.Until(() => rw.HasQueuedThread(thread.Thread), $"{name} queues");
        }

        Start("r1", () =>
        {
            rw.ReadLock().Lock();
            Record(order, "r1");
            bothReading.CountDown();
            Assert.True(bothReading.Await(LongMillis, TimeUnit.Milliseconds), "r2 reads while r1 does");
            rw.ReadLock().Unlock();
        });
        Start("r2", () =>
        {
            rw.ReadLock().Lock();
            Record(order, "r2");
            bothReading.CountDown();
            Assert.True(bothReading.Await(LongMillis, TimeUnit.Milliseconds), "r1 reads while r2 does");
            rw.ReadLock().Unlock();
        });
        Start("w3", () =>
        {
            rw.WriteLock().Lock();
            Record(order, "w3");
            rw.WriteLock().Unlock();
        });
        Start("r4", () =>
        {
            rw.ReadLock().Lock();
            Record(order, "r4");
            rw.ReadLock().Unlock();
        });
        Assert.Equal(4, rw.GetQueueLength());

        rw.WriteLock().Unlock();
        threads.ForEach(thread => thread.Join());
        Assert.Equal("w3", order[2]);
        Assert.Equal("r4", order[3]);
        Assert.Equal(["r1", "r2"], order.Take(2).Order());
    }

    [Fact]
    public void Fair_TwoWriters_AcquireInArrivalOrder()
    {
        var rw = new ReentrantReadWriteLock(fair: true);
        var order = new List<string>();
        rw.ReadLock().Lock();
        var first = CheckedThread.Start(() => Locked(rw.WriteLock(), () => Record(order, "w1")));
        TestWait.Until(() => rw.HasQueuedThread(first.Thread), "w1 queues");
        var second = CheckedThread.Start(() => Locked(rw.WriteLock(), () => Record(order, "w2")));
        TestWait.Until(() => rw.HasQueuedThread(second.Thread), "w2 queues");
        rw.ReadLock().Unlock();
        first.Join();
        second.Join();
        Assert.Equal(["w1", "w2"], order);
    }

    [Theory]
    [MemberData(nameof(Fairness))]
    public void InterruptibleAcquire_InterruptedBeforeOnAFreeLock_ThrowsAndClearsTheFlag(bool fair) => CheckedThread.Run(() =>
    {
        var rw = new ReentrantReadWriteLock(fair);
        foreach (var acquire in new Action[]
                 {
                     rw.ReadLock().LockInterruptibly,
                     () => rw.ReadLock().TryLock(0, TimeUnit.Seconds),
                     rw.WriteLock().LockInterruptibly,
                     () => rw.WriteLock().TryLock(LongMillis, TimeUnit.Milliseconds),
                 })
        {
            JThread.CurrentThread().Interrupt();
            Assert.Throws<InterruptedException>(acquire);
            Assert.False(JThread.CurrentThread().IsInterrupted());
            Assert.False(rw.IsWriteLocked());
            Assert.Equal(0, rw.GetReadLockCount());
        }

        // The untimed TryLock and Lock are no interruption points: they take a free lock and keep the flag.
        JThread.CurrentThread().Interrupt();
        Assert.True(rw.ReadLock().TryLock());
        rw.ReadLock().Lock();
        rw.ReadLock().Unlock();
        rw.ReadLock().Unlock();
        Assert.True(rw.WriteLock().TryLock());
        rw.WriteLock().Lock();
        rw.WriteLock().Unlock();
        rw.WriteLock().Unlock();
        Assert.True(JThread.Interrupted());
    });

    [Theory]
    [MemberData(nameof(InterruptibleCalls))]
    public void InterruptibleAcquire_InterruptedWhileWaiting_ThrowsClearsTheFlagAndLeavesTheQueue(string call, bool fair)
    {
        var rw = new ReentrantReadWriteLock(fair);
        var read = call.StartsWith("read", StringComparison.Ordinal);

        // A reader waits for a writer; a writer waits for a reader.
        (read ? rw.WriteLock() : rw.ReadLock()).Lock();
        var target = read ? rw.ReadLock() : rw.WriteLock();
        var waiter = CheckedThread.Start(() =>
        {
            Assert.Throws<InterruptedException>(() =>
            {
                if (call.EndsWith("LockInterruptibly", StringComparison.Ordinal))
                {
                    target.LockInterruptibly();
                }
                else
                {
                    target.TryLock(LongMillis, TimeUnit.Milliseconds);
                }
            });
            Assert.False(JThread.CurrentThread().IsInterrupted());
            Assert.Equal(0, rw.GetReadHoldCount());
            Assert.False(rw.IsWriteLockedByCurrentThread());
        });
        TestWait.Until(() => rw.HasQueuedThread(waiter.Thread), "the waiter queues");

        waiter.Thread.Interrupt();

        waiter.Join();
        Assert.False(rw.HasQueuedThreads());
        (read ? rw.WriteLock() : rw.ReadLock()).Unlock();
        Assert.False(rw.IsWriteLocked());
        Assert.Equal(0, rw.GetReadLockCount());
    }

    [Theory]
    [MemberData(nameof(Fairness))]
    public void Lock_InterruptedWhileWaiting_KeepsWaitingAndReturnsWithTheFlagSet(bool fair)
    {
        var rw = new ReentrantReadWriteLock(fair);
        rw.WriteLock().Lock();
        var acquired = false;
        var reader = CheckedThread.Start(() =>
        {
            rw.ReadLock().Lock();
            Volatile.Write(ref acquired, true);
            Assert.True(JThread.Interrupted());
            rw.ReadLock().Unlock();
        });
        TestWait.Until(() => rw.HasQueuedThread(reader.Thread), "the reader queues");

        reader.Thread.Interrupt();

        TestWait.Until(() => !reader.Thread.IsInterrupted() && reader.Thread.GetState() == JThreadState.Waiting, "the reader parks again");
        JThread.Sleep(TestTimeouts.ExpectedTimeoutMillis);
        Assert.False(Volatile.Read(ref acquired));
        Assert.True(rw.HasQueuedThread(reader.Thread));
        rw.WriteLock().Unlock();
        reader.Join();
    }

    [Theory]
    [MemberData(nameof(Fairness))]
    public void TryLockTimed_HeldElsewhere_TimesOutAndLeavesTheQueue(bool fair)
    {
        var rw = new ReentrantReadWriteLock(fair);
        rw.WriteLock().Lock();
        CheckedThread.Run(() =>
        {
            foreach (var target in new[] { rw.ReadLock(), rw.WriteLock() })
            {
                var clock = Stopwatch.StartNew();
                Assert.False(target.TryLock(TestTimeouts.ExpectedTimeoutMillis, TimeUnit.Milliseconds));
                Assert.True(clock.Elapsed >= TestTimeouts.ExpectedTimeout, $"gave up after {clock.Elapsed}");
                Assert.False(rw.HasQueuedThread(JThread.CurrentThread()));
            }
        });
        Assert.Equal(0, rw.GetQueueLength());
        rw.WriteLock().Unlock();
    }

    [Theory]
    [InlineData(false, JThreadState.Waiting)]
    [InlineData(true, JThreadState.TimedWaiting)]
    public void Acquire_WhileBlocked_ReportsJavasStateAndTheLockAsBlocker(bool timed, JThreadState expected)
    {
        var rw = new ReentrantReadWriteLock();
        rw.WriteLock().Lock();
        var reader = CheckedThread.Start(() =>
        {
            if (timed)
            {
                Assert.True(rw.ReadLock().TryLock(LongMillis, TimeUnit.Milliseconds));
            }
            else
            {
                rw.ReadLock().Lock();
            }

            rw.ReadLock().Unlock();
        });
        TestWait.ForState(reader.Thread, expected);
        Assert.Same(rw, LockSupport.GetBlocker(reader.Thread));
        rw.WriteLock().Unlock();
        reader.Join();
    }

    [Theory]
    [MemberData(nameof(Fairness))]
    public void QueueMonitoring_AReaderAndAWriter_AreCountedInAndOut(bool fair)
    {
        var rw = new ReentrantReadWriteLock(fair);
        Assert.False(rw.HasQueuedThreads());
        Assert.Throws<ArgumentNullException>(() => rw.HasQueuedThread(null!));
        rw.WriteLock().Lock();
        var reader = CheckedThread.Start(() => Locked(rw.ReadLock(), () => { }));
        TestWait.Until(() => rw.GetQueueLength() == 1, "the reader queues");
        var writer = CheckedThread.Start(() => Locked(rw.WriteLock(), () => { }));
        TestWait.Until(() => rw.GetQueueLength() == 2, "the writer queues");
        Assert.True(rw.HasQueuedThreads());
        Assert.True(rw.HasQueuedThread(reader.Thread));
        Assert.True(rw.HasQueuedThread(writer.Thread));
        Assert.False(rw.HasQueuedThread(JThread.CurrentThread()));
        rw.WriteLock().Unlock();
        reader.Join();
        writer.Join();
        Assert.Equal(0, rw.GetQueueLength());
        Assert.False(rw.HasQueuedThread(reader.Thread));
    }

    [Fact]
    public void ReadLock_NewCondition_ThrowsNotSupported()
    {
        var rw = new ReentrantReadWriteLock();
        Assert.Throws<NotSupportedException>(rw.ReadLock().NewCondition);
    }

    [Theory]
    [MemberData(nameof(Fairness))]
    public void WriteCondition_AwaitSignal_ReturnsHoldingTheWriteLockAtTheSameDepth(bool fair)
    {
        var rw = new ReentrantReadWriteLock(fair);
        var c = rw.WriteLock().NewCondition();
        var waiter = CheckedThread.Start(() =>
        {
            rw.WriteLock().Lock();
            rw.WriteLock().Lock();
            c.Await();
            Assert.Equal(2, rw.GetWriteHoldCount());
            rw.WriteLock().Unlock();
            rw.WriteLock().Unlock();
        });
        TestWait.Until(() => Locked(rw.WriteLock(), () => rw.HasWaiters(c)), "the waiter awaits");

        // While it waits the write lock is free: a reader gets in.
        Assert.True(rw.ReadLock().TryLock());
        rw.ReadLock().Unlock();
        Locked(rw.WriteLock(), () =>
        {
            Assert.Equal(1, rw.GetWaitQueueLength(c));
            c.Signal();
            Assert.False(rw.HasWaiters(c));
        });
        waiter.Join();
        Assert.False(rw.IsWriteLocked());
    }

    [Fact]
    public void WriteCondition_TimedAwaitAndInterrupt_KeepTheHoldsAndFollowJava()
    {
        var rw = new ReentrantReadWriteLock();
        var c = rw.WriteLock().NewCondition();
        CheckedThread.Run(() =>
        {
            rw.WriteLock().Lock();
            Assert.False(c.Await(TestTimeouts.ExpectedTimeoutMillis, TimeUnit.Milliseconds));
            Assert.True(rw.IsWriteLockedByCurrentThread());
            JThread.CurrentThread().Interrupt();
            Assert.Throws<InterruptedException>(c.Await);
            Assert.False(JThread.CurrentThread().IsInterrupted());
            Assert.Equal(1, rw.GetWriteHoldCount());
            rw.WriteLock().Unlock();
        });
    }

    [Fact]
    public void WriteCondition_WithoutTheWriteLock_ThrowsSynchronizationLockException()
    {
        var rw = new ReentrantReadWriteLock();
        var c = rw.WriteLock().NewCondition();
        Assert.Throws<SynchronizationLockException>(c.Await);
        Assert.Throws<SynchronizationLockException>(c.Signal);
        Assert.Throws<SynchronizationLockException>(c.SignalAll);
        rw.ReadLock().Lock();
        Assert.Throws<SynchronizationLockException>(c.Signal);
        rw.ReadLock().Unlock();
    }

    [Fact]
    public void WaiterMonitoring_BadArguments_ThrowJavasExceptionsInJavasOrder()
    {
        var rw = new ReentrantReadWriteLock();
        var c = rw.WriteLock().NewCondition();
        var foreign = new ReentrantReadWriteLock().WriteLock().NewCondition();
        var reentrantLocks = new ReentrantLock().NewCondition();
        Assert.Throws<ArgumentNullException>(() => rw.HasWaiters(null!));
        Assert.Throws<ArgumentNullException>(() => rw.GetWaitQueueLength(null!));
        Assert.Throws<ArgumentException>(() => rw.HasWaiters(foreign));
        Assert.Throws<ArgumentException>(() => rw.GetWaitQueueLength(reentrantLocks));
        Assert.Throws<SynchronizationLockException>(() => rw.HasWaiters(c));
        Assert.Throws<SynchronizationLockException>(() => rw.GetWaitQueueLength(c));
        Locked(rw.WriteLock(), () =>
        {
            Assert.Throws<ArgumentException>(() => rw.HasWaiters(foreign));
            Assert.False(rw.HasWaiters(c));
            Assert.Equal(0, rw.GetWaitQueueLength(c));
        });
    }

    [Fact]
    public void WriteCondition_SignalAll_WakesBothWaiters()
    {
        var rw = new ReentrantReadWriteLock();
        var c = rw.WriteLock().NewCondition();
        var waiters = Enumerable.Range(0, 2).Select(_ => CheckedThread.Start(() => Locked(rw.WriteLock(), c.Await))).ToList();
        TestWait.Until(() => Locked(rw.WriteLock(), () => rw.GetWaitQueueLength(c)) == 2, "both await");
        Locked(rw.WriteLock(), c.SignalAll);
        waiters.ForEach(waiter => waiter.Join());
    }

    [Theory]
    [MemberData(nameof(Fairness))]
    public void WriteCondition_Signal_QueuesTheWaiterOnTheLockBeforeItReturns(bool fair)
    {
        var rw = new ReentrantReadWriteLock(fair);
        var c = rw.WriteLock().NewCondition();
        var waiter = CheckedThread.Start(() => Locked(rw.WriteLock(), () =>
        {
            c.Await();
            Assert.True(rw.IsWriteLockedByCurrentThread());
        }));
        TestWait.Until(() => Locked(rw.WriteLock(), () => rw.HasWaiters(c)), "the waiter awaits");

        Locked(rw.WriteLock(), () =>
        {
            c.Signal();
            Assert.True(rw.HasQueuedThread(waiter.Thread));
            Assert.Equal(1, rw.GetQueueLength());
            Assert.False(rw.HasWaiters(c));
        });

        waiter.Join();
        Assert.False(rw.HasQueuedThreads());
        Assert.False(rw.IsWriteLocked());
    }

    [Theory]
    [MemberData(nameof(Fairness))]
    public void WriteCondition_SignalAllThenAWriterArrives_SignalledWaitersGoFirstInTheirOrder(bool fair)
    {
        var rw = new ReentrantReadWriteLock(fair);
        var c = rw.WriteLock().NewCondition();
        var order = new List<string>();
        var waiters = new List<CheckedThread>();
        foreach (var name in new[] { "w1", "w2" })
        {
            waiters.Add(CheckedThread.Start(() => Locked(rw.WriteLock(), () =>
            {
                c.Await();
                Record(order, name);
            })));
            var count = waiters.Count;
            TestWait.Until(() => Locked(rw.WriteLock(), () => rw.GetWaitQueueLength(c)) == count, $"{name} awaits");
        }

        rw.WriteLock().Lock();
        c.SignalAll();
        var late = CheckedThread.Start(() => Locked(rw.WriteLock(), () => Record(order, "late")));
        TestWait.Until(() => rw.HasQueuedThread(late.Thread), "the late writer queues");
        Assert.Equal(3, rw.GetQueueLength());
        rw.WriteLock().Unlock();

        waiters.ForEach(waiter => waiter.Join());
        late.Join();
        Assert.Equal(["w1", "w2", "late"], order);
    }

    [Fact]
    public void Fair_ReaderQueuedBeforeASignal_ReadsBeforeTheSignalledWriterReturns()
    {
        var rw = new ReentrantReadWriteLock(fair: true);
        var c = rw.WriteLock().NewCondition();
        var order = new List<string>();
        var waiter = CheckedThread.Start(() => Locked(rw.WriteLock(), () =>
        {
            c.Await();
            Record(order, "signalled writer");
        }));
        TestWait.Until(() => Locked(rw.WriteLock(), () => rw.HasWaiters(c)), "the waiter awaits");
        rw.WriteLock().Lock();
        var reader = CheckedThread.Start(() => Locked(rw.ReadLock(), () => Record(order, "reader")));
        TestWait.Until(() => rw.HasQueuedThread(reader.Thread), "the reader queues");

        c.Signal();
        rw.WriteLock().Unlock();

        reader.Join();
        waiter.Join();
        Assert.Equal(["reader", "signalled writer"], order);
    }

    [Theory]
    [MemberData(nameof(Fairness))]
    public void Race_SignalAgainstTimeout_WaiterAlwaysGetsTheWriteLockBackAndNothingIsStranded(bool fair)
    {
        var rw = new ReentrantReadWriteLock(fair);
        var c = rw.WriteLock().NewCondition();
        var clock = Stopwatch.StartNew();
        var rounds = 0;
        while (clock.Elapsed < TestTimeouts.RaceDuration)
        {
            rounds++;
            var waiter = CheckedThread.Start(() => Locked(rw.WriteLock(), () =>
            {
                rw.WriteLock().Lock();
                c.Await(1, TimeUnit.Milliseconds);
                Assert.Equal(2, rw.GetWriteHoldCount());
                rw.WriteLock().Unlock();
            }));
            Locked(rw.WriteLock(), c.Signal);
            waiter.Join();
            Assert.False(rw.IsWriteLocked());
            Assert.False(rw.HasQueuedThreads());
            Assert.Equal(0, Locked(rw.WriteLock(), () => rw.GetWaitQueueLength(c)));
        }

        Assert.True(rounds > 1);
    }

    [Fact]
    public void ToString_FreeReadAndWritten_FollowsJavasForms()
    {
        var rw = new ReentrantReadWriteLock();
        Assert.Matches(@"^JThreading\.Concurrent\.ReentrantReadWriteLock@[0-9a-f]+\[Write locks = 0, Read locks = 0\]$", rw.ToString());
        Assert.EndsWith("[Read locks = 0]", rw.ReadLock().ToString(), StringComparison.Ordinal);
        Assert.EndsWith("[Unlocked]", rw.WriteLock().ToString(), StringComparison.Ordinal);
        Assert.Contains("ReadLock", rw.ReadLock().ToString(), StringComparison.Ordinal);
        Assert.Contains("WriteLock", rw.WriteLock().ToString(), StringComparison.Ordinal);

        rw.ReadLock().Lock();
        rw.ReadLock().Lock();
        Assert.EndsWith("[Write locks = 0, Read locks = 2]", rw.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("[Read locks = 2]", rw.ReadLock().ToString(), StringComparison.Ordinal);
        rw.ReadLock().Unlock();
        rw.ReadLock().Unlock();

        CheckedThread.Run(
            () =>
            {
                rw.WriteLock().Lock();
                rw.WriteLock().Lock();
            },
            "writer-7");
        Assert.EndsWith("[Write locks = 2, Read locks = 0]", rw.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("[Locked by thread writer-7]", rw.WriteLock().ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Holds_AtTheMaximum_ThrowSynchronizationLockException()
    {
        var rw = new ReentrantReadWriteLock();
        for (var i = 0; i < 65535; i++)
        {
            rw.WriteLock().Lock();
        }

        Assert.Throws<SynchronizationLockException>(rw.WriteLock().Lock);
        Assert.Throws<SynchronizationLockException>(() => rw.WriteLock().TryLock());
        Assert.Equal(65535, rw.GetWriteHoldCount());
        for (var i = 0; i < 65535; i++)
        {
            rw.WriteLock().Unlock();
        }

        for (var i = 0; i < 65535; i++)
        {
            rw.ReadLock().Lock();
        }

        Assert.Throws<SynchronizationLockException>(rw.ReadLock().Lock);
        Assert.Throws<SynchronizationLockException>(() => rw.ReadLock().TryLock());
        Assert.Equal(65535, rw.GetReadHoldCount());
        for (var i = 0; i < 65535; i++)
        {
            rw.ReadLock().Unlock();
        }

        Assert.Equal(0, rw.GetReadLockCount());
    }

    [Theory]
    [MemberData(nameof(Fairness))]
    public void Race_ReleaseAgainstTimeoutAndInterrupt_LockIsNeverStranded(bool fair)
    {
        var rw = new ReentrantReadWriteLock(fair);
        var clock = Stopwatch.StartNew();
        var rounds = 0;
        while (clock.Elapsed < TestTimeouts.RaceDuration)
        {
            rounds++;
            rw.WriteLock().Lock();
            var timed = CheckedThread.Start(() =>
            {
                if (rw.ReadLock().TryLock(1, TimeUnit.Milliseconds))
                {
                    rw.ReadLock().Unlock();
                }
            });
            var interrupted = CheckedThread.Start(() =>
            {
                try
                {
                    rw.WriteLock().LockInterruptibly();
                    rw.WriteLock().Unlock();
                }
                #pragma warning disable JT0001 // on purpose: the test sends this interrupt; the thread records it and ends
                catch (InterruptedException)
                #pragma warning restore JT0001
                {
                }
            });
            var patient = CheckedThread.Start(() => Locked(rw.ReadLock(), () => { }));
            TestWait.Until(() => rw.GetQueueLength() >= 2, "waiters queue");
            interrupted.Thread.Interrupt();
            rw.WriteLock().Unlock();

            timed.Join();
            interrupted.Join();
            patient.Join();
            Assert.False(rw.IsWriteLocked());
            Assert.Equal(0, rw.GetReadLockCount());
            Assert.False(rw.HasQueuedThreads());
        }

        Assert.True(rounds > 1);
    }

    [Theory]
    [MemberData(nameof(Fairness))]
    public void Race_TwoReadersAndAWriter_ReadersNeverSeeAHalfWrite(bool fair)
    {
        var rw = new ReentrantReadWriteLock(fair);
        long first = 0, second = 0;
        var stop = false;
        var reads = new long[2];
        var readers = Enumerable.Range(0, 2).Select(index => CheckedThread.Start(() =>
        {
            while (!Volatile.Read(ref stop))
            {
                rw.ReadLock().Lock();
                try
                {
                    Assert.Equal(first, second);
                    Assert.False(rw.IsWriteLocked());
                    reads[index]++;
                }
                finally
                {
                    rw.ReadLock().Unlock();
                }
            }
        })).ToList();
        var writes = 0;
        var writer = CheckedThread.Start(() =>
        {
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < TestTimeouts.RaceDuration)
            {
                rw.WriteLock().Lock();
                try
                {
                    first++;
                    Thread.SpinWait(20);
                    second++;
                    writes++;
                }
                finally
                {
                    rw.WriteLock().Unlock();
                }
            }

            Volatile.Write(ref stop, true);
        });
        writer.Join();
        readers.ForEach(reader => reader.Join());
        Assert.Equal(writes, first);
        Assert.True(writes > 0 && reads[0] > 0 && reads[1] > 0, $"writes {writes}, reads {reads[0]} and {reads[1]}");
        Assert.Equal(0, rw.GetReadLockCount());
    }

    private static void Record(List<string> order, string name)
    {
        lock (order)
        {
            order.Add(name);
        }
    }

    private static void Locked(ILock l, Action action)
    {
        l.Lock();
        try
        {
            action();
        }
        finally
        {
            l.Unlock();
        }
    }

    private static T Locked<T>(ILock l, Func<T> func)
    {
        l.Lock();
        try
        {
            return func();
        }
        finally
        {
            l.Unlock();
        }
    }
}
