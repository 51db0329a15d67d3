using JThreading.Concurrent.Atomic;

namespace JThreading.Tests.Concurrent.Atomic;

/// <summary><see cref="AtomicReference{V}"/>, after the JSR-166 TCK's AtomicReferenceTest, Atomic8Test and Atomic9Test.</summary>
public sealed class AtomicReferenceTests
{
    private const int Pushes = 20_000;

    private static readonly Item s_one = new(1);
    private static readonly Item s_two = new(2);
    private static readonly Item s_three = new(3);

    [Fact]
    public void Constructor_NoArgument_HoldsNull() => Assert.Null(new AtomicReference<Item>().Get());

    [Fact]
    public void Constructor_InitialValue_HoldsIt() => Assert.Same(s_one, new AtomicReference<Item>(s_one).Get());

    [Fact]
    public void Set_ThenGet_ReturnsEachValue()
    {
        var ar = new AtomicReference<Item?>(s_one);
        ar.Set(s_two);
        Assert.Same(s_two, ar.Get());
        ar.Set(null);
        Assert.Null(ar.Get());
    }

    [Fact]
    public void LazySet_ThenGet_ReturnsEachValue()
    {
        var ar = new AtomicReference<Item>(s_one);
        ar.LazySet(s_two);
        Assert.Same(s_two, ar.Get());
        ar.LazySet(s_three);
        Assert.Same(s_three, ar.Get());
    }

    [Fact]
    public void CompareAndSet_MatchingOrNot_SetsOnlyOnMatch()
    {
        var ar = new AtomicReference<Item?>(s_one);
        Assert.True(ar.CompareAndSet(s_one, s_two));
        Assert.True(ar.CompareAndSet(s_two, null));
        Assert.Null(ar.Get());
        Assert.False(ar.CompareAndSet(s_two, s_three));
        Assert.Null(ar.Get());
        Assert.True(ar.CompareAndSet(null, s_three));
        Assert.Same(s_three, ar.Get());
    }

    [Fact]
    public void CompareAndSet_EqualButDifferentObject_DoesNotMatch()
    {
        // Java compares with ==: an equal value that is another object is not the expected one.
        var original = new string('x', 3);
        var equalCopy = new string('x', 3);
        var ar = new AtomicReference<string>(original);
        Assert.Equal(original, equalCopy);
        Assert.False(ar.CompareAndSet(equalCopy, "new"));
        Assert.Same(original, ar.CompareAndExchange(equalCopy, "new"));
        Assert.Same(original, ar.Get());
        Assert.True(ar.CompareAndSet(original, "new"));
    }

    [Fact]
    public void CompareAndSet_ValueWithEqualsOverride_ComparesReferencesOnly()
    {
        var ar = new AtomicReference<Item>(new Item(5));
        Assert.False(ar.CompareAndSet(new Item(5), s_one));
        Assert.Equal(5, ar.Get().Value);
    }

    [Fact]
    public void WeakCompareAndSet_AllForms_SetOnMatch()
    {
        var ar = new AtomicReference<Item>(s_one);
        Assert.True(ar.WeakCompareAndSetPlain(s_one, s_two));
        Assert.True(ar.WeakCompareAndSetVolatile(s_two, s_three));
        Assert.True(ar.WeakCompareAndSetAcquire(s_three, s_one));
        Assert.True(ar.WeakCompareAndSetRelease(s_one, s_two));
        Assert.False(ar.WeakCompareAndSetVolatile(s_one, s_three));
        Assert.Same(s_two, ar.Get());
    }

    [Fact]
    public void CompareAndExchange_MatchingOrNot_ReturnsWitnessValue()
    {
        var ar = new AtomicReference<Item>(s_one);
        Assert.Same(s_one, ar.CompareAndExchange(s_one, s_two));
        Assert.Same(s_two, ar.CompareAndExchange(s_one, s_three));
        Assert.Same(s_two, ar.CompareAndExchangeAcquire(s_two, s_three));
        Assert.Same(s_three, ar.CompareAndExchangeRelease(s_three, s_one));
        Assert.Same(s_one, ar.CompareAndExchangeRelease(s_three, s_two));
        Assert.Same(s_one, ar.Get());
    }

    [Fact]
    public void GetAndSet_Sequence_ReturnsEachPreviousValue()
    {
        var ar = new AtomicReference<Item?>(s_one);
        Assert.Same(s_one, ar.GetAndSet(null));
        Assert.Null(ar.GetAndSet(s_two));
        Assert.Same(s_two, ar.GetAndSet(s_one));
    }

    [Fact]
    public void UpdateFunctions_Values_ReturnOldOrNewAsNamed()
    {
        var ar = new AtomicReference<Item>(s_one);
        Assert.Same(s_one, ar.GetAndUpdate(v => new Item(v.Value + 1)));
        Assert.Equal(2, ar.Get().Value);
        Assert.Equal(3, ar.UpdateAndGet(v => new Item(v.Value + 1)).Value);
        Assert.Equal(3, ar.GetAndAccumulate(new Item(10), (v, x) => new Item(v.Value + x.Value)).Value);
        Assert.Equal(14, ar.AccumulateAndGet(new Item(1), (v, x) => new Item(v.Value + x.Value)).Value);
        Assert.Equal(14, ar.Get().Value);
    }

