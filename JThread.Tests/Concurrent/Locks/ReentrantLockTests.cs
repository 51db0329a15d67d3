using System.Diagnostics;
using JThreading.Concurrent;

namespace JThreading.Tests.Concurrent;

/// <summary>
/// <see cref="ReentrantLock"/> and its conditions, after the JSR-166 TCK's ReentrantLockTest: reentrancy, fairness,
/// the interruption points, the monitoring methods, and the races between a signal or release and an interrupt or
/// timeout.
/// </summary>
public sealed class ReentrantLockTests
{
    public static TheoryData<bool> Fairness => [false, true];

    private static long ExpectedTimeoutNanos => TimeUnit.Milliseconds.ToNanos(TestTimeouts.ExpectedTimeoutMillis);

    private static long LongMillis => TestTimeouts.UnexpectedTimeoutMillis;

    [Theory]
    [MemberData(nameof(Fairness))]
    public void Constructor_Fairness_IsReported(bool fair)
    {
        Assert.Equal(fair, new ReentrantLock(fair).IsFair());
        Assert.False(new ReentrantLock().IsFair());
    }

    [Theory]
    [MemberData(nameof(Fairness))]
    public void LockUnlock_Nested_CountsHoldsAndFreesAtZero(bool fair)
    {
        var rl = new ReentrantLock(fair);
        for (var i = 1; i <= 5; i++)
        {
            rl.Lock();
            Assert.Equal(i, rl.GetHoldCount());
            Assert.True(rl.IsLocked());
            Assert.True(rl.IsHeldByCurrentThread());
        }

        for (var i = 4; i >= 0; i--)
        {
            rl.Unlock();
            Assert.Equal(i, rl.GetHoldCount());
        }

        Assert.False(rl.IsLocked());
        Assert.False(rl.IsHeldByCurrentThread());
    }

    [Fact]
    public void Unlock_NotHeld_ThrowsSynchronizationLockException()
    {
        var rl = new ReentrantLock();
        Assert.Throws<SynchronizationLockException>(rl.Unlock);
    }

    [Fact]
    public void Unlock_HeldByAnotherThread_ThrowsAndKeepsItLocked()
    {
        var rl = new ReentrantLock();
        rl.Lock();
        try
        {
            CheckedThread.Run(() => Assert.Throws<SynchronizationLockException>(rl.Unlock));
            Assert.True(rl.IsHeldByCurrentThread());
        }
        finally
        {
            rl.Unlock();
        }
    }

    [Theory]
    [MemberData(nameof(Fairness))]
    public void TryLock_HeldElsewhere_FailsAndFreeSucceeds(bool fair)
    {
        var rl = new ReentrantLock(fair);
        Assert.True(rl.TryLock());
        CheckedThread.Run(() =>
        {
            Assert.False(rl.TryLock());
            Assert.False(rl.TryLock(0, TimeUnit.Seconds));
            Assert.False(rl.TryLock(-1, TimeUnit.Days));
        });
        rl.Unlock();
        CheckedThread.Run(() =>
        {
            Assert.True(rl.TryLock(0, TimeUnit.Nanoseconds));
            rl.Unlock();
        });
    }

    [Theory]
    [MemberData(nameof(Fairness))]
    public void TryLockTimed_HeldElsewhere_TimesOut(bool fair)
    {
        var rl = new ReentrantLock(fair);
        rl.Lock();
        try
        {
            CheckedThread.Run(() =>
            {
                var clock = Stopwatch.StartNew();
                Assert.False(rl.TryLock(ExpectedTimeoutNanos, TimeUnit.Nanoseconds));
                Assert.True(clock.Elapsed >= TestTimeouts.ExpectedTimeout, $"gave up after {clock.Elapsed}");
                Assert.False(rl.HasQueuedThread(JThread.CurrentThread()));
            });
            Assert.Equal(0, rl.GetQueueLength());
        }
        finally
        {
            rl.Unlock();
        }
    }

