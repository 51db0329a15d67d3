using JThreading.Concurrent.Atomic;

namespace JThreading.Tests.Concurrent.Atomic;

/// <summary>
/// <see cref="AtomicLongArray"/>, after the JSR-166 TCK's AtomicLongArrayTest: the operations with values beyond the
/// <see cref="int"/> range (the index checks and the shared element logic are those of <see cref="AtomicIntegerArrayTests"/>).
/// </summary>
public sealed class AtomicLongArrayTests
{
    private const long Big = 1L << 40;
    private const int Increments = 100_000;

    [Fact]
    public void Constructor_Length_AllElementsZero()
    {
        var aa = new AtomicLongArray(3);
        Assert.Equal(3, aa.Length());
        Assert.Equal("[0, 0, 0]", aa.ToString());
    }

    [Fact]
    public void Constructor_BadArguments_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new AtomicLongArray(-1));
        Assert.Throws<ArgumentNullException>(() => new AtomicLongArray(null!));
    }

    [Fact]
    public void Constructor_Array_CopiesTheElements()
    {
        long[] source = [Big, -Big];
        var aa = new AtomicLongArray(source);
        source[0] = 0;
        Assert.Equal(Big, aa.Get(0));
        Assert.Equal(-Big, aa.Get(1));
    }

    [Fact]
    public void Get_IndexOutsideArray_Throws()
    {
        var aa = new AtomicLongArray(2);
        Assert.Throws<ArgumentOutOfRangeException>(() => aa.Get(2));
        Assert.Throws<ArgumentOutOfRangeException>(() => aa.AddAndGet(-1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => aa.CompareAndSet(2, 0, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => aa.UpdateAndGet(2, v => v));
    }

    [Fact]
    public void ArithmeticOperations_BeyondIntRange_KeepAllSixtyFourBits()
    {
        var aa = new AtomicLongArray(1);
        aa.Set(0, Big);
        Assert.Equal(Big, aa.GetAndAdd(0, Big));
        Assert.Equal(3 * Big, aa.AddAndGet(0, Big));
        Assert.Equal(3 * Big, aa.GetAndIncrement(0));
        Assert.Equal((3 * Big) + 1, aa.GetAndDecrement(0));
        Assert.Equal((3 * Big) + 1, aa.IncrementAndGet(0));
        Assert.Equal(3 * Big, aa.DecrementAndGet(0));
        Assert.Equal(3 * Big, aa.GetAndSet(0, -Big));
        Assert.Equal(-Big, aa.Get(0));
    }

    [Fact]
    public void CompareAndSet_BeyondIntRange_ComparesAllSixtyFourBits()
    {
        var aa = new AtomicLongArray([Big]);
        Assert.False(aa.CompareAndSet(0, 0, 1));
        Assert.False(aa.CompareAndSet(0, Big + 1, 1));
        Assert.True(aa.CompareAndSet(0, Big, Big + 1));
        Assert.Equal(Big + 1, aa.CompareAndExchange(0, Big, 0));
        Assert.Equal(Big + 1, aa.CompareAndExchangeAcquire(0, Big + 1, 2));
        Assert.Equal(2, aa.CompareAndExchangeRelease(0, 3, 4));
        Assert.True(aa.WeakCompareAndSetPlain(0, 2, 5));
        Assert.True(aa.WeakCompareAndSetVolatile(0, 5, 6));
        Assert.True(aa.WeakCompareAndSetAcquire(0, 6, 7));
        Assert.True(aa.WeakCompareAndSetRelease(0, 7, 8));
        Assert.Equal(8, aa.Get(0));
    }

    [Fact]
    public void IncrementAndGet_AtMaxValue_WrapsAsJava()
    {
        var aa = new AtomicLongArray([long.MaxValue]);
        Assert.Equal(long.MinValue, aa.IncrementAndGet(0));
        Assert.Equal(long.MaxValue, aa.DecrementAndGet(0));
    }

    [Fact]
    public void UpdateFunctions_Values_ReturnOldOrNewAsNamed()
    {
        var aa = new AtomicLongArray([Big]);
        Assert.Equal(Big, aa.GetAndUpdate(0, v => v * 2));
        Assert.Equal(4 * Big, aa.UpdateAndGet(0, v => v * 2));
        Assert.Equal(4 * Big, aa.GetAndAccumulate(0, Big, (v, x) => v - x));
        Assert.Equal(3 * Big, aa.AccumulateAndGet(0, 1, Math.Max));
        Assert.Throws<ArgumentNullException>(() => aa.UpdateAndGet(0, null!));
        Assert.Throws<ArgumentNullException>(() => aa.AccumulateAndGet(0, 1, null!));
    }

    [Fact]
    public void PlainOpaqueAcquireRelease_SetThenGet_ReturnEachValue()
    {
        var aa = new AtomicLongArray(1);
        aa.SetPlain(0, Big);
        Assert.Equal(Big, aa.GetPlain(0));
        aa.SetOpaque(0, -Big);
        Assert.Equal(-Big, aa.GetOpaque(0));
        aa.SetRelease(0, long.MinValue);
        Assert.Equal(long.MinValue, aa.GetAcquire(0));
        aa.LazySet(0, 1);
        Assert.Equal(1, aa.Get(0));
    }

    [Fact]
    public void ToString_Elements_IsJavasArraysToString() =>
        Assert.Equal("[-9223372036854775808, 1099511627776, 9223372036854775807]", new AtomicLongArray([long.MinValue, Big, long.MaxValue]).ToString());

    [Fact]
    public void AddAndGet_TwoThreadsAddingAcrossTheIntRange_CountsEveryAdd()
    {
        var aa = new AtomicLongArray(2);
        AtomicRace.Run(2, n =>
        {
            for (var i = 0; i < Increments; i++)
            {
                aa.AddAndGet(0, Big);
                aa.GetAndUpdate(1, v => v + 1);
            }
        });
        Assert.Equal(2 * Increments * Big, aa.Get(0));
        Assert.Equal(2 * Increments, aa.Get(1));
    }
}
