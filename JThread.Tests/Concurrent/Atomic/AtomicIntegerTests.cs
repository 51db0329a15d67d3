using JThreading.Concurrent;
using JThreading.Concurrent.Atomic;

namespace JThreading.Tests.Concurrent.Atomic;

/// <summary><see cref="AtomicInteger"/>, after the JSR-166 TCK's AtomicIntegerTest, Atomic8Test and Atomic9Test.</summary>
public sealed class AtomicIntegerTests
{
    private const int Increments = 100_000;

    [Fact]
    public void Constructor_NoArgument_HoldsZero() => Assert.Equal(0, new AtomicInteger().Get());

    [Fact]
    public void Constructor_InitialValue_HoldsIt() => Assert.Equal(7, new AtomicInteger(7).Get());

    [Fact]
    public void Set_ThenGet_ReturnsEachValue()
    {
        var ai = new AtomicInteger(1);
        ai.Set(2);
        Assert.Equal(2, ai.Get());
        ai.Set(-3);
        Assert.Equal(-3, ai.Get());
    }

    [Fact]
    public void LazySet_ThenGet_ReturnsEachValue()
    {
        var ai = new AtomicInteger(1);
        ai.LazySet(2);
        Assert.Equal(2, ai.Get());
        ai.LazySet(-3);
        Assert.Equal(-3, ai.Get());
    }

    [Fact]
    public void CompareAndSet_MatchingOrNot_SetsOnlyOnMatch()
    {
        var ai = new AtomicInteger(1);
        Assert.True(ai.CompareAndSet(1, 2));
        Assert.True(ai.CompareAndSet(2, -4));
        Assert.Equal(-4, ai.Get());
        Assert.False(ai.CompareAndSet(-5, 7));
        Assert.Equal(-4, ai.Get());
        Assert.True(ai.CompareAndSet(-4, 7));
        Assert.Equal(7, ai.Get());
    }

    [Fact]
    public void WeakCompareAndSet_AllForms_SetOnMatch()
    {
        var ai = new AtomicInteger(1);
        Assert.True(ai.WeakCompareAndSetPlain(1, 2));
        Assert.True(ai.WeakCompareAndSetVolatile(2, 3));
        Assert.True(ai.WeakCompareAndSetAcquire(3, 4));
        Assert.True(ai.WeakCompareAndSetRelease(4, 5));
        Assert.False(ai.WeakCompareAndSetVolatile(4, 6));
        Assert.Equal(5, ai.Get());
    }

    [Fact]
    public void CompareAndExchange_MatchingOrNot_ReturnsWitnessValue()
    {
        var ai = new AtomicInteger(1);
        Assert.Equal(1, ai.CompareAndExchange(1, 2));
        Assert.Equal(2, ai.CompareAndExchange(1, 3));
        Assert.Equal(2, ai.Get());
        Assert.Equal(2, ai.CompareAndExchangeAcquire(2, 4));
        Assert.Equal(4, ai.CompareAndExchangeRelease(4, 5));
        Assert.Equal(5, ai.CompareAndExchangeRelease(4, 6));
        Assert.Equal(5, ai.Get());
    }

    [Fact]
    public void CompareAndSet_InAnotherThread_WaitsForTheMainThreadsUpdate()
    {
        var ai = new AtomicInteger(1);
        var other = CheckedThread.Start(() =>
        {
            while (!ai.CompareAndSet(2, 3))
            {
                Thread.Yield();
            }
        });
        Assert.True(ai.CompareAndSet(1, 2));
        other.Join();
        Assert.Equal(3, ai.Get());
    }

    [Fact]
    public void GetAndSet_Sequence_ReturnsEachPreviousValue()
    {
        var ai = new AtomicInteger(1);
        Assert.Equal(1, ai.GetAndSet(0));
        Assert.Equal(0, ai.GetAndSet(-10));
        Assert.Equal(-10, ai.GetAndSet(1));
    }

    [Fact]
    public void GetAndAdd_PositiveAndNegative_ReturnsOldValue()
    {
        var ai = new AtomicInteger(1);
        Assert.Equal(1, ai.GetAndAdd(2));
        Assert.Equal(3, ai.Get());
        Assert.Equal(3, ai.GetAndAdd(-4));
        Assert.Equal(-1, ai.Get());
    }

    [Fact]
    public void AddAndGet_PositiveAndNegative_ReturnsNewValue()
    {
        var ai = new AtomicInteger(1);
        Assert.Equal(3, ai.AddAndGet(2));
        Assert.Equal(-1, ai.AddAndGet(-4));
        Assert.Equal(-1, ai.Get());
    }

