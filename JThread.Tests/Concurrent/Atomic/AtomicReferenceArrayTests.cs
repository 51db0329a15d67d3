using JThreading.Concurrent.Atomic;

namespace JThreading.Tests.Concurrent.Atomic;

/// <summary><see cref="AtomicReferenceArray{E}"/>, after the JSR-166 TCK's AtomicReferenceArrayTest, Atomic8Test and Atomic9Test.</summary>
public sealed class AtomicReferenceArrayTests
{
    private const int Size = 20;
    private const int Swaps = 20_000;

    [Fact]
    public void Constructor_Length_AllElementsNull()
    {
        var aa = new AtomicReferenceArray<string>(Size);
        Assert.Equal(Size, aa.Length());
        for (var i = 0; i < Size; i++)
        {
            Assert.Null(aa.Get(i));
        }
    }

    [Fact]
    public void Constructor_BadArguments_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new AtomicReferenceArray<string>(-1));
        Assert.Throws<ArgumentNullException>(() => new AtomicReferenceArray<string>(null!));
    }

    [Fact]
    public void Constructor_Array_CopiesTheElements()
    {
        string?[] source = ["a", null, "c"];
        var aa = new AtomicReferenceArray<string?>(source);
        source[0] = "changed";
        Assert.Equal(3, aa.Length());
        Assert.Equal("[a, null, c]", aa.ToString());
    }

    [Fact]
    public void Constructor_CovariantArray_StillTakesAnyElementOfTheDeclaredType()
    {
        // A string[] passed as object[]: Java copies it into an Object[], so any object may be stored afterwards.
        object[] strings = new string[] { "a", "b" };
        var aa = new AtomicReferenceArray<object>(strings);
        var other = new object();
        aa.Set(0, other);
        Assert.Same(other, aa.Get(0));
        var list = new List<int>();
        Assert.True(aa.CompareAndSet(1, strings[1], list));
        Assert.Same(list, aa.Get(1));
        Assert.Equal("b", strings[1]);
    }

    [Fact]
    public void Operations_IndexOutsideArray_Throw()
    {
        var aa = new AtomicReferenceArray<string>(Size);
        foreach (var index in new[] { -1, Size })
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => aa.Get(index));
            Assert.Throws<ArgumentOutOfRangeException>(() => aa.Set(index, "x"));
            Assert.Throws<ArgumentOutOfRangeException>(() => aa.LazySet(index, "x"));
            Assert.Throws<ArgumentOutOfRangeException>(() => aa.GetAndSet(index, "x"));
            Assert.Throws<ArgumentOutOfRangeException>(() => aa.CompareAndSet(index, null!, "x"));
            Assert.Throws<ArgumentOutOfRangeException>(() => aa.CompareAndExchange(index, null!, "x"));
            Assert.Throws<ArgumentOutOfRangeException>(() => aa.UpdateAndGet(index, v => v));
            Assert.Throws<ArgumentOutOfRangeException>(() => aa.GetAndAccumulate(index, "x", (v, _) => v));
            Assert.Throws<ArgumentOutOfRangeException>(() => aa.GetPlain(index));
            Assert.Throws<ArgumentOutOfRangeException>(() => aa.SetRelease(index, "x"));
        }
    }

    [Fact]
    public void Set_ThenGet_ReturnsEachValue()
    {
        var aa = new AtomicReferenceArray<string?>(Size);
        for (var i = 0; i < Size; i++)
        {
            aa.Set(i, "one");
            Assert.Equal("one", aa.Get(i));
            aa.LazySet(i, null);
            Assert.Null(aa.Get(i));
        }
    }

    [Fact]
    public void CompareAndSet_MatchingOrNot_SetsOnlyOnMatchByReference()
    {
        var one = new string('1', 1);
        var equalToOne = new string('1', 1);
        var aa = new AtomicReferenceArray<string?>([one]);
        Assert.False(aa.CompareAndSet(0, equalToOne, "two"));
        Assert.Same(one, aa.CompareAndExchange(0, equalToOne, "two"));
        Assert.True(aa.CompareAndSet(0, one, null));
        Assert.True(aa.WeakCompareAndSetPlain(0, null, one));
        Assert.True(aa.WeakCompareAndSetVolatile(0, one, equalToOne));
        Assert.True(aa.WeakCompareAndSetAcquire(0, equalToOne, one));
        Assert.True(aa.WeakCompareAndSetRelease(0, one, null));
        Assert.Null(aa.CompareAndExchangeAcquire(0, null, one));
        Assert.Same(one, aa.CompareAndExchangeRelease(0, one, equalToOne));
        Assert.Same(equalToOne, aa.Get(0));
    }

    [Fact]
    public void GetAndSet_Sequence_ReturnsEachPreviousValue()
    {
        var aa = new AtomicReferenceArray<string?>(1);
        Assert.Null(aa.GetAndSet(0, "a"));
        Assert.Equal("a", aa.GetAndSet(0, "b"));
        Assert.Equal("b", aa.GetAndSet(0, null));
    }

    [Fact]
    public void UpdateFunctions_Values_ReturnOldOrNewAsNamed()
    {
        var aa = new AtomicReferenceArray<string>(["a", "x"]);
        Assert.Equal("a", aa.GetAndUpdate(0, v => v + "b"));
        Assert.Equal("abc", aa.UpdateAndGet(0, v => v + "c"));
        Assert.Equal("abc", aa.GetAndAccumulate(0, "d", (v, x) => v + x));
        Assert.Equal("abcde", aa.AccumulateAndGet(0, "e", (v, x) => v + x));
        Assert.Equal("[abcde, x]", aa.ToString());
        Assert.Throws<ArgumentNullException>(() => aa.GetAndUpdate(0, null!));
        Assert.Throws<ArgumentNullException>(() => aa.UpdateAndGet(0, null!));
        Assert.Throws<ArgumentNullException>(() => aa.GetAndAccumulate(0, "f", null!));
        Assert.Throws<ArgumentNullException>(() => aa.AccumulateAndGet(0, "f", null!));
    }

    [Fact]
    public void UpdateAndGet_FunctionThrows_PropagatesAndLeavesElement()
    {
        var aa = new AtomicReferenceArray<string>(["a"]);
        Assert.Throws<InvalidOperationException>(() => aa.UpdateAndGet(0, _ => throw new InvalidOperationException()));
        Assert.Equal("a", aa.Get(0));
    }

    [Fact]
    public void PlainOpaqueAcquireRelease_SetThenGet_ReturnEachValue()
    {
        var aa = new AtomicReferenceArray<string>(1);
        aa.SetPlain(0, "p");
        Assert.Equal("p", aa.GetPlain(0));
        aa.SetOpaque(0, "o");
        Assert.Equal("o", aa.GetOpaque(0));
        aa.SetRelease(0, "r");
        Assert.Equal("r", aa.GetAcquire(0));
    }

    [Fact]
    public void ToString_ElementWhoseToStringThrows_DoesNotThrow()
    {
        var aa = new AtomicReferenceArray<object?>([1.ToString(System.Globalization.CultureInfo.InvariantCulture), new ThrowingToString(), null]);
        Assert.Equal("[1, <System.InvalidOperationException>, null]", aa.ToString());
    }

    [Fact]
    public void GetAndSet_TwoThreadsSwappingThroughEverySlot_EveryItemComesBackOnce()
    {
        var aa = new AtomicReferenceArray<Box?>(Size);
        var kept = new List<Box>[] { [], [] };
        AtomicRace.Run(2, n =>
        {
            for (var i = 0; i < Swaps; i++)
            {
                if (aa.GetAndSet(i % Size, new Box((n * Swaps) + i)) is { } previous)
                {
                    kept[n].Add(previous);
                }
            }
        });
        var left = Enumerable.Range(0, Size).Select(aa.Get).OfType<Box>();
        var all = kept[0].Concat(kept[1]).Concat(left).Select(box => box.Value);
        Assert.Equal(Enumerable.Range(0, 2 * Swaps), all.Order());
    }

    [Fact]
    public void CompareAndSet_InAnotherThread_WaitsForTheMainThreadsUpdate()
    {
        var aa = new AtomicReferenceArray<string>(["a", "a"]);
        var b = "b";
        var other = CheckedThread.Start(() =>
        {
            while (!aa.CompareAndSet(1, b, "c"))
            {
                Thread.Yield();
            }
        });
        Assert.True(aa.CompareAndSet(1, "a", b));
        other.Join();
        Assert.Equal("[a, c]", aa.ToString());
    }

    private sealed record Box(int Value);

    private sealed class ThrowingToString
    {
        public override string ToString() => throw new InvalidOperationException();
    }
}
