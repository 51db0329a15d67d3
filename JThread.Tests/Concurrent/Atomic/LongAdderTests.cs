using JThreading.Concurrent.Atomic;

namespace JThreading.Tests.Concurrent.Atomic;

/// <summary><see cref="LongAdder"/>, after the JSR-166 TCK's LongAdderTest.</summary>
public sealed class LongAdderTests
{
    private const int Increments = 200_000;

    [Fact]
    public void Constructor_NoArgument_SumsToZero() => Assert.Equal(0, new LongAdder().Sum());

    [Fact]
    public void Add_PositiveAndNegative_Sums()
    {
        var adder = new LongAdder();
        adder.Add(2);
        Assert.Equal(2, adder.Sum());
        adder.Add(-4);
        Assert.Equal(-2, adder.Sum());
    }

    [Fact]
    public void IncrementAndDecrement_Sequence_MoveByOne()
    {
        var adder = new LongAdder();
        adder.Increment();
        adder.Increment();
        Assert.Equal(2, adder.Sum());
        adder.Decrement();
        adder.Decrement();
        adder.Decrement();
        Assert.Equal(-1, adder.Sum());
    }

    [Fact]
    public void Add_PastMaxValue_WrapsAsJava()
    {
        var adder = new LongAdder();
        adder.Add(long.MaxValue);
        adder.Increment();
        Assert.Equal(long.MinValue, adder.Sum());
    }

    [Fact]
    public void Reset_AfterAdds_SumsToZero()
    {
        var adder = new LongAdder();
        adder.Add(2);
        adder.Reset();
        Assert.Equal(0, adder.Sum());
        adder.Increment();
        Assert.Equal(1, adder.Sum());
    }

    [Fact]
    public void SumThenReset_AfterAdds_ReturnsSumAndClears()
    {
        var adder = new LongAdder();
        adder.Add(2);
        Assert.Equal(2, adder.SumThenReset());
        Assert.Equal(0, adder.Sum());
        Assert.Equal(0, adder.SumThenReset());
    }

    [Fact]
    public void ToString_Sum_IsJavasLongText()
    {
        var adder = new LongAdder();
        Assert.Equal("0", adder.ToString());
        adder.Add(-1_234_567_890_123);
        Assert.Equal("-1234567890123", adder.ToString());
    }

    [Fact]
    public void NumberConversions_Sum_MatchJava()
    {
        var adder = new LongAdder();
        adder.Add((1L << 32) + 5);
        Assert.Equal((1L << 32) + 5, adder.LongValue());
        Assert.Equal(5, adder.IntValue());
        Assert.Equal((float)((1L << 32) + 5), adder.FloatValue());
        Assert.Equal((double)((1L << 32) + 5), adder.DoubleValue());
    }

    [Fact]
    public void Increment_TwoThreadsContending_CountsEveryIncrement()
    {
        // Two threads hammering one adder make its base compare-and-swap fail, so the striped cells carry most of
        // the count; the sum must still be exact once both have finished.
        var adder = new LongAdder();
        AtomicRace.Run(2, _ =>
        {
            for (var i = 0; i < Increments; i++)
            {
                adder.Increment();
            }
        });
        Assert.Equal(2 * Increments, adder.Sum());
        Assert.Equal(2 * Increments, adder.SumThenReset());
        Assert.Equal(0, adder.Sum());
    }

    [Fact]
    public void Add_FourThreadsMixedSigns_SumIsExact()
    {
        var adder = new LongAdder();
        AtomicRace.Run(4, n =>
        {
            for (var i = 0; i < Increments / 4; i++)
            {
                if (n % 2 == 0)
                {
                    adder.Add(3);
                }
                else
                {
                    adder.Decrement();
                }
            }
        });
        Assert.Equal((Increments / 4) * 4, adder.Sum());
    }

    [Fact]
    public void SumThenReset_WhileTwoThreadsAdd_LosesNoIncrement()
    {
        // Whatever one SumThenReset takes is gone from the adder; an increment that lands meanwhile shows in that
        // result or the next one, never in neither and never in both.
        var adder = new LongAdder();
        var harvested = 0L;
        var adders = new JThreading.Concurrent.CountDownLatch(2);
        var harvester = CheckedThread.Start(() =>
        {
            while (adders.GetCount() > 0)
            {
                harvested += adder.SumThenReset();
            }
        });
        AtomicRace.Run(2, _ =>
        {
            for (var i = 0; i < Increments; i++)
            {
                adder.Increment();
            }

            adders.CountDown();
        });
        harvester.Join();
        Assert.Equal(2 * Increments, harvested + adder.Sum());
    }

    [Fact]
    public void Sum_WhileTwoThreadsIncrement_NeverGoesDown()
    {
        var adder = new LongAdder();
        var done = new AtomicBoolean();
        var reader = CheckedThread.Start(() =>
        {
            var last = 0L;
            while (!done.Get())
            {
                var sum = adder.Sum();
                Assert.InRange(sum, last, 2L * Increments);
                last = sum;
            }
        });
        AtomicRace.Run(2, _ =>
        {
            for (var i = 0; i < Increments; i++)
            {
                adder.Increment();
            }
        });
        done.Set(true);
        reader.Join();
        Assert.Equal(2 * Increments, adder.Sum());
    }
}