    [Fact]
    public void GetAndIncrementAndDecrement_FromOne_ReturnOldValues()
    {
        var ai = new AtomicInteger(1);
        Assert.Equal(1, ai.GetAndIncrement());
        Assert.Equal(2, ai.GetAndIncrement());
        Assert.Equal(3, ai.GetAndDecrement());
        Assert.Equal(2, ai.GetAndDecrement());
        ai.Set(-2);
        Assert.Equal(-2, ai.GetAndIncrement());
        Assert.Equal(-1, ai.Get());
    }

    [Fact]
    public void IncrementAndDecrementAndGet_FromOne_ReturnNewValues()
    {
        var ai = new AtomicInteger(1);
        Assert.Equal(2, ai.IncrementAndGet());
        Assert.Equal(1, ai.DecrementAndGet());
        Assert.Equal(0, ai.DecrementAndGet());
        Assert.Equal(-1, ai.DecrementAndGet());
        Assert.Equal(0, ai.IncrementAndGet());
    }

    [Fact]
    public void IncrementAndGet_AtMaxValue_WrapsAsJava()
    {
        var ai = new AtomicInteger(int.MaxValue);
        Assert.Equal(int.MinValue, ai.IncrementAndGet());
        Assert.Equal(int.MaxValue, ai.DecrementAndGet());
        Assert.Equal(int.MinValue, ai.AddAndGet(1));
    }

    [Fact]
    public void GetAndUpdate_Function_ReturnsOldAndStoresNew()
    {
        var ai = new AtomicInteger(1);
        Assert.Equal(1, ai.GetAndUpdate(v => v - 2));
        Assert.Equal(-1, ai.GetAndUpdate(v => v - 2));
        Assert.Equal(-3, ai.Get());
    }

    [Fact]
    public void UpdateAndGet_Function_ReturnsNew()
    {
        var ai = new AtomicInteger(1);
        Assert.Equal(18, ai.UpdateAndGet(v => v + 17));
        Assert.Equal(35, ai.UpdateAndGet(v => v + 17));
    }

    [Fact]
    public void GetAndAccumulate_Function_ReturnsOldAndStoresCombined()
    {
        var ai = new AtomicInteger(1);
        Assert.Equal(1, ai.GetAndAccumulate(2, (x, y) => x + y));
        Assert.Equal(3, ai.GetAndAccumulate(3, (x, y) => x + y));
        Assert.Equal(6, ai.Get());
    }

    [Fact]
    public void AccumulateAndGet_Function_ReturnsCombined()
    {
        var ai = new AtomicInteger(1);
        Assert.Equal(5, ai.AccumulateAndGet(-4, (x, y) => x - y));
        Assert.Equal(1, ai.AccumulateAndGet(4, (x, y) => x - y));
        Assert.Equal(9, ai.AccumulateAndGet(9, Math.Max));
    }

    [Fact]
    public void UpdateFunctions_Null_Throw()
    {
        var ai = new AtomicInteger(1);
        Assert.Throws<ArgumentNullException>(() => ai.GetAndUpdate(null!));
        Assert.Throws<ArgumentNullException>(() => ai.UpdateAndGet(null!));
        Assert.Throws<ArgumentNullException>(() => ai.GetAndAccumulate(1, null!));
        Assert.Throws<ArgumentNullException>(() => ai.AccumulateAndGet(1, null!));
        Assert.Equal(1, ai.Get());
    }

    [Fact]
    public void UpdateAndGet_FunctionThrows_PropagatesAndLeavesValue()
    {
        var ai = new AtomicInteger(5);
        var thrown = Assert.Throws<InvalidOperationException>(() => ai.UpdateAndGet(_ => throw new InvalidOperationException("boom")));
        Assert.Equal("boom", thrown.Message);
        Assert.Equal(5, ai.Get());
        Assert.Throws<InvalidOperationException>(() => ai.GetAndAccumulate(1, (_, _) => throw new InvalidOperationException()));
        Assert.Equal(5, ai.Get());
    }

    [Fact]
    public void UpdateAndGet_ValueChangedWhileFunctionRuns_ReappliesToTheNewValue()
    {
        var ai = new AtomicInteger(1);
        var calls = 0;
        var result = ai.UpdateAndGet(v =>
        {
            if (calls++ == 0)
            {
                // Another thread's update lands between the read and the compare-and-swap.
                TestThreads.RunOnDaemon(() => ai.Set(10));
            }

            return v * 2;
        });
        Assert.Equal(2, calls);
        Assert.Equal(20, result);
        Assert.Equal(20, ai.Get());
    }