    [Fact]
    public void TryLock_FairWithQueuedThreads_BargesAsJavaDoes()
    {
        var rl = new ReentrantLock(fair: true);
        rl.Lock();
        var waiter = CheckedThread.Start(() =>
        {
            rl.Lock();
            rl.Unlock();
        });
        TestWait.Until(() => rl.HasQueuedThread(waiter.Thread), "the waiter queues");
        rl.Unlock();

        // A free fair lock with a queue: untimed TryLock barges, timed TryLock(0) honours the queue. The waiter may take
        // the lock at any moment, so only the outcome that would break the rule is an error.
        CheckedThread.Run(() =>
        {
            if (rl.TryLock())
            {
                rl.Unlock();
            }
        });
        waiter.Join();
    }

    [Fact]
    public void LockInterruptibly_InterruptedBeforeOnFreeLock_ThrowsAndClearsTheFlag() => CheckedThread.Run(() =>
    {
        var rl = new ReentrantLock();
        JThread.CurrentThread().Interrupt();

        Assert.Throws<InterruptedException>(rl.LockInterruptibly);

        Assert.False(JThread.CurrentThread().IsInterrupted());
        Assert.False(rl.IsLocked());
    });

    [Fact]
    public void TryLockTimed_InterruptedBeforeOnFreeLock_ThrowsAndUntimedTryLockDoesNot() => CheckedThread.Run(() =>
    {
        var rl = new ReentrantLock();
        JThread.CurrentThread().Interrupt();

        Assert.Throws<InterruptedException>(() => rl.TryLock(0, TimeUnit.Seconds));
        Assert.False(JThread.CurrentThread().IsInterrupted());

        JThread.CurrentThread().Interrupt();
        Assert.True(rl.TryLock());
        Assert.True(JThread.Interrupted());
        rl.Unlock();
    });

    [Theory]
    [InlineData("LockInterruptibly", false)]
    [InlineData("LockInterruptibly", true)]
    [InlineData("TryLock(time)", false)]
    [InlineData("TryLock(time)", true)]
    public void InterruptibleAcquire_InterruptedWhileWaiting_ThrowsClearsTheFlagAndLeavesTheQueue(string call, bool fair)
    {
        var rl = new ReentrantLock(fair);
        rl.Lock();
        try
        {
            var waiter = CheckedThread.Start(() =>
            {
                Assert.Throws<InterruptedException>(() =>
                {
                    if (call == "LockInterruptibly")
                    {
                        rl.LockInterruptibly();
                    }
                    else
                    {
                        rl.TryLock(LongMillis, TimeUnit.Milliseconds);
                    }
                });
                Assert.False(JThread.CurrentThread().IsInterrupted());
                Assert.False(rl.IsHeldByCurrentThread());
            });
            TestWait.Until(() => rl.HasQueuedThread(waiter.Thread), "the waiter queues");

            waiter.Thread.Interrupt();

            waiter.Join();
            Assert.False(rl.HasQueuedThreads());
        }
        finally
        {
            rl.Unlock();
        }
    }

    [Theory]
    [MemberData(nameof(Fairness))]
    public void Lock_InterruptedWhileWaiting_KeepsWaitingAndReturnsWithTheFlagSet(bool fair)
    {
        var rl = new ReentrantLock(fair);
        rl.Lock();
        var acquired = false;
        var waiter = CheckedThread.Start(() =>
        {
            rl.Lock();
            acquired = true;
            Assert.True(JThread.Interrupted());
            rl.Unlock();
        });
        TestWait.ForState(waiter.Thread, JThreadState.Waiting);
        TestWait.Until(() => rl.HasQueuedThread(waiter.Thread), "the waiter queues");

        waiter.Thread.Interrupt();

        // The park must not spin on the set flag: the waiter goes back to Waiting and stays queued.
        TestWait.Until(() => !waiter.Thread.IsInterrupted() && waiter.Thread.GetState() == JThreadState.Waiting, "the waiter parks again");
        JThread.Sleep(TestTimeouts.ExpectedTimeoutMillis);
        Assert.False(Volatile.Read(ref acquired));
        Assert.True(rl.HasQueuedThread(waiter.Thread));
        rl.Unlock();
        waiter.Join();
    }

