using System.Diagnostics;
using JThreading.Concurrent;

namespace JThreading.Tests.Concurrent;

/// <summary>
/// <see cref="Exchanger{V}"/>, after the JSR-166 TCK's ExchangerTest: two threads swap, the timed form gives up,
/// and the wait is an interruption point except when a partner is already waiting.
/// </summary>
public sealed class ExchangerTests
{
    private static long LongMillis => TestTimeouts.UnexpectedTimeoutMillis;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Exchange_TwoThreadsTwice_EachGetsTheOthersObject(bool timed)
    {
        var exchanger = new Exchanger<string>();
        var got = new string[2];
        var partner = CheckedThread.Start(() =>
        {
            got[0] = Swap(exchanger, "one", timed);
            got[1] = Swap(exchanger, got[0], timed);
        });

        var first = Swap(exchanger, "two", timed);
        var second = Swap(exchanger, first, timed);

        partner.Join();
        Assert.Equal("one", first);
        Assert.Equal("two", got[0]);
        Assert.Equal("two", second);
        Assert.Equal("one", got[1]);
    }

    [Fact]
    public void Exchange_Null_IsSwappedLikeAnyValue()
    {
        var exchanger = new Exchanger<object?>();
        var item = new object();
        object? got = null;
        var partner = CheckedThread.Start(() => got = exchanger.Exchange(null));

        var mine = exchanger.Exchange(item, LongMillis, TimeUnit.Milliseconds);

        partner.Join();
        Assert.Same(item, got);
        Assert.Null(mine);
    }

    [Theory]
    [InlineData(false, JThreadState.Waiting)]
    [InlineData(true, JThreadState.TimedWaiting)]
    public void Exchange_Waiting_ReportsJavasStateAndTheExchangerAsBlocker(bool timed, JThreadState state)
    {
        var exchanger = new Exchanger<int>();
        var waiter = CheckedThread.Start(() => Assert.Equal(2, Swap(exchanger, 1, timed)));
        TestWait.ForState(waiter.Thread, state);
        Assert.Same(exchanger, LockSupport.GetBlocker(waiter.Thread));

        Assert.Equal(1, exchanger.Exchange(2));

        waiter.Join();
        Assert.Null(LockSupport.GetBlocker(waiter.Thread));
    }

