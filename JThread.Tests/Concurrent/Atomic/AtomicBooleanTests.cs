using JThreading.Concurrent;
using JThreading.Concurrent.Atomic;

namespace JThreading.Tests.Concurrent.Atomic;

/// <summary><see cref="AtomicBoolean"/>, after the JSR-166 TCK's AtomicBooleanTest and Atomic9Test.</summary>
public sealed class AtomicBooleanTests
{
    private const int Rounds = 10_000;

    [Fact]
    public void Constructor_NoArgument_HoldsFalse() => Assert.False(new AtomicBoolean().Get());

    [Fact]
    public void Constructor_True_HoldsTrue() => Assert.True(new AtomicBoolean(true).Get());

    [Fact]
    public void Set_ThenGet_ReturnsEachValue()
    {
        var ab = new AtomicBoolean(true);
        ab.Set(false);
        Assert.False(ab.Get());
        ab.Set(true);
        Assert.True(ab.Get());
    }

    [Fact]
    public void LazySet_ThenGet_ReturnsEachValue()
    {
        var ab = new AtomicBoolean(true);
        ab.LazySet(false);
        Assert.False(ab.Get());
        ab.LazySet(true);
        Assert.True(ab.Get());
    }

    [Fact]
    public void CompareAndSet_MatchingOrNot_SetsOnlyOnMatch()
    {
        var ab = new AtomicBoolean(true);
        Assert.True(ab.CompareAndSet(true, false));
        Assert.False(ab.Get());
        Assert.True(ab.CompareAndSet(false, false));
        Assert.False(ab.Get());
        Assert.False(ab.CompareAndSet(true, false));
        Assert.False(ab.Get());
        Assert.True(ab.CompareAndSet(false, true));
        Assert.True(ab.Get());
    }

    [Fact]
    public void WeakCompareAndSet_AllForms_SetOnMatchOnly()
    {
        var ab = new AtomicBoolean(true);
        Assert.True(ab.WeakCompareAndSetPlain(true, false));
        Assert.True(ab.WeakCompareAndSetVolatile(false, true));
        Assert.True(ab.WeakCompareAndSetAcquire(true, false));
        Assert.True(ab.WeakCompareAndSetRelease(false, true));
        Assert.False(ab.WeakCompareAndSetVolatile(false, false));
        Assert.True(ab.Get());
    }

    [Fact]
    public void CompareAndExchange_MatchingOrNot_ReturnsWitnessValue()
    {
        var ab = new AtomicBoolean(true);
        Assert.True(ab.CompareAndExchange(true, false));
        Assert.False(ab.Get());
        Assert.False(ab.CompareAndExchange(true, true));
        Assert.False(ab.Get());
        Assert.False(ab.CompareAndExchangeAcquire(false, true));
        Assert.True(ab.CompareAndExchangeRelease(true, false));
        Assert.False(ab.CompareAndExchangeRelease(true, true));
        Assert.False(ab.Get());
    }

    [Fact]
    public void GetAndSet_Sequence_ReturnsEachPreviousValue()
    {
        var ab = new AtomicBoolean(true);
        Assert.True(ab.GetAndSet(false));
        Assert.False(ab.GetAndSet(false));
        Assert.False(ab.GetAndSet(true));
        Assert.True(ab.Get());
    }

    [Fact]
    public void PlainOpaqueAcquireRelease_SetThenGet_ReturnEachValue()
    {
        var ab = new AtomicBoolean(true);
        Assert.True(ab.GetPlain());
        ab.SetPlain(false);
        Assert.False(ab.GetPlain());
        ab.SetOpaque(true);
        Assert.True(ab.GetOpaque());
        ab.SetRelease(false);
        Assert.False(ab.GetAcquire());
        Assert.False(ab.Get());
    }

    [Fact]
    public void ToString_BothValues_AreJavasLowerCaseText()
    {
        var ab = new AtomicBoolean();
        Assert.Equal("false", ab.ToString());
        ab.Set(true);
        Assert.Equal("true", ab.ToString());
    }

    [Fact]
    public void CompareAndSet_InAnotherThread_WaitsForTheMainThreadsUpdate()
    {
        var ab = new AtomicBoolean(true);
        var other = CheckedThread.Start(() =>
        {
            while (!ab.CompareAndSet(false, true))
            {
                Thread.Yield();
            }
        });
        Assert.True(ab.CompareAndSet(true, false));
        other.Join();
        Assert.True(ab.Get());
    }

    [Fact]
    public void CompareAndSet_TwoThreadsRacingForOneFlag_ExactlyOneWinsEachRound()
    {
        var flags = Enumerable.Range(0, Rounds).Select(_ => new AtomicBoolean()).ToArray();
        var wins = new int[2];
        AtomicRace.Run(2, n =>
        {
            foreach (var flag in flags)
            {
                if (flag.CompareAndSet(false, true))
                {
                    wins[n]++;
                }
            }
        });
        Assert.Equal(Rounds, wins[0] + wins[1]);
        Assert.All(flags, flag => Assert.True(flag.Get()));
    }

    [Fact]
    public void GetAndSet_TwoThreadsHandingATokenBack_NeverSeesItTwice()
    {
        // A token (true) passes between two threads: each GetAndSet(false) that sees true owns it and puts it back.
        // Two owners at once, or a lost token, would show as a wrong count or a hang (caught by the join timeout).
        var token = new AtomicBoolean(true);
        var owners = new AtomicInteger();
        var taken = new int[2];
        AtomicRace.Run(2, n =>
        {
            while (taken[n] < Rounds)
            {
                if (token.GetAndSet(false))
                {
                    Assert.Equal(1, owners.IncrementAndGet());
                    taken[n]++;
                    owners.DecrementAndGet();
                    token.Set(true);
                }
            }
        });
        Assert.True(token.Get());
        Assert.Equal(0, owners.Get());
    }

    [Fact]
    public void Set_OnOneThread_VisibleToTheOtherAfterLatch()
    {
        var ab = new AtomicBoolean();
        var latch = new CountDownLatch(1);
        var reader = CheckedThread.Start(() =>
        {
            latch.Await();
            Assert.True(ab.Get());
        });
        ab.Set(true);
        latch.CountDown();
        reader.Join();
    }
}