    [Fact]
    public void Waits_InterruptedManyWays_NeverMakeAPlainDotNetWaitThrow() => CheckedThread.Run(() =>
    {
        var rl = new ReentrantLock();
        var c = rl.NewCondition();
        var self = JThread.CurrentThread();
        rl.Lock();
        self.Interrupt();
        Assert.Throws<InterruptedException>(c.Await);
        self.Interrupt();
        Assert.Throws<InterruptedException>(() => c.Await(0, TimeUnit.Seconds));
        self.Interrupt();
        rl.Lock();
        Assert.Equal(2, rl.GetHoldCount());
        rl.Unlock();
        rl.Unlock();
        Assert.True(JThread.Interrupted());

        // Java's interrupt is only JThread's flag: .NET's own interruption (Thread.Interrupt) was never used, so a
        // plain lock, Monitor.Wait and Thread.Sleep go on as usual, with the flag set or not.
        self.Interrupt();
        var monitor = new object();
        lock (monitor)
        {
            Assert.False(Monitor.Wait(monitor, 1));
        }

        Thread.Sleep(1);
        Assert.True(JThread.Interrupted());
    });

    [Theory]
    [InlineData("Lock()", JThreadState.Waiting)]
    [InlineData("LockInterruptibly()", JThreadState.Waiting)]
    [InlineData("TryLock(time)", JThreadState.TimedWaiting)]
    public void Acquire_WhileBlocked_ReportsJavasStateAndTheLockAsBlocker(string call, JThreadState expected)
    {
        var rl = new ReentrantLock();
        rl.Lock();
        var waiter = CheckedThread.Start(() =>
        {
            switch (call)
            {
                case "Lock()":
                    rl.Lock();
                    break;
                case "LockInterruptibly()":
                    rl.LockInterruptibly();
                    break;
                default:
                    Assert.True(rl.TryLock(LongMillis, TimeUnit.Milliseconds));
                    break;
            }

            rl.Unlock();
            Assert.Null(LockSupport.GetBlocker(JThread.CurrentThread()));
        });
        TestWait.Until(() => rl.HasQueuedThread(waiter.Thread), "the waiter queues");
        TestWait.ForState(waiter.Thread, expected);
        Assert.Same(rl, LockSupport.GetBlocker(waiter.Thread));

        rl.Unlock();

        waiter.Join();
    }

    [Theory]
    [MemberData(nameof(Fairness))]
    public void QueueMonitoring_TwoWaiters_AreCountedInAndOut(bool fair)
    {
        var rl = new ReentrantLock(fair);
        Assert.False(rl.HasQueuedThreads());
        Assert.Equal(0, rl.GetQueueLength());
        rl.Lock();
        var first = CheckedThread.Start(rl.LockInterruptibly, "first");
        TestWait.Until(() => rl.HasQueuedThread(first.Thread), "first queues");
        var second = CheckedThread.Start(rl.LockInterruptibly, "second");
        TestWait.Until(() => rl.GetQueueLength() == 2, "both queue");
        Assert.True(rl.HasQueuedThreads());
        Assert.True(rl.HasQueuedThread(second.Thread));
        Assert.False(rl.HasQueuedThread(JThread.CurrentThread()));

        first.Thread.Interrupt();
        Assert.Throws<InterruptedException>(first.Join);
        Assert.Equal(1, rl.GetQueueLength());
        Assert.False(rl.HasQueuedThread(first.Thread));

        second.Thread.Interrupt();
        Assert.Throws<InterruptedException>(second.Join);
        Assert.False(rl.HasQueuedThreads());
        rl.Unlock();
    }

    [Fact]
    public void HasQueuedThread_Null_Throws() =>
        Assert.Throws<ArgumentNullException>(() => new ReentrantLock().HasQueuedThread(null!));

    [Fact]
    public void Fair_ThreeWaiters_AcquireInArrivalOrder()
    {
        var rl = new ReentrantLock(fair: true);
        var order = new List<string>();
        rl.Lock();
        var waiters = new List<CheckedThread>();
        foreach (var name in new[] { "a", "b", "c" })
        {
            var waiter = CheckedThread.Start(() =>
            {
                rl.Lock();
                order.Add(name);
                rl.Unlock();
            }, name);
            TestWait.Until(() => rl.HasQueuedThread(waiter.Thread), $"{name} queues");
            waiters.Add(waiter);
        }

        rl.Unlock();

        waiters.ForEach(w => w.Join());
        Assert.Equal(["a", "b", "c"], order);
    }