    [Theory]
    [InlineData(false, JThreadState.Waiting)]
    [InlineData(true, JThreadState.TimedWaiting)]
    public void Exchange_InterruptedWhileWaiting_ThrowsClearsTheFlagAndLeavesNoObjectBehind(bool timed, JThreadState state)
    {
        var exchanger = new Exchanger<string>();
        var waiter = CheckedThread.Start(() =>
        {
            Assert.Throws<InterruptedException>(() => Swap(exchanger, "gone", timed));
            Assert.False(JThread.CurrentThread().IsInterrupted());
        });
        TestWait.ForState(waiter.Thread, state);

        waiter.Thread.Interrupt();

        waiter.Join();
        AssertPairSwaps(exchanger);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Exchange_InterruptedBeforeWithNobodyWaiting_ThrowsAndClearsTheFlag(bool timed) => CheckedThread.Run(() =>
    {
        var exchanger = new Exchanger<string>();
        JThread.CurrentThread().Interrupt();

        Assert.Throws<InterruptedException>(() => Swap(exchanger, "x", timed));

        Assert.False(JThread.CurrentThread().IsInterrupted());
        AssertPairSwaps(exchanger);
    });

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Exchange_InterruptedBeforeWithAPartnerWaiting_SwapsAndKeepsTheFlag(bool timed)
    {
        var exchanger = new Exchanger<string>();
        var partner = CheckedThread.Start(() => Assert.Equal("late", exchanger.Exchange("early")));
        TestWait.ForState(partner.Thread, JThreadState.Waiting);

        CheckedThread.Run(() =>
        {
            JThread.CurrentThread().Interrupt();
            Assert.Equal("early", Swap(exchanger, "late", timed));
            Assert.True(JThread.CurrentThread().IsInterrupted());
        });

        partner.Join();
    }

    [Fact]
    public void ExchangeTimed_NobodyComes_ThrowsTimeoutAfterTheTimeAndLeavesNoObjectBehind()
    {
        var exchanger = new Exchanger<string>();
        var clock = Stopwatch.StartNew();

        Assert.Throws<TimeoutException>(() => exchanger.Exchange("stale", TestTimeouts.ExpectedTimeoutMillis, TimeUnit.Milliseconds));

        Assert.True(clock.Elapsed >= TestTimeouts.ExpectedTimeout, $"gave up after {clock.Elapsed}");
        AssertPairSwaps(exchanger);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void ExchangeTimed_NoTimeAndNobodyWaiting_ThrowsTimeoutAtOnce(long timeout)
    {
        var exchanger = new Exchanger<string>();

        Assert.Throws<TimeoutException>(() => exchanger.Exchange("x", timeout, TimeUnit.Seconds));

        AssertPairSwaps(exchanger);
    }

    [Fact]
    public void ExchangeTimed_NoTimeButAPartnerWaiting_Swaps()
    {
        var exchanger = new Exchanger<int>();
        var partner = CheckedThread.Start(() => Assert.Equal(2, exchanger.Exchange(1)));
        TestWait.ForState(partner.Thread, JThreadState.Waiting);

        Assert.Equal(1, exchanger.Exchange(2, 0, TimeUnit.Seconds));

        partner.Join();
    }

    [Fact]
    public void Exchange_FourThreads_PairUpEachGettingAnotherThreadsObjectWhoseOwnerGotTheirs()
    {
        const int Threads = 4;
        var exchanger = new Exchanger<int>();
        var got = new int[Threads];
        var threads = Enumerable.Range(0, Threads)
            .Select(index => CheckedThread.Start(() => got[index] = exchanger.Exchange(index, LongMillis, TimeUnit.Milliseconds)))
            .ToList();

        threads.ForEach(thread => thread.Join());

        for (var index = 0; index < Threads; index++)
        {
            Assert.NotEqual(index, got[index]);
            Assert.Equal(index, got[got[index]]);
        }
    }

    [Fact]
    public void ToString_Always_IsJavasObjectForm()
    {
        var text = new Exchanger<int>().ToString();

        Assert.Matches(@"^JThreading\.Concurrent\.Exchanger`1\[System\.Int32\]@[0-9a-f]+$", text);
    }

    [Fact]
    public void Race_TwoTimedThreads_EitherBothSwapOrNeitherGetsTheOthersObject()
    {
        var exchanger = new Exchanger<string>();
        var clock = Stopwatch.StartNew();
        var rounds = 0;
        while (clock.Elapsed < TestTimeouts.RaceDuration)
        {
            rounds++;
            var got = new string?[2];
            var pair = new[] { "a", "b" }.Select((item, index) => CheckedThread.Start(() =>
            {
                try
                {
                    got[index] = exchanger.Exchange(item, 1, TimeUnit.Milliseconds);
                }
                catch (TimeoutException)
                {
                }
            })).ToList();
            pair.ForEach(thread => thread.Join());

            Assert.Equal(got[0] is null, got[1] is null);
            if (got[0] is not null)
            {
                Assert.Equal("b", got[0]);
                Assert.Equal("a", got[1]);
            }
        }

        Assert.True(rounds > 1);
        AssertPairSwaps(exchanger);
    }

    [Fact]
    public void Race_InterruptAgainstAPartnerArriving_EitherBothSwapOrTheWaiterThrowsAndThePartnerTimesOut()
    {
        var exchanger = new Exchanger<string>();
        var clock = Stopwatch.StartNew();
        var rounds = 0;
        while (clock.Elapsed < TestTimeouts.RaceDuration)
        {
            rounds++;
            string? waiterGot = null;
            string? partnerGot = null;
            var waiter = CheckedThread.Start(() =>
            {
                try
                {
                    waiterGot = exchanger.Exchange("waiter");
                }
                #pragma warning disable JT0001 // on purpose: the test sends this interrupt; the thread records it and ends
                catch (InterruptedException)
                #pragma warning restore JT0001
                {
                    Assert.False(JThread.CurrentThread().IsInterrupted());
                }
            });
            TestWait.ForState(waiter.Thread, JThreadState.Waiting);
            var partner = CheckedThread.Start(() =>
            {
                try
                {
                    partnerGot = exchanger.Exchange("partner", TestTimeouts.ExpectedTimeoutMillis, TimeUnit.Milliseconds);
                }
                catch (TimeoutException)
                {
                }
            });

            waiter.Thread.Interrupt();

            waiter.Join();
            partner.Join();
            Assert.Equal(waiterGot is null, partnerGot is null);
            if (waiterGot is not null)
            {
                Assert.Equal("partner", waiterGot);
                Assert.Equal("waiter", partnerGot);
            }
        }

        Assert.True(rounds > 1);
        AssertPairSwaps(exchanger);
    }

    private static T Swap<T>(Exchanger<T> exchanger, T item, bool timed) =>
        timed ? exchanger.Exchange(item, LongMillis, TimeUnit.Milliseconds) : exchanger.Exchange(item);

    /// <summary>A fresh pair swaps their own objects: nothing a thread that left behind is handed out.</summary>
    private static void AssertPairSwaps(Exchanger<string> exchanger)
    {
        var partner = CheckedThread.Start(() => Assert.Equal("right", exchanger.Exchange("left", LongMillis, TimeUnit.Milliseconds)));
        Assert.Equal("left", exchanger.Exchange("right", LongMillis, TimeUnit.Milliseconds));
        partner.Join();
    }
}
