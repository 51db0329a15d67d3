using System.Diagnostics;
using JThreading.Concurrent;

namespace JThreading.Tests.Concurrent;

/// <summary><see cref="CyclicBarrier"/>, after the JSR-166 TCK's CyclicBarrierTest: trips, breakage, reset, timeouts.</summary>
public sealed class CyclicBarrierTests
{
    private static long LongMillis => TestTimeouts.UnexpectedTimeoutMillis;

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Constructor_NoParties_Throws(int parties) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new CyclicBarrier(parties));

    [Fact]
    public void GetParties_Constructed_ReturnsTheCount()
    {
        Assert.Equal(1, new CyclicBarrier(1).GetParties());
        Assert.Equal(7, new CyclicBarrier(7, () => { }).GetParties());
    }

    [Fact]
    public void Await_SingleParty_TripsAtOnceAndRunsTheActionEachTime()
    {
        var runs = 0;
        var barrier = new CyclicBarrier(1, () => runs++);
        Assert.Equal(0, barrier.Await());
        Assert.Equal(0, barrier.Await(0, TimeUnit.Seconds));
        Assert.Equal(2, runs);
        Assert.False(barrier.IsBroken());
    }

    [Fact]
    public void Await_TwoParties_ReturnDistinctIndicesAndTheLastRunsTheAction()
    {
        JThread? actionThread = null;
        var barrier = new CyclicBarrier(2, () => actionThread = JThread.CurrentThread());
        var first = -1;
        var waiter = CheckedThread.Start(() => first = barrier.Await());
        TestWait.Until(() => barrier.GetNumberWaiting() == 1, "the first party waits");
        TestWait.ForState(waiter.Thread, JThreadState.Waiting);

        var last = barrier.Await(LongMillis, TimeUnit.Milliseconds);

        waiter.Join();
        Assert.Equal(1, first);
        Assert.Equal(0, last);
        Assert.Same(JThread.CurrentThread(), actionThread);
        Assert.Equal(0, barrier.GetNumberWaiting());
    }

    [Fact]
    public void Await_ThreeRounds_BarrierIsReused()
    {
        var trips = 0;
        var barrier = new CyclicBarrier(3, () => trips++);
        for (var round = 0; round < 3; round++)
        {
            var waiters = Enumerable.Range(0, 2).Select(_ => CheckedThread.Start(() => barrier.Await())).ToList();
            TestWait.Until(() => barrier.GetNumberWaiting() == 2, "two parties wait");
            barrier.Await();
            waiters.ForEach(w => w.Join());
        }

        Assert.Equal(3, trips);
    }

    [Fact]
    public void Await_OnePartyInterrupted_ItThrowsInterruptedAndTheOthersBroken()
    {
        var barrier = new CyclicBarrier(3);
        var interrupted = CheckedThread.Start(() =>
        {
            Assert.Throws<InterruptedException>(() => barrier.Await());
            Assert.False(JThread.CurrentThread().IsInterrupted());
        });
        var other = CheckedThread.Start(() => Assert.Throws<BrokenBarrierException>(() => barrier.Await(LongMillis, TimeUnit.Milliseconds)));
        TestWait.Until(() => barrier.GetNumberWaiting() == 2, "two parties wait");

        interrupted.Thread.Interrupt();

        interrupted.Join();
        other.Join();
        Assert.True(barrier.IsBroken());
        Assert.Equal(0, barrier.GetNumberWaiting());
        Assert.Throws<BrokenBarrierException>(() => barrier.Await());
    }

    [Fact]
    public void Await_Timeout_ThrowsTimeoutAndBreaksTheBarrierForTheOthers()
    {
        var barrier = new CyclicBarrier(3);
        var other = CheckedThread.Start(() => Assert.Throws<BrokenBarrierException>(() => barrier.Await()));
        TestWait.Until(() => barrier.GetNumberWaiting() == 1, "the other party waits");
        var clock = Stopwatch.StartNew();

        Assert.Throws<TimeoutException>(() => barrier.Await(TestTimeouts.ExpectedTimeoutMillis, TimeUnit.Milliseconds));

        Assert.True(clock.Elapsed >= TestTimeouts.ExpectedTimeout, $"gave up after {clock.Elapsed}");
        other.Join();
        Assert.True(barrier.IsBroken());
    }

    [Fact]
    public void Await_ZeroTimeoutNotLast_TimesOutAtOnce()
    {
        var barrier = new CyclicBarrier(2);
        Assert.Throws<TimeoutException>(() => barrier.Await(0, TimeUnit.Seconds));
        Assert.True(barrier.IsBroken());
    }

    [Fact]
    public void Await_BrokenBarrierWithFlagSet_ThrowsBrokenAndKeepsTheFlag() => CheckedThread.Run(() =>
    {
        var barrier = new CyclicBarrier(2);
        Assert.Throws<TimeoutException>(() => barrier.Await(0, TimeUnit.Seconds));
        JThread.CurrentThread().Interrupt();

        Assert.Throws<BrokenBarrierException>(() => barrier.Await());

        Assert.True(JThread.Interrupted());
    });

    [Fact]
    public void Await_FlagSetOnUnbrokenBarrier_ThrowsInterruptedAndBreaksIt() => CheckedThread.Run(() =>
    {
        var barrier = new CyclicBarrier(2);
        JThread.CurrentThread().Interrupt();

        Assert.Throws<InterruptedException>(() => barrier.Await());

        Assert.False(JThread.CurrentThread().IsInterrupted());
        Assert.True(barrier.IsBroken());
    });

    [Fact]
    public void Reset_WithWaiters_TheyThrowBrokenAndTheBarrierIsUsableAgain()
    {
        var barrier = new CyclicBarrier(3);
        var waiters = Enumerable.Range(0, 2)
            .Select(_ => CheckedThread.Start(() => Assert.Throws<BrokenBarrierException>(() => barrier.Await())))
            .ToList();
        TestWait.Until(() => barrier.GetNumberWaiting() == 2, "two parties wait");

        barrier.Reset();

        waiters.ForEach(w => w.Join());
        Assert.False(barrier.IsBroken());
        Assert.Equal(0, barrier.GetNumberWaiting());
        var again = Enumerable.Range(0, 2).Select(_ => CheckedThread.Start(() => barrier.Await())).ToList();
        TestWait.Until(() => barrier.GetNumberWaiting() == 2, "two parties wait again");
        barrier.Await();
        again.ForEach(w => w.Join());
    }

    [Fact]
    public void Reset_BrokenOrIdle_LeavesItUnbroken()
    {
        var barrier = new CyclicBarrier(2);
        barrier.Reset();
        Assert.False(barrier.IsBroken());
        Assert.Throws<TimeoutException>(() => barrier.Await(0, TimeUnit.Seconds));
        Assert.True(barrier.IsBroken());
        barrier.Reset();
        Assert.False(barrier.IsBroken());
    }

    [Fact]
    public void Await_ActionThrows_LastPartyGetsTheExceptionAndTheOthersBroken()
    {
        var barrier = new CyclicBarrier(2, () => throw new InvalidOperationException("action"));
        var other = CheckedThread.Start(() => Assert.Throws<BrokenBarrierException>(() => barrier.Await()));
        TestWait.Until(() => barrier.GetNumberWaiting() == 1, "the other party waits");

        var thrown = Assert.Throws<InvalidOperationException>(() => barrier.Await());

        Assert.Equal("action", thrown.Message);
        other.Join();
        Assert.True(barrier.IsBroken());
    }

    [Fact]
    public void Await_InterruptedAfterTheTrip_ReturnsWithTheFlagSet()
    {
        // The last party trips the barrier while holding its lock, and the first is interrupted before it has the lock
        // back: the round is over for it, so it returns its index and keeps the interrupt.
        JThread? first = null;
        var barrier = new CyclicBarrier(2, () => first!.Interrupt());
        var waiter = CheckedThread.Start(() =>
        {
            Assert.Equal(1, barrier.Await());
            Assert.True(JThread.Interrupted());
        });
        first = waiter.Thread;
        TestWait.Until(() => barrier.GetNumberWaiting() == 1, "the first party waits");

        Assert.Equal(0, barrier.Await());

        waiter.Join();
        Assert.False(barrier.IsBroken());
    }

    [Fact]
    public void Race_TripAgainstInterrupt_EveryPartyEndsAndBreakageIsConsistent()
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TestTimeouts.RaceDuration)
        {
            var barrier = new CyclicBarrier(3);
            var outcomes = new string[2];
            var parties = Enumerable.Range(0, 2).Select(i => CheckedThread.Start(() =>
            {
                try
                {
                    barrier.Await();
                    outcomes[i] = "tripped";
                }
                #pragma warning disable JT0001 // on purpose: the test sends this interrupt; the thread records it and ends
                catch (InterruptedException)
                #pragma warning restore JT0001
                {
                    outcomes[i] = "interrupted";
                }
                catch (BrokenBarrierException)
                {
                    outcomes[i] = "broken";
                }
            })).ToList();
            TestWait.Until(() => barrier.GetNumberWaiting() == 2 || barrier.IsBroken(), "the parties arrive");

            var interrupter = CheckedThread.Start(parties[0].Thread.Interrupt);
            string last;
            try
            {
                barrier.Await();
                last = "tripped";
            }
            catch (BrokenBarrierException)
            {
                last = "broken";
            }

            interrupter.Join();
            parties.ForEach(p => p.Join());
            if (last == "tripped")
            {
                Assert.Equal(["tripped", "tripped"], outcomes);
            }
            else
            {
                Assert.Equal(["interrupted", "broken"], outcomes);
            }
        }
    }
}