    [Fact]
    public void ToString_FreeAndHeld_FollowsJavasForm()
    {
        var rl = new ReentrantLock();
        var prefix = $"JThreading.Concurrent.ReentrantLock@{System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(rl):x}";
        Assert.Equal(prefix + "[Unlocked]", rl.ToString());
        CheckedThread.Run(() =>
        {
            rl.Lock();
            Assert.Equal(prefix + "[Locked by thread worker]", rl.ToString());
            rl.Unlock();
        }, "worker");
        Assert.Equal(prefix + "[Unlocked]", rl.ToString());
    }

    [Fact]
    public void NewCondition_Waits_WithoutTheLock_ThrowSynchronizationLockException()
    {
        var rl = new ReentrantLock();
        var c = rl.NewCondition();
        Assert.Throws<SynchronizationLockException>(c.Await);
        Assert.Throws<SynchronizationLockException>(() => c.Await(1, TimeUnit.Milliseconds));
        Assert.Throws<SynchronizationLockException>(() => c.AwaitNanos(1));
        Assert.Throws<SynchronizationLockException>(() => c.AwaitUntil(DateTimeOffset.UtcNow));
        Assert.Throws<SynchronizationLockException>(c.AwaitUninterruptibly);
        Assert.Throws<SynchronizationLockException>(c.Signal);
        Assert.Throws<SynchronizationLockException>(c.SignalAll);
    }

    [Fact]
    public void Await_InterruptedBeforeWithoutTheLock_ThrowsInterruptedFirst() => CheckedThread.Run(() =>
    {
        var c = new ReentrantLock().NewCondition();
        JThread.CurrentThread().Interrupt();
        Assert.Throws<InterruptedException>(c.Await);
        Assert.False(JThread.CurrentThread().IsInterrupted());
    });

    [Theory]
    [InlineData("Await(time)")]
    [InlineData("AwaitNanos")]
    [InlineData("AwaitUntil")]
    public void TimedAwait_NoSignal_TimesOutHoldingTheLockAtTheSameDepth(string call)
    {
        var rl = new ReentrantLock();
        var c = rl.NewCondition();
        rl.Lock();
        rl.Lock();
        var clock = Stopwatch.StartNew();
        switch (call)
        {
            case "Await(time)":
                Assert.False(c.Await(TestTimeouts.ExpectedTimeoutMillis, TimeUnit.Milliseconds));
                break;
            case "AwaitNanos":
                Assert.True(c.AwaitNanos(ExpectedTimeoutNanos) <= 0);
                break;
            default:
                Assert.False(c.AwaitUntil(DateTimeOffset.UtcNow + TestTimeouts.ExpectedTimeout));
                break;
        }

        Assert.True(clock.Elapsed >= TestTimeouts.ExpectedTimeout - TimeSpan.FromMilliseconds(20), $"waited {clock.Elapsed}");
        Assert.Equal(2, rl.GetHoldCount());
        rl.Unlock();
        rl.Unlock();
    }

    [Fact]
    public void TimedAwait_ZeroOrPast_ReturnsFalseAtOnce()
    {
        var rl = new ReentrantLock();
        var c = rl.NewCondition();
        rl.Lock();
        Assert.False(c.Await(0, TimeUnit.Seconds));
        Assert.False(c.Await(long.MinValue, TimeUnit.Days));
        Assert.True(c.AwaitNanos(0) <= 0);
        Assert.True(c.AwaitNanos(long.MinValue) <= 0);
        Assert.False(c.AwaitUntil(DateTimeOffset.UtcNow - TimeSpan.FromDays(1)));
        Assert.False(c.AwaitUntil(DateTimeOffset.MinValue));
        Assert.True(rl.IsHeldByCurrentThread());
        rl.Unlock();
    }

    [Theory]
    [InlineData("Await()")]
    [InlineData("Await(time)")]
    [InlineData("AwaitNanos")]
    [InlineData("AwaitUntil")]
    [InlineData("AwaitUninterruptibly")]
    public void Await_Signalled_ReturnsHoldingTheLockAtTheSameDepth(string call)
    {
        var rl = new ReentrantLock();
        var c = rl.NewCondition();
        var waiter = CheckedThread.Start(() =>
        {
            rl.Lock();
            rl.Lock();
            rl.Lock();
            Await(c, call);
            Assert.Equal(3, rl.GetHoldCount());
            rl.Unlock();
            rl.Unlock();
            rl.Unlock();
        });
        WaitUntilWaiting(rl, c, 1);
        Assert.Same(c, LockSupport.GetBlocker(waiter.Thread));

        Locked(rl, c.Signal);

        waiter.Join();
    }

