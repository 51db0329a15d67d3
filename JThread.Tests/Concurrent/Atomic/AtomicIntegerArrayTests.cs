using JThreading.Concurrent.Atomic;

namespace JThreading.Tests.Concurrent.Atomic;

/// <summary><see cref="AtomicIntegerArray"/>, after the JSR-166 TCK's AtomicIntegerArrayTest, Atomic8Test and Atomic9Test.</summary>
public sealed class AtomicIntegerArrayTests
{
    private const int Size = 20;
    private const int CountdownStart = 1_000;

    public static TheoryData<string> Operations => [.. s_operations.Keys];

    private static readonly Dictionary<string, Action<AtomicIntegerArray, int>> s_operations = new()
    {
        ["Get"] = (a, i) => a.Get(i),
        ["Set"] = (a, i) => a.Set(i, 1),
        ["LazySet"] = (a, i) => a.LazySet(i, 1),
        ["GetAndSet"] = (a, i) => a.GetAndSet(i, 1),
        ["CompareAndSet"] = (a, i) => a.CompareAndSet(i, 0, 1),
        ["CompareAndExchange"] = (a, i) => a.CompareAndExchange(i, 0, 1),
        ["WeakCompareAndSetPlain"] = (a, i) => a.WeakCompareAndSetPlain(i, 0, 1),
        ["GetAndIncrement"] = (a, i) => a.GetAndIncrement(i),
        ["GetAndDecrement"] = (a, i) => a.GetAndDecrement(i),
        ["GetAndAdd"] = (a, i) => a.GetAndAdd(i, 1),
        ["IncrementAndGet"] = (a, i) => a.IncrementAndGet(i),
        ["DecrementAndGet"] = (a, i) => a.DecrementAndGet(i),
        ["AddAndGet"] = (a, i) => a.AddAndGet(i, 1),
        ["UpdateAndGet"] = (a, i) => a.UpdateAndGet(i, v => v + 1),
        ["AccumulateAndGet"] = (a, i) => a.AccumulateAndGet(i, 1, (v, x) => v + x),
        ["GetPlain"] = (a, i) => a.GetPlain(i),
        ["SetRelease"] = (a, i) => a.SetRelease(i, 1),
        ["GetAcquire"] = (a, i) => a.GetAcquire(i),
    };

    [Fact]
    public void Constructor_Length_AllElementsZero()
    {
        var aa = new AtomicIntegerArray(Size);
        Assert.Equal(Size, aa.Length());
        for (var i = 0; i < Size; i++)
        {
            Assert.Equal(0, aa.Get(i));
        }
    }