    [Fact]
    public void UpdateFunctions_Null_Throw()
    {
        var ar = new AtomicReference<Item>(s_one);
        Assert.Throws<ArgumentNullException>(() => ar.GetAndUpdate(null!));
        Assert.Throws<ArgumentNullException>(() => ar.UpdateAndGet(null!));
        Assert.Throws<ArgumentNullException>(() => ar.GetAndAccumulate(s_two, null!));
        Assert.Throws<ArgumentNullException>(() => ar.AccumulateAndGet(s_two, null!));
        Assert.Same(s_one, ar.Get());
    }

    [Fact]
    public void UpdateAndGet_FunctionThrows_PropagatesAndLeavesValue()
    {
        var ar = new AtomicReference<Item>(s_one);
        Assert.Throws<InvalidOperationException>(() => ar.UpdateAndGet(_ => throw new InvalidOperationException()));
        Assert.Throws<InvalidOperationException>(() => ar.AccumulateAndGet(s_two, (_, _) => throw new InvalidOperationException()));
        Assert.Same(s_one, ar.Get());
    }

    [Fact]
    public void UpdateAndGet_ValueChangedWhileFunctionRuns_ReappliesToTheNewValue()
    {
        var ar = new AtomicReference<Item>(s_one);
        var seen = new List<Item>();
        var result = ar.UpdateAndGet(v =>
        {
            seen.Add(v);
            if (seen.Count == 1)
            {
                TestThreads.RunOnDaemon(() => ar.Set(s_two));
            }

            return new Item(v.Value * 10);
        });
        Assert.Equal([s_one, s_two], seen);
        Assert.Equal(20, result.Value);
        Assert.Same(result, ar.Get());
    }

    [Fact]
    public void PlainOpaqueAcquireRelease_SetThenGet_ReturnEachValue()
    {
        var ar = new AtomicReference<Item>(s_one);
        Assert.Same(s_one, ar.GetPlain());
        ar.SetPlain(s_two);
        Assert.Same(s_two, ar.GetPlain());
        ar.SetOpaque(s_three);
        Assert.Same(s_three, ar.GetOpaque());
        ar.SetRelease(s_one);
        Assert.Same(s_one, ar.GetAcquire());
    }

    [Fact]
    public void ToString_ValueOrNull_IsJavasStringValueOf()
    {
        var ar = new AtomicReference<Item?>(s_two);
        Assert.Equal("Item(2)", ar.ToString());
        ar.Set(null);
        Assert.Equal("null", ar.ToString());
    }

    [Fact]
    public void ToString_ValueWhoseToStringThrows_DoesNotThrow()
    {
        var ar = new AtomicReference<object>(new ThrowingToString());
        Assert.Equal("<System.InvalidOperationException>", ar.ToString());
    }

    [Fact]
    public void CompareAndSet_InAnotherThread_WaitsForTheMainThreadsUpdate()
    {
        var ar = new AtomicReference<Item>(s_one);
        var other = CheckedThread.Start(() =>
        {
            while (!ar.CompareAndSet(s_two, s_three))
            {
                Thread.Yield();
            }
        });
        Assert.True(ar.CompareAndSet(s_one, s_two));
        other.Join();
        Assert.Same(s_three, ar.Get());
    }

    [Fact]
    public void UpdateAndGet_TwoThreadsPushingOntoAStack_LosesNoNode()
    {
        // A Treiber stack: each push is a read-modify-CAS of the head, so a lost update drops a node.
        var head = new AtomicReference<Node?>();
        AtomicRace.Run(2, n =>
        {
            for (var i = 0; i < Pushes; i++)
            {
                var value = (n * Pushes) + i;
                head.UpdateAndGet(old => new Node(value, old));
            }
        });
        var values = new List<int>();
        for (var node = head.Get(); node is not null; node = node.Next)
        {
            values.Add(node.Value);
        }

        Assert.Equal(Enumerable.Range(0, 2 * Pushes), values.Order());
    }

    [Fact]
    public void GetAndSet_TwoThreadsSwappingTheirOwnItems_EveryItemComesBackOnce()
    {
        // Each thread puts its items in and keeps whatever comes out; at the end every item is held exactly once.
        var slot = new AtomicReference<Item?>();
        var collected = new List<Item>[] { [], [] };
        AtomicRace.Run(2, n =>
        {
            for (var i = 0; i < Pushes; i++)
            {
                if (slot.GetAndSet(new Item((n * Pushes) + i)) is { } previous)
                {
                    collected[n].Add(previous);
                }
            }
        });
        var all = collected[0].Concat(collected[1]).Append(slot.Get()!).Select(item => item.Value);
        Assert.Equal(Enumerable.Range(0, 2 * Pushes), all.Order());
    }

    /// <summary>A value with value equality, to show the compare operations ignore it.</summary>
    public sealed record Item(int Value)
    {
        public override string ToString() => $"Item({Value})";
    }

    private sealed record Node(int Value, Node? Next);

    private sealed class ThrowingToString
    {
        public override string ToString() => throw new InvalidOperationException();
    }
}