    [Fact]
    public void PlainOpaqueAcquireRelease_SetThenGet_ReturnEachValue()
    {
        var ai = new AtomicInteger(1);
        Assert.Equal(1, ai.GetPlain());
        ai.SetPlain(2);
        Assert.Equal(2, ai.GetPlain());
        ai.SetOpaque(3);
        Assert.Equal(3, ai.GetOpaque());
        ai.SetRelease(4);
        Assert.Equal(4, ai.GetAcquire());
        Assert.Equal(4, ai.Get());
    }

    [Fact]
    public void NumberConversions_Values_MatchJava()
    {
        var ai = new AtomicInteger(-70_000);
        Assert.Equal(-70_000, ai.IntValue());
        Assert.Equal(-70_000L, ai.LongValue());
        Assert.Equal(-70_000f, ai.FloatValue());
        Assert.Equal(-70_000d, ai.DoubleValue());
        Assert.Equal(unchecked((short)-70_000), ai.ShortValue());
        Assert.Equal(unchecked((sbyte)-70_000), ai.ByteValue());
    }

    [Fact]
    public void ToString_Values_AreJavasIntegerText()
    {
        var ai = new AtomicInteger();
        Assert.Equal("0", ai.ToString());
        foreach (var value in new[] { 1, -1, int.MinValue, int.MaxValue })
        {
            ai.Set(value);
            Assert.Equal(value.ToString(System.Globalization.CultureInfo.InvariantCulture), ai.ToString());
        }
    }

    [Fact]
    public void IncrementAndGet_TwoThreads_CountsEveryIncrement()
    {
        var ai = new AtomicInteger();
        var seen = new bool[2 * Increments + 1];
        AtomicRace.Run(2, _ =>
        {
            for (var i = 0; i < Increments; i++)
            {
                seen[ai.IncrementAndGet()] = true;
            }
        });
        Assert.Equal(2 * Increments, ai.Get());
        Assert.All(seen.Skip(1), Assert.True);
    }

    [Fact]
    public void CompareAndSet_TwoThreadsLooping_LosesNoIncrement()
    {
        var ai = new AtomicInteger();
        AtomicRace.Run(2, _ =>
        {
            for (var i = 0; i < Increments; i++)
            {
                int current;
                while (!ai.CompareAndSet(current = ai.Get(), current + 1))
                {
                    Thread.SpinWait(1);
                }
            }
        });
        Assert.Equal(2 * Increments, ai.Get());
    }

    [Fact]
    public void UpdateAndGet_TwoThreads_AppliesEveryUpdateOnce()
    {
        var ai = new AtomicInteger();
        AtomicRace.Run(2, n =>
        {
            for (var i = 0; i < Increments; i++)
            {
                ai.UpdateAndGet(v => v + 1);
                ai.AccumulateAndGet(2, (v, x) => v + x);
            }
        });
        Assert.Equal(2 * Increments * 3, ai.Get());
    }

    [Fact]
    public void GetAndAdd_TwoThreadsOppositeDeltas_EndsWhereItStarted()
    {
        var ai = new AtomicInteger(42);
        AtomicRace.Run(2, n =>
        {
            var delta = n == 0 ? 3 : -3;
            for (var i = 0; i < Increments; i++)
            {
                ai.GetAndAdd(delta);
            }
        });
        Assert.Equal(42, ai.Get());
    }

    [Fact]
    public void CompareAndSet_UsedAsLatch_HandsOverBetweenTwoThreads()
    {
        // Two threads take turns: each moves the value from its turn to the other's, so every round needs a real CAS
        // hand-over and a lost update would hang (caught by the join timeout).
        const int Rounds = 10_000;
        var turn = new AtomicInteger();
        AtomicRace.Run(2, n =>
        {
            for (var round = 0; round < Rounds; round++)
            {
                var mine = (round * 2) + n;
                while (!turn.CompareAndSet(mine, mine + 1))
                {
                    Thread.SpinWait(1);
                }
            }
        });
        Assert.Equal(2 * Rounds, turn.Get());
    }

    [Fact]
    public void Set_OnOneThread_VisibleToTheOtherAfterJoin()
    {
        var ai = new AtomicInteger();
        var latch = new CountDownLatch(1);
        var reader = CheckedThread.Start(() =>
        {
            latch.Await();
            Assert.Equal(99, ai.Get());
        });
        ai.Set(99);
        latch.CountDown();
        reader.Join();
    }
}