    [Fact]
    public void Constructor_NegativeLength_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new AtomicIntegerArray(-1));

    [Fact]
    public void Constructor_NullArray_Throws() =>
        Assert.Throws<ArgumentNullException>(() => new AtomicIntegerArray(null!));

    [Fact]
    public void Constructor_Array_CopiesTheElements()
    {
        int[] source = [3, 1, 4, 1, 5];
        var aa = new AtomicIntegerArray(source);
        source[0] = 99;
        aa.Set(1, 42);
        Assert.Equal(5, aa.Length());
        Assert.Equal(3, aa.Get(0));
        Assert.Equal(1, source[1]);
        Assert.Equal("[3, 42, 4, 1, 5]", aa.ToString());
    }

    [Fact]
    public void Constructor_EmptyArray_IsEmpty()
    {
        var aa = new AtomicIntegerArray([]);
        Assert.Equal(0, aa.Length());
        Assert.Equal("[]", aa.ToString());
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public void Operation_IndexOutsideArray_ThrowsAndNamesIt(string operation)
    {
        var aa = new AtomicIntegerArray(Size);
        foreach (var index in new[] { -1, Size, int.MinValue })
        {
            var thrown = Assert.Throws<ArgumentOutOfRangeException>(() => s_operations[operation](aa, index));
            Assert.Contains($"Index {index} out of bounds for length {Size}", thrown.Message, StringComparison.Ordinal);
        }

        Assert.Equal(new AtomicIntegerArray(Size).ToString(), aa.ToString());
    }

    [Fact]
    public void Set_ThenGet_ReturnsEachValue()
    {
        var aa = new AtomicIntegerArray(Size);
        for (var i = 0; i < Size; i++)
        {
            aa.Set(i, 1);
            Assert.Equal(1, aa.Get(i));
            aa.LazySet(i, -3);
            Assert.Equal(-3, aa.Get(i));
        }
    }

    [Fact]
    public void Set_OneElement_LeavesItsNeighboursAlone()
    {
        var aa = new AtomicIntegerArray(3);
        aa.Set(1, 7);
        aa.IncrementAndGet(1);
        Assert.Equal("[0, 8, 0]", aa.ToString());
    }

    [Fact]
    public void CompareAndSet_MatchingOrNot_SetsOnlyOnMatch()
    {
        var aa = new AtomicIntegerArray(Size);
        for (var i = 0; i < Size; i++)
        {
            aa.Set(i, 1);
            Assert.True(aa.CompareAndSet(i, 1, 2));
            Assert.True(aa.CompareAndSet(i, 2, -4));
            Assert.False(aa.CompareAndSet(i, -5, 7));
            Assert.Equal(-4, aa.Get(i));
            Assert.True(aa.WeakCompareAndSetVolatile(i, -4, 5));
            Assert.True(aa.WeakCompareAndSetAcquire(i, 5, 6));
            Assert.True(aa.WeakCompareAndSetRelease(i, 6, 7));
            Assert.False(aa.WeakCompareAndSetPlain(i, 6, 8));
            Assert.Equal(7, aa.Get(i));
        }
    }

    [Fact]
    public void CompareAndExchange_MatchingOrNot_ReturnsWitnessValue()
    {
        var aa = new AtomicIntegerArray([1]);
        Assert.Equal(1, aa.CompareAndExchange(0, 1, 2));
        Assert.Equal(2, aa.CompareAndExchange(0, 1, 3));
        Assert.Equal(2, aa.CompareAndExchangeAcquire(0, 2, 4));
        Assert.Equal(4, aa.CompareAndExchangeRelease(0, 4, 5));
        Assert.Equal(5, aa.CompareAndExchangeRelease(0, 4, 6));
        Assert.Equal(5, aa.Get(0));
    }

    [Fact]
    public void ArithmeticOperations_EachElement_ReturnOldOrNewAsNamed()
    {
        var aa = new AtomicIntegerArray(Size);
        for (var i = 0; i < Size; i++)
        {
            aa.Set(i, 1);
            Assert.Equal(1, aa.GetAndSet(i, 0));
            Assert.Equal(0, aa.GetAndAdd(i, 3));
            Assert.Equal(3, aa.GetAndIncrement(i));
            Assert.Equal(4, aa.GetAndDecrement(i));
            Assert.Equal(5, aa.AddAndGet(i, 2));
            Assert.Equal(6, aa.IncrementAndGet(i));
            Assert.Equal(5, aa.DecrementAndGet(i));
            Assert.Equal(-1, aa.AddAndGet(i, -6));
        }
    }

    [Fact]
    public void IncrementAndGet_AtMaxValue_WrapsAsJava()
    {
        var aa = new AtomicIntegerArray([int.MaxValue]);
        Assert.Equal(int.MinValue, aa.IncrementAndGet(0));
        Assert.Equal(int.MaxValue, aa.DecrementAndGet(0));
    }

    [Fact]
    public void UpdateFunctions_Values_ReturnOldOrNewAsNamed()
    {
        var aa = new AtomicIntegerArray([1, 1]);
        Assert.Equal(1, aa.GetAndUpdate(1, v => v - 2));
        Assert.Equal(-3, aa.UpdateAndGet(1, v => v - 2));
        Assert.Equal(-3, aa.GetAndAccumulate(1, 3, (v, x) => v + x));
        Assert.Equal(7, aa.AccumulateAndGet(1, 7, Math.Max));
        Assert.Equal("[1, 7]", aa.ToString());
    }

    [Fact]
    public void UpdateFunctions_Null_Throw()
    {
        var aa = new AtomicIntegerArray(1);
        Assert.Throws<ArgumentNullException>(() => aa.GetAndUpdate(0, null!));
        Assert.Throws<ArgumentNullException>(() => aa.UpdateAndGet(0, null!));
        Assert.Throws<ArgumentNullException>(() => aa.GetAndAccumulate(0, 1, null!));
        Assert.Throws<ArgumentNullException>(() => aa.AccumulateAndGet(0, 1, null!));
    }

    [Fact]
    public void UpdateAndGet_FunctionThrows_PropagatesAndLeavesElement()
    {
        var aa = new AtomicIntegerArray([5]);
        Assert.Throws<InvalidOperationException>(() => aa.UpdateAndGet(0, _ => throw new InvalidOperationException()));
        Assert.Throws<InvalidOperationException>(() => aa.GetAndAccumulate(0, 1, (_, _) => throw new InvalidOperationException()));
        Assert.Equal(5, aa.Get(0));
    }

    [Fact]
    public void PlainOpaqueAcquireRelease_SetThenGet_ReturnEachValue()
    {
        var aa = new AtomicIntegerArray(2);
        aa.SetPlain(1, 2);
        Assert.Equal(2, aa.GetPlain(1));
        aa.SetOpaque(1, 3);
        Assert.Equal(3, aa.GetOpaque(1));
        aa.SetRelease(1, 4);
        Assert.Equal(4, aa.GetAcquire(1));
        Assert.Equal(0, aa.Get(0));
    }

    [Fact]
    public void ToString_Elements_IsJavasArraysToString()
    {
        int[] values = [-1, 0, int.MaxValue, int.MinValue];
        Assert.Equal("[-1, 0, 2147483647, -2147483648]", new AtomicIntegerArray(values).ToString());
    }

    [Fact]
    public void CompareAndSet_InAnotherThread_WaitsForTheMainThreadsUpdate()
    {
        var aa = new AtomicIntegerArray([1, 1]);
        var other = CheckedThread.Start(() =>
        {
            while (!aa.CompareAndSet(1, 2, 3))
            {
                Thread.Yield();
            }
        });
        Assert.True(aa.CompareAndSet(1, 1, 2));
        other.Join();
        Assert.Equal("[1, 3]", aa.ToString());
    }

    [Fact]
    public void CompareAndSet_TwoThreadsCountingEveryElementDown_TakeEachUnitOnce()
    {
        // Each thread sweeps the array taking one unit from any element above zero; between them they must take
        // exactly what was there, and leave every element at zero.
        var aa = new AtomicIntegerArray(Size);
        for (var i = 0; i < Size; i++)
        {
            aa.Set(i, CountdownStart);
        }

        var taken = new int[2];
        AtomicRace.Run(2, n =>
        {
            bool any;
            do
            {
                any = false;
                for (var i = 0; i < Size; i++)
                {
                    var v = aa.Get(i);
                    if (v > 0)
                    {
                        any = true;
                        if (aa.CompareAndSet(i, v, v - 1))
                        {
                            taken[n]++;
                        }
                    }
                }
            }
            while (any);
        });
        Assert.Equal(Size * CountdownStart, taken[0] + taken[1]);
        Assert.Equal(new AtomicIntegerArray(Size).ToString(), aa.ToString());
    }

    [Fact]
    public void IncrementAndGet_TwoThreadsOnSharedAndOwnElements_CountsEveryIncrement()
    {
        var aa = new AtomicIntegerArray(2);
        AtomicRace.Run(2, n =>
        {
            for (var i = 0; i < CountdownStart * 100; i++)
            {
                aa.GetAndIncrement(n);
                aa.IncrementAndGet(0);
            }
        });
        Assert.Equal(CountdownStart * 300, aa.Get(0));
        Assert.Equal(CountdownStart * 100, aa.Get(1));
    }
}
