using System.Diagnostics;
using System.Runtime.CompilerServices;
using JThreading.Concurrent;

namespace JThreading.Tests.Concurrent;

/// <summary><see cref="CountDownLatch"/>, after the JSR-166 TCK's CountDownLatchTest, with Java's interruption points.</summary>
public sealed class CountDownLatchTests
{
    [Fact]
    public void Constructor_NegativeCount_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new CountDownLatch(-1));

    [Fact]
    public void CountDown_BelowZero_StopsAtZero()
    {
        var latch = new CountDownLatch(2);
        Assert.Equal(2, latch.GetCount());
        latch.CountDown();
        Assert.Equal(1, latch.GetCount());
        latch.CountDown();
        Assert.Equal(0, latch.GetCount());
        latch.CountDown();
        Assert.Equal(0, latch.GetCount());
    }

    [Fact]
    public void ToString_Count_FollowsJavasForm()
    {
        var latch = new CountDownLatch(2);
        var prefix = $"JThreading.Concurrent.CountDownLatch@{RuntimeHelpers.GetHashCode(latch):x}";
        Assert.Equal(prefix + "[Count = 2]", latch.ToString());
        latch.CountDown();
        Assert.Equal(prefix + "[Count = 1]", latch.ToString());
        latch.CountDown();
        Assert.Equal(prefix + "[Count = 0]", latch.ToString());
    }

    [Fact]
    public void Await_TwoWaiters_BothReleasedByTheLastCountDown()
    {
        var latch = new CountDownLatch(2);
        var waiters = new[]
        {
            CheckedThread.Start(latch.Await),
            CheckedThread.Start(() => Assert.True(latch.Await(TestTimeouts.UnexpectedTimeoutMillis, TimeUnit.Milliseconds))),
        };
        TestWait.ForState(waiters[0].Thread, JThreadState.Waiting);
        TestWait.ForState(waiters[1].Thread, JThreadState.TimedWaiting);
        Assert.Same(latch, LockSupport.GetBlocker(waiters[0].Thread));

        latch.CountDown();
        JThread.Sleep(TestTimeouts.ExpectedTimeoutMillis);
        Assert.All(waiters, w => Assert.True(w.Thread.IsAlive()));
        latch.CountDown();

        foreach (var waiter in waiters)
        {
            waiter.Join();
        }
    }

    [Fact]
    public void Await_CountZero_ReturnsAtOnce()
    {
        var latch = new CountDownLatch(0);
        latch.Await();
        Assert.True(latch.Await(0, TimeUnit.Seconds));
        Assert.True(latch.Await(long.MinValue, TimeUnit.Days));
    }

    [Fact]
    public void Await_InterruptedBeforeEvenAtZero_ThrowsAndClearsTheFlag() => CheckedThread.Run(() =>
    {
        var latch = new CountDownLatch(0);
        JThread.CurrentThread().Interrupt();
        Assert.Throws<InterruptedException>(latch.Await);
        Assert.False(JThread.CurrentThread().IsInterrupted());

        JThread.CurrentThread().Interrupt();
        Assert.Throws<InterruptedException>(() => latch.Await(1, TimeUnit.Seconds));
        Assert.False(JThread.CurrentThread().IsInterrupted());
    });

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Await_InterruptedWhileWaiting_ThrowsAndClearsTheFlag(bool timed)
    {
        var latch = new CountDownLatch(1);
        var waiter = CheckedThread.Start(() =>
        {
            Assert.Throws<InterruptedException>(() =>
            {
                if (timed)
                {
                    latch.Await(TestTimeouts.UnexpectedTimeoutMillis, TimeUnit.Milliseconds);
                }
                else
                {
                    latch.Await();
                }
            });
            Assert.False(JThread.CurrentThread().IsInterrupted());
        });
        TestWait.ForState(waiter.Thread, timed ? JThreadState.TimedWaiting : JThreadState.Waiting);

        waiter.Thread.Interrupt();

        waiter.Join();
        Assert.Equal(1, latch.GetCount());
    }

    [Fact]
    public void AwaitTimed_CountNotReached_ReturnsFalseAfterTheTimeout()
    {
        var latch = new CountDownLatch(1);
        var clock = Stopwatch.StartNew();
        Assert.False(latch.Await(TestTimeouts.ExpectedTimeoutMillis, TimeUnit.Milliseconds));
        Assert.True(clock.Elapsed >= TestTimeouts.ExpectedTimeout, $"gave up after {clock.Elapsed}");
        Assert.False(latch.Await(0, TimeUnit.Nanoseconds));
        Assert.Equal(1, latch.GetCount());
    }

    [Fact]
    public void Race_CountDownAgainstInterruptAndTimeout_EveryWaiterEnds()
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TestTimeouts.RaceDuration)
        {
            var latch = new CountDownLatch(1);
            var patient = CheckedThread.Start(latch.Await);
            var timed = CheckedThread.Start(() => latch.Await(1, TimeUnit.Milliseconds));
            var interrupted = CheckedThread.Start(() =>
            {
                try
                {
                    latch.Await();
                }
                #pragma warning disable JT0001 // on purpose: the test sends this interrupt; the thread records it and ends
                catch (InterruptedException)
                #pragma warning restore JT0001
                {
                    Assert.False(JThread.CurrentThread().IsInterrupted());
                }
            });
            interrupted.Thread.Interrupt();
            latch.CountDown();
            patient.Join();
            timed.Join();
            interrupted.Join();
        }
    }
}