    [Theory]
    [InlineData("Await()")]
    [InlineData("Await(time)")]
    [InlineData("AwaitNanos")]
    [InlineData("AwaitUntil")]
    public void Await_InterruptedWhileWaiting_ThrowsWithTheLockHeldAndTheFlagCleared(string call)
    {
        var rl = new ReentrantLock();
        var c = rl.NewCondition();
        var waiter = CheckedThread.Start(() =>
        {
            rl.Lock();
            Assert.Throws<InterruptedException>(() => Await(c, call));
            Assert.True(rl.IsHeldByCurrentThread());
            Assert.False(JThread.CurrentThread().IsInterrupted());
            rl.Unlock();
        });
        WaitUntilWaiting(rl, c, 1);

        waiter.Thread.Interrupt();

        waiter.Join();
        rl.Lock();
        Assert.False(rl.HasWaiters(c));
        rl.Unlock();
    }

    [Theory]
    [InlineData("Await()")]
    [InlineData("Await(time)")]
    [InlineData("AwaitNanos")]
    [InlineData("AwaitUntil")]
    public void Await_InterruptedBefore_ThrowsWithoutReleasing(string call) => CheckedThread.Run(() =>
    {
        var rl = new ReentrantLock();
        var c = rl.NewCondition();
        rl.Lock();
        JThread.CurrentThread().Interrupt();

        Assert.Throws<InterruptedException>(() => Await(c, call));

        Assert.True(rl.IsHeldByCurrentThread());
        Assert.False(JThread.CurrentThread().IsInterrupted());
        rl.Unlock();
    });

    [Fact]
    public void AwaitUninterruptibly_Interrupted_KeepsWaitingUntilSignalledAndKeepsTheFlag()
    {
        var rl = new ReentrantLock();
        var c = rl.NewCondition();
        var returned = false;
        var waiter = CheckedThread.Start(() =>
        {
            rl.Lock();
            c.AwaitUninterruptibly();
            returned = true;
            Assert.True(JThread.Interrupted());
            rl.Unlock();
        });
        WaitUntilWaiting(rl, c, 1);

        waiter.Thread.Interrupt();
        TestWait.Until(() => !waiter.Thread.IsInterrupted() && waiter.Thread.GetState() == JThreadState.Waiting, "the waiter parks again");
        JThread.Sleep(TestTimeouts.ExpectedTimeoutMillis);
        Assert.False(Volatile.Read(ref returned));

        Locked(rl, c.Signal);
        waiter.Join();
    }

    [Fact]
    public void AwaitUninterruptibly_InterruptedBefore_WaitsAnyway()
    {
        var rl = new ReentrantLock();
        var c = rl.NewCondition();
        var waiter = CheckedThread.Start(() =>
        {
            rl.Lock();
            JThread.CurrentThread().Interrupt();
            c.AwaitUninterruptibly();
            Assert.True(JThread.Interrupted());
            rl.Unlock();
        });
        WaitUntilWaiting(rl, c, 1);

        Locked(rl, c.SignalAll);
        waiter.Join();
    }

    [Fact]
    public void Signal_TwoWaiters_WakesTheFirstOnlyAndSignalAllTheRest()
    {
        var rl = new ReentrantLock();
        var c = rl.NewCondition();
        var woken = new List<string>();
        CheckedThread StartWaiter(string name) => CheckedThread.Start(() =>
        {
            rl.Lock();
            c.Await();
            woken.Add(name);
            rl.Unlock();
        }, name);

        var first = StartWaiter("first");
        WaitUntilWaiting(rl, c, 1);
        var second = StartWaiter("second");
        WaitUntilWaiting(rl, c, 2);

        rl.Lock();
        c.Signal();
        Assert.Equal(1, rl.GetWaitQueueLength(c));
        rl.Unlock();
        first.Join();
        Assert.Equal(["first"], woken);
        Assert.True(second.Thread.IsAlive());

        rl.Lock();
        c.SignalAll();
        Assert.False(rl.HasWaiters(c));
        rl.Unlock();
        second.Join();
        Assert.Equal(["first", "second"], woken);
    }

