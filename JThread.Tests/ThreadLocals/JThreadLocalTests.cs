using System.Runtime.CompilerServices;

namespace JThreading.Tests.ThreadLocals;

/// <summary>
/// <see cref="JThreadLocal{T}"/>, Java's <c>ThreadLocal</c>: one value per thread, from <c>InitialValue</c> on a
/// thread's first <c>Get</c>. The cases re-express OpenJDK's ThreadLocal/TLRemoveTest.java,
/// ThreadLocalSupplierTest.java and TestThreadId.java, plus the weak keys of <c>ThreadLocalMap</c>.
/// </summary>
public sealed class JThreadLocalTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Get_NeverSet_ReturnsDefault(bool inheritable)
    {
        Assert.Null((inheritable ? new InheritableThreadLocal<string>() : new JThreadLocal<string>()).Get());
        Assert.Equal(0, (inheritable ? new InheritableThreadLocal<int>() : new JThreadLocal<int>()).Get());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Get_Repeated_CallsInitialValueOnce(bool inheritable)
    {
        var local = Counting(inheritable);

        Assert.Equal(CountingLocal.Initial, local.Get());
        Assert.Equal(CountingLocal.Initial, local.Get());

        Assert.Equal(1, local.InitialCalls);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Get_AfterSet_ReturnsValueWithoutCallingInitialValue(bool inheritable)
    {
        var local = Counting(inheritable);

        local.Set(42);

        Assert.Equal(42, local.Get());
        Assert.Equal(0, local.InitialCalls);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Remove_ThenGet_CallsInitialValueAgain(bool inheritable)
    {
        var local = Counting(inheritable);
        local.Set(42);

        local.Remove();
        Assert.Equal(CountingLocal.Initial, local.Get());
        local.Remove();
        Assert.Equal(CountingLocal.Initial, local.Get());

        Assert.Equal(2, local.InitialCalls);
    }

    [Fact]
    public void Remove_NoValue_DoesNothing() => TestThreads.RunOnDaemon(() =>
    {
        var local = new CountingLocal();

        local.Remove();
        local.Remove();

        Assert.Equal(0, local.InitialCalls);
        Assert.Equal(CountingLocal.Initial, local.Get());
    });

    [Fact]
    public void Get_TwoThreads_EachHasItsOwnValue()
    {
        var local = new CountingLocal();
        local.Set(1);
        using var bothSet = new Barrier(2);
        int? first = null, second = null;

        var a = CheckedThread.Start(() => { local.Set(10); bothSet.SignalAndWait(); first = local.Get(); });
        var b = CheckedThread.Start(() => { local.Set(20); bothSet.SignalAndWait(); second = local.Get(); });
        a.Join();
        b.Join();

        Assert.Equal(10, first);
        Assert.Equal(20, second);
        Assert.Equal(1, local.Get());
    }

    [Fact]
    public void Get_TwoLocalsOnOneThread_AreIndependent()
    {
        var one = new JThreadLocal<string>();
        var two = new JThreadLocal<string>();

        one.Set("one");
        two.Set("two");
        one.Remove();

        Assert.Null(one.Get());
        Assert.Equal("two", two.Get());
    }

    [Fact]
    public void WithInitial_Get_CallsSupplierOncePerThread()
    {
        var calls = 0;
        var local = JThreadLocal<string>.WithInitial(() => "supplied-" + Interlocked.Increment(ref calls));
        string? childValue = null;

        Assert.Equal("supplied-1", local.Get());
        Assert.Equal("supplied-1", local.Get());
        CheckedThread.Run(() => childValue = local.Get());

        // A plain thread-local is not inherited: the child called the supplier itself.
        Assert.Equal("supplied-2", childValue);
        Assert.Equal(2, calls);
        local.Remove();
        Assert.Equal("supplied-3", local.Get());
    }

    [Fact]
    public void WithInitial_Null_ThrowsArgumentNullException() =>
        Assert.Throws<ArgumentNullException>(() => JThreadLocal<string>.WithInitial(null!));

    [Fact]
    public void Get_InitialValueThrows_PropagatesAndStoresNothing()
    {
        var calls = 0;
        var local = JThreadLocal<int>.WithInitial(() =>
            Interlocked.Increment(ref calls) == 1 ? throw new InvalidOperationException("first") : 5);

        var thrown = Assert.Throws<InvalidOperationException>(() => local.Get());

        // Unlike .NET's ThreadLocal<T>, the failure is not cached: the next Get asks again.
        Assert.Equal("first", thrown.Message);
        Assert.Equal(5, local.Get());
        Assert.Equal(2, calls);
    }

    [Fact]
    public void Get_InitialValueCallsSet_InitialValueWins()
    {
        var local = new SettingInInitialValueLocal();

        // Java's setInitialValue stores what initialValue returned, over a set made while it ran.
        Assert.Equal(1, local.Get());
        Assert.Equal(1, local.Get());
    }

    [Fact]
    public void Get_InitialValueReadsAnotherLocal_BothStored()
    {
        var inner = new CountingLocal();
        var outer = JThreadLocal<int>.WithInitial(() => inner.Get() + 1);

        Assert.Equal(CountingLocal.Initial + 1, outer.Get());
        Assert.Equal(CountingLocal.Initial, inner.Get());
        Assert.Equal(1, inner.InitialCalls);
    }

    [Fact]
    public void Get_ThreadIdPattern_EachThreadGetsADistinctId()
    {
        // TestThreadId.java: a counter handed out through initialValue gives every thread its own id.
        var next = 0;
        var id = JThreadLocal<int>.WithInitial(() => Interlocked.Increment(ref next));
        var seen = new int[8];
        var threads = new CheckedThread[seen.Length];

        for (var i = 0; i < threads.Length; i++)
        {
            var slot = i;
            threads[i] = CheckedThread.Start(() => seen[slot] = id.Get() == id.Get() ? id.Get() : -1);
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }

        Assert.Equal(seen.Length, seen.Distinct().Count());
        Assert.All(seen, value => Assert.InRange(value, 1, seen.Length));
    }

    [Fact]
    public void Constructor_ParentHasPlainValue_ChildDoesNotInherit()
    {
        var plain = new CountingLocal();
        var inheritable = new InheritableThreadLocal<int>();
        plain.Set(7);
        inheritable.Set(7);
        int? childPlain = null, childInheritable = null;

        CheckedThread.Run(() => { childPlain = plain.Get(); childInheritable = inheritable.Get(); });

        Assert.Equal(CountingLocal.Initial, childPlain);
        Assert.Equal(7, childInheritable);
    }

    [Fact]
    public void InheritableThreadLocal_ThroughBaseReference_BehavesAsInheritable()
    {
        JThreadLocal<string> local = new InheritableThreadLocal<string>();
        local.Set("parent");
        string? childValue = null;

        CheckedThread.Run(() => childValue = local.Get());

        Assert.Equal("parent", childValue);
        local.Remove();
        Assert.Null(local.Get());
    }

    [Fact]
    public void InheritableThreadLocal_AndPlainLocal_KeepSeparateValues()
    {
        var inheritable = InheritableThreadLocal<string>.WithInitial(() => "inheritable");
        var plain = JThreadLocal<string>.WithInitial(() => "plain");

        Assert.IsType<InheritableThreadLocal<string>>(inheritable, exactMatch: false);
        Assert.Equal("inheritable", inheritable.Get());
        Assert.Equal("plain", plain.Get());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Get_OnRawDotNetThread_KeepsValuePerThread(bool inheritable)
    {
        // A raw .NET thread has no parent JThread to copy from, so even an inheritable local starts from InitialValue.
        var local = Counting(inheritable);
        local.Set(7);
        int? rawFirst = null, rawAfterSet = null;
        var raw = new Thread(() =>
        {
            rawFirst = local.Get();
            local.Set(9);
            rawAfterSet = local.Get();
        }) { IsBackground = true };

        raw.Start();
        Assert.True(raw.Join(TestTimeouts.UnexpectedTimeout), "the raw thread did not end in time");

        Assert.Equal(CountingLocal.Initial, rawFirst);
        Assert.Equal(9, rawAfterSet);
        Assert.Equal(7, local.Get());
    }

    [Fact]
    public async Task Get_OnThreadPoolThread_Works()
    {
        var local = JThreadLocal<string>.WithInitial(() => "pool");

        var value = await Task.Run(() =>
        {
            var first = local.Get();
            local.Remove();
            return first;
        });

        Assert.Equal("pool", value);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Set_OnJThreadThatEnded_ValueIsReleased(bool inheritable)
    {
        var local = inheritable ? new InheritableThreadLocal<object>() : new JThreadLocal<object>();

        var (thread, value) = EndThreadHoldingValue(local, useJThread: true);

        AssertCollected(value, "the ended JThread's value is garbage-collected");
        GC.KeepAlive(thread);
        GC.KeepAlive(local);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Set_OnRawDotNetThreadThatEnded_ValueIsReleased(bool inheritable)
    {
        var local = inheritable ? new InheritableThreadLocal<object>() : new JThreadLocal<object>();

        var (thread, value) = EndThreadHoldingValue(local, useJThread: false);

        AssertCollected(value, "the ended raw thread's value is garbage-collected");
        GC.KeepAlive(thread);
        GC.KeepAlive(local);
    }

    [Fact]
    public void Set_LocalDroppedWhileThreadLives_ValueIsReleased() => TestThreads.RunOnDaemon(() =>
    {
        var kept = new JThreadLocal<object>();
        kept.Set(new object());

        var (local, value) = SetOnDroppedLocal();

        // Weak keys, as in Java's ThreadLocalMap: the value goes with its thread-local while the thread runs on.
        AssertCollected(local, "the dropped thread-local is garbage-collected");
        AssertCollected(value, "the dropped thread-local's value is garbage-collected");
        Assert.NotNull(kept.Get());
    });

    [Fact]
    public void Set_ValueReferencesItsOwnLocal_BothReleasedWhenDropped() => TestThreads.RunOnDaemon(() =>
    {
        var (local, value) = SetSelfReferencingValue();

        // Unlike Java's map, a value pointing back at its key does not keep the pair alive.
        AssertCollected(local, "the self-referenced thread-local is garbage-collected");
        AssertCollected(value, "the value that referenced its thread-local is garbage-collected");
    });

    [Fact]
    public void Get_RacingSetsOnTwoThreads_NoThreadSeesTheOthersValue()
    {
        var local = new JThreadLocal<int>();
        const int rounds = 20_000;
        var mismatches = 0;

        void Run(int offset)
        {
            for (var i = 0; i < rounds; i++)
            {
                local.Set(offset + i);
                if (local.Get() != offset + i)
                {
                    Interlocked.Increment(ref mismatches);
                }

                if (i % 7 == 0)
                {
                    local.Remove();
                }
            }
        }

        var a = CheckedThread.Start(() => Run(0));
        var b = CheckedThread.Start(() => Run(1_000_000));
        a.Join();
        b.Join();

        Assert.Equal(0, mismatches);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (JThread? Thread, WeakReference Value) EndThreadHoldingValue(JThreadLocal<object> local, bool useJThread)
    {
        WeakReference? weak = null;
        JThread? current = null;
        void Body()
        {
            var value = new object();
            local.Set(value);
            weak = new WeakReference(value);
            current = JThread.CurrentThread();
        }

        if (useJThread)
        {
            CheckedThread.Run(Body);
        }
        else
        {
            var raw = new Thread(Body) { IsBackground = true };
            raw.Start();
            Assert.True(raw.Join(TestTimeouts.UnexpectedTimeout), "the raw thread did not end in time");
        }

        Assert.NotNull(current);
        return (current, weak!);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (WeakReference Local, WeakReference Value) SetOnDroppedLocal()
    {
        var local = new JThreadLocal<object>();
        var value = new object();
        local.Set(value);
        return (new WeakReference(local), new WeakReference(value));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (WeakReference Local, WeakReference Value) SetSelfReferencingValue()
    {
        var local = new JThreadLocal<object>();
        var value = new StrongBox<object>(local);
        local.Set(value);
        return (new WeakReference(local), new WeakReference(value));
    }

    private static void AssertCollected(WeakReference reference, string because) =>
        TestWait.Until(() =>
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            return !reference.IsAlive;
        }, because);

    /// <summary>A counting local of either kind: a plain one or an inheritable one.</summary>
    private static ICountingLocal Counting(bool inheritable) => inheritable ? new CountingInheritableLocal() : new CountingLocal();

    /// <summary>A thread-local of <see cref="int"/> that counts its <c>InitialValue</c> calls.</summary>
    private interface ICountingLocal
    {
        int InitialCalls { get; }

        int Get();

        void Set(int value);

        void Remove();
    }

    /// <summary>Counts its <see cref="InitialValue"/> calls.</summary>
    private sealed class CountingLocal : JThreadLocal<int>, ICountingLocal
    {
        public const int Initial = 1000;

        private int _initialCalls;

        public int InitialCalls => Volatile.Read(ref _initialCalls);

        protected override int InitialValue()
        {
            Interlocked.Increment(ref _initialCalls);
            return Initial;
        }
    }

    /// <summary>The inheritable kind of <see cref="CountingLocal"/>, with the same initial value.</summary>
    private sealed class CountingInheritableLocal : InheritableThreadLocal<int>, ICountingLocal
    {
        private int _initialCalls;

        public int InitialCalls => Volatile.Read(ref _initialCalls);

        protected override int InitialValue()
        {
            Interlocked.Increment(ref _initialCalls);
            return CountingLocal.Initial;
        }
    }

    /// <summary>Sets a value of its own while its initial value is computed.</summary>
    private sealed class SettingInInitialValueLocal : JThreadLocal<int>
    {
        protected override int InitialValue()
        {
            Set(99);
            return 1;
        }
    }
}
