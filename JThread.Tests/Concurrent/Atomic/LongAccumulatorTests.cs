using JThreading.Concurrent.Atomic;

namespace JThreading.Tests.Concurrent.Atomic;

/// <summary><see cref="LongAccumulator"/>, after the JSR-166 TCK's LongAccumulatorTest.</summary>
public sealed class LongAccumulatorTests
{
    private const int PerThread = 100_000;

    [Fact]
    public void Constructor_NullFunction_Throws() =>
        Assert.Throws<ArgumentNullException>(() => new LongAccumulator(null!, 0));

    [Fact]
    public void Get_NothingAccumulated_IsTheIdentity()
    {
        Assert.Equal(0, new LongAccumulator(Math.Max, 0).Get());
        Assert.Equal(long.MaxValue, new LongAccumulator(Math.Min, long.MaxValue).Get());
    }

    [Fact]
    public void Accumulate_Maximum_KeepsTheLargest()
    {
        var acc = new LongAccumulator(Math.Max, 0);
        acc.Accumulate(2);
        Assert.Equal(2, acc.Get());
        acc.Accumulate(-4);
        Assert.Equal(2, acc.Get());
        acc.Accumulate(4);
        Assert.Equal(4, acc.Get());
    }

    [Fact]
    public void Accumulate_NonCommutativeLookingSum_FoldsEveryValue()
    {
        var acc = new LongAccumulator((current, x) => current + (x * 10), 0);
        acc.Accumulate(1);
        acc.Accumulate(2);
        Assert.Equal(30, acc.Get());
    }

    [Fact]
    public void Reset_AfterAccumulate_ReturnsToTheIdentity()
    {
        var acc = new LongAccumulator(Math.Max, -1);
        acc.Accumulate(2);
        acc.Reset();
        Assert.Equal(-1, acc.Get());
        acc.Accumulate(-5);
        Assert.Equal(-1, acc.Get());
    }

    [Fact]
    public void GetThenReset_AfterAccumulate_ReturnsValueAndResets()
    {
        var acc = new LongAccumulator(Math.Max, 0);
        acc.Accumulate(2);
        Assert.Equal(2, acc.GetThenReset());
        Assert.Equal(0, acc.Get());
        acc.Accumulate(-4);
        Assert.Equal(0, acc.GetThenReset());
    }

    [Fact]
    public void ToStringAndConversions_Value_MatchJava()
    {
        var acc = new LongAccumulator(Math.Max, 0);
        Assert.Equal("0", acc.ToString());
        acc.Accumulate((1L << 33) + 1);
        Assert.Equal("8589934593", acc.ToString());
        Assert.Equal((1L << 33) + 1, acc.LongValue());
        Assert.Equal(1, acc.IntValue());
        Assert.Equal((float)((1L << 33) + 1), acc.FloatValue());
        Assert.Equal((double)((1L << 33) + 1), acc.DoubleValue());
    }

    [Fact]
    public void Accumulate_FunctionThrows_PropagatesAndLeavesValue()
    {
        var fail = false;
        var acc = new LongAccumulator((a, b) => fail ? throw new InvalidOperationException("boom") : a + b, 0);
        acc.Accumulate(5);
        fail = true;
        Assert.Equal("boom", Assert.Throws<InvalidOperationException>(() => acc.Accumulate(1)).Message);
        fail = false;
        Assert.Equal(5, acc.Get());
    }

    [Fact]
    public void Accumulate_ValueLeftUnchanged_DoesNotWrite()
    {
        // Java skips the write when the function returns the current value: a maximum that is already larger
        // is left alone, so readers racing it never see a store.
        var calls = 0;
        var acc = new LongAccumulator(
            (a, b) =>
            {
                calls++;
                return Math.Max(a, b);
            },
            10);
        acc.Accumulate(3);
        Assert.Equal(1, calls);
        Assert.Equal(10, acc.Get());
    }

    [Fact]
    public void Accumulate_TwoThreadsRacingForTheMaximum_KeepsTheLargest()
    {
        var acc = new LongAccumulator(Math.Max, long.MinValue);
        AtomicRace.Run(2, n =>
        {
            for (var i = 0; i < PerThread; i++)
            {
                acc.Accumulate((i * 2) + n);
            }
        });
        Assert.Equal((2 * PerThread) - 1, acc.Get());
    }

    [Fact]
    public void Accumulate_TwoThreadsSumming_CountsEveryValue()
    {
        // Under contention the values go to striped cells that start from the identity: a sum with identity 0 must
        // still be exact.
        var acc = new LongAccumulator((a, b) => a + b, 0);
        AtomicRace.Run(2, _ =>
        {
            for (var i = 0; i < PerThread; i++)
            {
                acc.Accumulate(1);
            }
        });
        Assert.Equal(2 * PerThread, acc.Get());
    }

    [Fact]
    public void Accumulate_TwoThreadsMinimumWithRealIdentity_KeepsTheSmallest()
    {
        var acc = new LongAccumulator(Math.Min, long.MaxValue);
        AtomicRace.Run(2, n =>
        {
            for (var i = PerThread; i > 0; i--)
            {
                acc.Accumulate((i * 2) + n);
            }
        });
        Assert.Equal(2, acc.Get());
        Assert.Equal(2, acc.GetThenReset());
        Assert.Equal(long.MaxValue, acc.Get());
    }
}