    [Fact]
    public void Signal_TwoConditionsOfOneLock_WakesOnlyItsOwnWaiter()
    {
        var rl = new ReentrantLock();
        var notEmpty = rl.NewCondition();
        var notFull = rl.NewCondition();
        var emptyWaiter = CheckedThread.Start(() =>
        {
            rl.Lock();
            notEmpty.Await();
            rl.Unlock();
        });
        WaitUntilWaiting(rl, notEmpty, 1);
        var fullWaiter = CheckedThread.Start(() =>
        {
            rl.Lock();
            notFull.Await();
            rl.Unlock();
        });
        WaitUntilWaiting(rl, notFull, 1);

        rl.Lock();
        notFull.SignalAll();
        Assert.Equal(1, rl.GetWaitQueueLength(notEmpty));
        Assert.False(rl.HasWaiters(notFull));
        rl.Unlock();
        fullWaiter.Join();
        Assert.True(emptyWaiter.Thread.IsAlive());

        rl.Lock();
        notEmpty.Signal();
        rl.Unlock();
        emptyWaiter.Join();
    }

    [Fact]
    public void Signal_NoWaiters_DoesNothing()
    {
        var rl = new ReentrantLock();
        var c = rl.NewCondition();
        rl.Lock();
        c.Signal();
        c.SignalAll();
        Assert.False(c.Await(0, TimeUnit.Seconds));
        rl.Unlock();
    }

    [Fact]
    public void WaiterMonitoring_BadArguments_ThrowJavasExceptionsInJavasOrder()
    {
        var rl = new ReentrantLock();
        var other = new ReentrantLock().NewCondition();
        var mine = rl.NewCondition();

        Assert.Throws<ArgumentNullException>(() => rl.HasWaiters(null!));
        Assert.Throws<ArgumentNullException>(() => rl.GetWaitQueueLength(null!));
        var notOwner = Assert.Throws<ArgumentException>(() => rl.HasWaiters(other));
        Assert.StartsWith("not owner", notOwner.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => rl.GetWaitQueueLength(other));
        Assert.Throws<SynchronizationLockException>(() => rl.HasWaiters(mine));
        Assert.Throws<SynchronizationLockException>(() => rl.GetWaitQueueLength(mine));

        rl.Lock();
        Assert.Throws<ArgumentException>(() => rl.HasWaiters(other));
        Assert.False(rl.HasWaiters(mine));
        Assert.Equal(0, rl.GetWaitQueueLength(mine));
        rl.Unlock();
    }

    [Fact]
    public void Await_OtherLocksWaiterQueuedForTheLock_CountsAsQueued()
    {
        var rl = new ReentrantLock();
        var c = rl.NewCondition();
        var waiter = StartAwaiter(rl, c);
        WaitUntilWaiting(rl, c, 1);

        rl.Lock();
        c.Signal();
        TestWait.Until(() => rl.HasQueuedThread(waiter.Thread), "the signalled waiter queues for the lock");
        Assert.Equal(0, rl.GetWaitQueueLength(c));
        rl.Unlock();

        waiter.Join();
    }

    [Theory]
    [MemberData(nameof(Fairness))]
    public void Race_SignalAgainstInterrupt_SignalIsNeverLost(bool fair)
    {
        var rl = new ReentrantLock(fair);
        var c = rl.NewCondition();
        var clock = Stopwatch.StartNew();
        var rounds = 0;
        while (clock.Elapsed < TestTimeouts.RaceDuration)
        {
            rounds++;
            var firstSignalled = false;
            var first = CheckedThread.Start(() =>
            {
                rl.Lock();
                try
                {
                    c.Await();
                    firstSignalled = true;
                }
                #pragma warning disable JT0001 // on purpose: the test sends this interrupt; the thread records it and ends
                catch (InterruptedException)
                #pragma warning restore JT0001
                {
                }
                finally
                {
                    rl.Unlock();
                }
            });
            WaitUntilWaiting(rl, c, 1);
            var secondWoken = false;
            var second = CheckedThread.Start(() =>
            {
                rl.Lock();
                c.Await();
                secondWoken = true;
                rl.Unlock();
            });
            WaitUntilWaiting(rl, c, 2);

            var interrupter = CheckedThread.Start(first.Thread.Interrupt);
            Locked(rl, c.Signal);
            interrupter.Join();
            first.Join();

            if (!firstSignalled)
            {
                second.Join();
                Assert.True(secondWoken);
            }
            else
            {
                Locked(rl, c.Signal);
                second.Join();
            }
        }

        Assert.True(rounds > 1);
    }

