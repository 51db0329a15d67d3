using System.Diagnostics;
using System.Runtime.CompilerServices;
using JThreading.Concurrent;

namespace JThreading.Tests.Concurrent;

/// <summary><see cref="JSemaphore"/>, fair and not, after the JSR-166 TCK's SemaphoreTest.</summary>
public sealed class JSemaphoreTests
{
    public static TheoryData<bool> Fairness => [false, true];

    private static long LongMillis => TestTimeouts.UnexpectedTimeoutMillis;

    [Theory]
    [MemberData(nameof(Fairness))]
    public void Constructor_AnyPermits_AreAvailableIncludingNegative(bool fair)
    {
        Assert.Equal(fair, new JSemaphore(0, fair).IsFair());
        Assert.False(new JSemaphore(0).IsFair());
        Assert.Equal(-3, new JSemaphore(-3, fair).AvailablePermits());
        Assert.Equal(int.MaxValue, new JSemaphore(int.MaxValue, fair).AvailablePermits());
    }

    [Fact]
    public void NegativePermitArguments_Throw()
    {
        var s = new JSemaphore(1);
        Assert.Throws<ArgumentOutOfRangeException>(() => s.Acquire(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => s.AcquireUninterruptibly(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => s.TryAcquire(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => s.TryAcquire(-1, 1, TimeUnit.Seconds));
        Assert.Throws<ArgumentOutOfRangeException>(() => s.Release(-1));
        Assert.Equal(1, s.AvailablePermits());
    }

    [Theory]
    [MemberData(nameof(Fairness))]
    public void AcquireRelease_InOneThread_CountsPermits(bool fair)
    {
        var s = new JSemaphore(1, fair);
        s.Acquire();
        Assert.Equal(0, s.AvailablePermits());
        Assert.False(s.TryAcquire());
        s.Release();
        s.AcquireUninterruptibly();
        s.Release();
        Assert.True(s.TryAcquire());
        Assert.False(s.TryAcquire(0, TimeUnit.Seconds));
        s.Release(3);
        Assert.Equal(3, s.AvailablePermits());
        Assert.True(s.TryAcquire(3, 0, TimeUnit.Seconds));
        Assert.False(s.TryAcquire(1));
        s.Release(2);
        s.Acquire(2);
        s.Release(0);
        s.Acquire(0);
        Assert.True(s.TryAcquire(0));
        Assert.Equal(0, s.AvailablePermits());
    }

    [Fact]
    public void Release_PastMaxValue_ThrowsAndKeepsTheCount()
    {
        var s = new JSemaphore(int.MaxValue);
        Assert.Throws<SemaphoreFullException>(s.Release);
        Assert.Equal(int.MaxValue, s.AvailablePermits());
    }

    [Theory]
    [InlineData(3, 3)]
    [InlineData(0, 0)]
    [InlineData(-2, -2)]
    public void DrainPermits_AnyCount_TakesAllAndLeavesZero(int permits, int drained)
    {
        var s = new JSemaphore(permits);
        Assert.Equal(drained, s.DrainPermits());
        Assert.Equal(0, s.AvailablePermits());
    }

    [Fact]
    public void ToString_Permits_FollowsJavasForm()
    {
        var s = new JSemaphore(3);
        Assert.Equal($"JThreading.Concurrent.JSemaphore@{RuntimeHelpers.GetHashCode(s):x}[Permits = 3]", s.ToString());
    }

    [Theory]
    [MemberData(nameof(Fairness))]
    public void Acquire_NoPermits_WaitsUntilReleasedByAnotherThread(bool fair)
    {
        var s = new JSemaphore(0, fair);
        var waiter = CheckedThread.Start(() =>
        {
            s.Acquire(2);
            s.AcquireUninterruptibly();
            Assert.True(s.TryAcquire(LongMillis, TimeUnit.Milliseconds));
        });
        TestWait.ForState(waiter.Thread, JThreadState.Waiting);
        Assert.Same(s, LockSupport.GetBlocker(waiter.Thread));
        Assert.True(s.HasQueuedThreads());
        Assert.Equal(1, s.GetQueueLength());

        s.Release();
        JThread.Sleep(TestTimeouts.ExpectedTimeoutMillis);
        Assert.Equal(1, s.AvailablePermits());
        s.Release(3);

        waiter.Join();
        Assert.Equal(0, s.AvailablePermits());
        Assert.False(s.HasQueuedThreads());
    }

    [Theory]
    [InlineData("Acquire()", JThreadState.Waiting)]
    [InlineData("AcquireUninterruptibly()", JThreadState.Waiting)]
    [InlineData("TryAcquire(time)", JThreadState.TimedWaiting)]
    public void Acquire_WhileBlocked_ReportsJavasStateAndTheSemaphoreAsBlocker(string call, JThreadState expected)
    {
        var s = new JSemaphore(0);
        var waiter = CheckedThread.Start(() =>
        {
            switch (call)
            {
                case "Acquire()":
                    s.Acquire();
                    break;
                case "AcquireUninterruptibly()":
                    s.AcquireUninterruptibly();
                    break;
                default:
                    Assert.True(s.TryAcquire(LongMillis, TimeUnit.Milliseconds));
                    break;
            }
        });
        TestWait.Until(() => s.HasQueuedThreads(), "the waiter queues");
        TestWait.ForState(waiter.Thread, expected);
        Assert.Same(s, LockSupport.GetBlocker(waiter.Thread));

        s.Release();

        waiter.Join();
        Assert.Null(LockSupport.GetBlocker(waiter.Thread));
    }

    [Fact]
    public void TryAcquireTimed_NoPermits_TimesOut()
    {
        var s = new JSemaphore(0);
        var clock = Stopwatch.StartNew();
        Assert.False(s.TryAcquire(TestTimeouts.ExpectedTimeoutMillis * 1000L, TimeUnit.Microseconds));
        Assert.True(clock.Elapsed >= TestTimeouts.ExpectedTimeout, $"gave up after {clock.Elapsed}");
        Assert.Equal(0, s.GetQueueLength());
    }

    [Fact]
    public void InterruptedBefore_AcquireAndTimedTryAcquireThrow_UntimedAndUninterruptibleDoNot() => CheckedThread.Run(() =>
    {
        var s = new JSemaphore(5, fair: true);
        var self = JThread.CurrentThread();

        self.Interrupt();
        Assert.Throws<InterruptedException>(s.Acquire);
        self.Interrupt();
        Assert.Throws<InterruptedException>(() => s.Acquire(2));
        self.Interrupt();
        Assert.Throws<InterruptedException>(() => s.TryAcquire(0, TimeUnit.Seconds));
        self.Interrupt();
        Assert.Throws<InterruptedException>(() => s.TryAcquire(2, 1, TimeUnit.Seconds));
        Assert.False(self.IsInterrupted());
        Assert.Equal(5, s.AvailablePermits());

        self.Interrupt();
        Assert.True(s.TryAcquire());
        Assert.True(s.TryAcquire(2));
        s.AcquireUninterruptibly();
        s.AcquireUninterruptibly(1);
        Assert.True(JThread.Interrupted());
        Assert.Equal(0, s.AvailablePermits());
    });

    [Theory]
    [InlineData("Acquire()", false)]
    [InlineData("Acquire(int)", true)]
    [InlineData("TryAcquire(time)", false)]
    [InlineData("TryAcquire(int, time)", true)]
    public void Acquire_InterruptedWhileWaiting_ThrowsAndLeavesThePermits(string call, bool fair)
    {
        var s = new JSemaphore(0, fair);
        var waiter = CheckedThread.Start(() =>
        {
            Assert.Throws<InterruptedException>(() =>
            {
                switch (call)
                {
                    case "Acquire()":
                        s.Acquire();
                        break;
                    case "Acquire(int)":
                        s.Acquire(2);
                        break;
                    case "TryAcquire(time)":
                        s.TryAcquire(LongMillis, TimeUnit.Milliseconds);
                        break;
                    default:
                        s.TryAcquire(2, LongMillis, TimeUnit.Milliseconds);
                        break;
                }
            });
            Assert.False(JThread.CurrentThread().IsInterrupted());
        });
        TestWait.Until(() => s.HasQueuedThreads(), "the waiter queues");

        waiter.Thread.Interrupt();

        waiter.Join();
        Assert.False(s.HasQueuedThreads());
        Assert.Equal(0, s.AvailablePermits());
    }

    [Fact]
    public void AcquireUninterruptibly_Interrupted_KeepsWaitingAndReturnsWithTheFlag()
    {
        var s = new JSemaphore(0);
        var waiter = CheckedThread.Start(() =>
        {
            s.AcquireUninterruptibly(2);
            Assert.True(JThread.Interrupted());
        });
        TestWait.ForState(waiter.Thread, JThreadState.Waiting);

        waiter.Thread.Interrupt();
        TestWait.Until(() => !waiter.Thread.IsInterrupted() && waiter.Thread.GetState() == JThreadState.Waiting, "the waiter parks again");
        Assert.True(s.HasQueuedThreads());
        s.Release(2);

        waiter.Join();
    }

    [Fact]
    public void Fair_QueuedThreads_AcquireInArrivalOrderAndHeadHoldsUpTheRest()
    {
        var s = new JSemaphore(0, fair: true);
        var order = new List<string>();
        var big = CheckedThread.Start(() =>
        {
            s.Acquire(3);
            lock (order)
            {
                order.Add("big");
            }
        }, "big");
        TestWait.Until(() => s.GetQueueLength() == 1, "big queues");
        var small = CheckedThread.Start(() =>
        {
            s.Acquire();
            lock (order)
            {
                order.Add("small");
            }
        }, "small");
        TestWait.Until(() => s.GetQueueLength() == 2, "small queues");

        s.Release(2);
        JThread.Sleep(TestTimeouts.ExpectedTimeoutMillis);
        Assert.Empty(order);
        Assert.False(s.TryAcquire(1, 0, TimeUnit.Seconds));
        // One more permit makes three: the head (big) takes them all, and small, behind it, still waits for its own.
        s.Release(1);
        big.Join();
        Assert.Equal(["big"], order);
        Assert.Equal(1, s.GetQueueLength());
        s.Release(1);
        small.Join();
        Assert.Equal(["big", "small"], order);
    }

    [Fact]
    public void NonFair_ReleaseOfTwo_WakesTwoWaiters()
    {
        var s = new JSemaphore(0);
        var waiters = Enumerable.Range(0, 2).Select(_ => CheckedThread.Start(s.Acquire)).ToList();
        TestWait.Until(() => s.GetQueueLength() == 2, "both queue");

        s.Release(2);

        waiters.ForEach(w => w.Join());
        Assert.Equal(0, s.AvailablePermits());
    }

    [Theory]
    [MemberData(nameof(Fairness))]
    public void Race_ReleaseAgainstTimeoutAndInterrupt_PermitIsPassedOn(bool fair)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TestTimeouts.RaceDuration)
        {
            var s = new JSemaphore(0, fair);
            var timedGot = false;
            var interruptedGot = false;
            var timed = CheckedThread.Start(() => timedGot = s.TryAcquire(1, TimeUnit.Milliseconds));
            var interrupted = CheckedThread.Start(() =>
            {
                try
                {
                    s.Acquire();
                    interruptedGot = true;
                }
                #pragma warning disable JT0001 // on purpose: the test sends this interrupt; the thread records it and ends
                catch (InterruptedException)
                #pragma warning restore JT0001
                {
                }
            });
            var patient = CheckedThread.Start(s.AcquireUninterruptibly);
            TestWait.Until(() => s.GetQueueLength() >= 2, "waiters queue");

            interrupted.Thread.Interrupt();
            s.Release();
            timed.Join();
            interrupted.Join();
            if (timedGot || interruptedGot)
            {
                s.Release();
            }

            patient.Join();
            Assert.Equal(0, s.AvailablePermits());
        }
    }
}