    [Theory]
    [MemberData(nameof(Fairness))]
    public void Race_SignalAgainstTimeout_SignalIsNeverLost(bool fair)
    {
        var rl = new ReentrantLock(fair);
        var c = rl.NewCondition();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TestTimeouts.RaceDuration)
        {
            var second = StartAwaiter(rl, c);
            WaitUntilWaiting(rl, c, 1);
            var firstSignalled = false;
            var first = CheckedThread.Start(() =>
            {
                rl.Lock();
                firstSignalled = c.Await(1, TimeUnit.Milliseconds);
                rl.Unlock();
            });
            TestWait.Until(() => first.Thread.GetState() == JThreadState.TimedWaiting || !first.Thread.IsAlive(), "the timed waiter waits");

            Locked(rl, c.Signal);
            first.Join();
            if (firstSignalled)
            {
                Locked(rl, c.Signal);
            }

            second.Join();
        }
    }

    [Theory]
    [MemberData(nameof(Fairness))]
    public void Race_ReleaseAgainstTimeoutAndInterrupt_LockIsNeverStranded(bool fair)
    {
        var rl = new ReentrantLock(fair);
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TestTimeouts.RaceDuration)
        {
            rl.Lock();
            var timed = CheckedThread.Start(() =>
            {
                if (rl.TryLock(1, TimeUnit.Milliseconds))
                {
                    rl.Unlock();
                }
            });
            var interrupted = CheckedThread.Start(() =>
            {
                try
                {
                    rl.LockInterruptibly();
                    rl.Unlock();
                }
                #pragma warning disable JT0001 // on purpose: the test sends this interrupt; the thread records it and ends
                catch (InterruptedException)
                #pragma warning restore JT0001
                {
                }
            });
            var patient = CheckedThread.Start(() =>
            {
                rl.Lock();
                rl.Unlock();
            });
            TestWait.Until(() => rl.GetQueueLength() >= 2, "waiters queue");
            interrupted.Thread.Interrupt();
            rl.Unlock();

            timed.Join();
            interrupted.Join();
            patient.Join();
            Assert.False(rl.IsLocked());
        }
    }

    [Theory]
    [MemberData(nameof(Fairness))]
    public void Contended_FourThreadsIncrementing_CountsEveryIncrement(bool fair)
    {
        var rl = new ReentrantLock(fair);
        var count = 0;
        const int PerThread = 20_000;
        var threads = Enumerable.Range(0, 4).Select(_ => CheckedThread.Start(() =>
        {
            for (var i = 0; i < PerThread; i++)
            {
                rl.Lock();
                count++;
                rl.Unlock();
            }
        })).ToList();

        threads.ForEach(t => t.Join());
        Assert.Equal(4 * PerThread, count);
        Assert.False(rl.IsLocked());
    }

    private static void Await(ICondition c, string call)
    {
        switch (call)
        {
            case "Await()":
                c.Await();
                break;
            case "Await(time)":
                Assert.True(c.Await(LongMillis, TimeUnit.Milliseconds));
                break;
            case "AwaitNanos":
                Assert.True(c.AwaitNanos(TimeUnit.Milliseconds.ToNanos(LongMillis)) > 0);
                break;
            case "AwaitUntil":
                Assert.True(c.AwaitUntil(DateTimeOffset.UtcNow + TestTimeouts.UnexpectedTimeout));
                break;
            default:
                c.AwaitUninterruptibly();
                break;
        }
    }

    private static CheckedThread StartAwaiter(ReentrantLock rl, ICondition c) => CheckedThread.Start(() => Locked(rl, c.Await));

    private static void Locked(ReentrantLock rl, Action action)
    {
        rl.Lock();
        try
        {
            action();
        }
        finally
        {
            rl.Unlock();
        }
    }

    private static void WaitUntilWaiting(ReentrantLock rl, ICondition c, int waiters) =>
        TestWait.Until(
            () =>
            {
                rl.Lock();
                try
                {
                    return rl.GetWaitQueueLength(c) == waiters;
                }
                finally
                {
                    rl.Unlock();
                }
            },
            $"{waiters} thread(s) wait on the condition");
}
