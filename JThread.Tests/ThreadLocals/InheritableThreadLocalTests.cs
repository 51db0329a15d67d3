using System.Runtime.CompilerServices;

namespace JThreading.Tests.ThreadLocals;

/// <summary>
/// <see cref="InheritableThreadLocal{T}"/>: per-thread values, copied into a child when it is constructed. The chain
/// tests re-express OpenJDK's InheritableThreadLocal/Basic.java, ITLRemoveTest.java and Thread/ITLConstructor.java.
/// What it shares with a plain thread-local (Get, Set, Remove, release at a thread's end) is tested for both kinds in
/// <see cref="JThreadLocalTests"/>.
/// </summary>
public sealed class InheritableThreadLocalTests
{
    [Fact]
    public void WithInitial_Get_ReturnsSuppliedValuePerThread()
    {
        var calls = 0;
        var local = InheritableThreadLocal<string>.WithInitial(() => "supplied-" + Interlocked.Increment(ref calls));
        string? childValue = null;

        Assert.Equal("supplied-1", local.Get());
        var child = new JThread(() => childValue = local.Get());
        child.Start();
        TestWait.Joined(child);

        // The parent's value was set by its Get, so the child inherits it instead of calling the supplier.
        Assert.Equal("supplied-1", childValue);
        Assert.Equal(1, calls);
        local.Remove();
        Assert.Equal("supplied-2", local.Get());
    }

    [Fact]
    public void WithInitial_Null_ThrowsArgumentNullException() =>
        Assert.Throws<ArgumentNullException>(() => InheritableThreadLocal<string>.WithInitial(null!));

    [Fact]
    public void Constructor_ParentHasValue_ChildGetsChildValue()
    {
        var local = new CountingLocal();
        local.Set(7);

        Assert.Equal(8, new Reader(local).StartAndRead());
        Assert.Equal(1, local.ChildCalls);
    }

    [Fact]
    public void ChildValue_AtConstruction_RunsInParentBeforeStart()
    {
        var local = new CountingLocal();
        local.Set(7);

        var child = new Reader(local);

        // Copied by the constructor on the creating thread: the child has not started yet.
        Assert.Equal(1, local.ChildCalls);
        Assert.Same(JThread.CurrentThread(), local.ChildValueThread);
        Assert.Equal(JThreadState.New, child.Thread.GetState());
        Assert.Equal(8, child.StartAndRead());
    }

    [Fact]
    public void ChildValue_FirstGetOfAnotherLocal_ChildStillConstructed()
    {
        // Java allows ChildValue to use other thread locals of the parent, even one read there for the first time.
        var other = new CountingLocal();
        var local = new DelegatingLocal(parentValue => parentValue + other.Get());
        local.Set(7);

        var child = new Reader(local);

        Assert.Equal(7 + CountingLocal.Initial, child.StartAndRead());
        Assert.Equal(1, other.InitialCalls);
    }

    [Fact]
    public void Set_InParentAfterChildConstructed_DoesNotReachChild()
    {
        var local = new CountingLocal();
        local.Set(7);
        var child = new Reader(local);

        local.Set(100);

        Assert.Equal(8, child.StartAndRead());
    }

    [Fact]
    public void Set_InChild_DoesNotReachParent()
    {
        var local = new CountingLocal();
        local.Set(7);
        var child = new JThread(() => local.Set(100));

        child.Start();
        TestWait.Joined(child);

        Assert.Equal(7, local.Get());
    }

    [Fact]
    public void Constructor_ParentNeverSet_ChildGetsInitialValueNotChildValue()
    {
        var local = new CountingLocal();

        Assert.Equal(CountingLocal.Initial, new Reader(local).StartAndRead());
        Assert.Equal(0, local.ChildCalls);
    }

    [Fact]
    public void Constructor_ParentRemovedValue_ChildGetsInitialValue()
    {
        var local = new CountingLocal();
        local.Set(7);
        local.Remove();

        Assert.Equal(CountingLocal.Initial, new Reader(local).StartAndRead());
        Assert.Equal(0, local.ChildCalls);
    }

    [Fact]
    public void Constructor_InheritFalse_ChildStartsFromInitialValue()
    {
        var local = new CountingLocal();
        local.Set(7);

        var child = new Reader(local, task => new JThread(null, task, "no-inherit", 0, inheritInheritableThreadLocals: false));

        Assert.Equal(CountingLocal.Initial, child.StartAndRead());
        Assert.Equal(0, local.ChildCalls);
    }

    [Fact]
    public void Constructor_OnRawDotNetThread_ChildInheritsAndChildValueRunsThere()
    {
        var local = new CountingLocal();
        JThread? adopted = null;
        Reader? child = null;
        var raw = new Thread(() =>
        {
            local.Set(7);
            adopted = JThread.CurrentThread();
            child = new Reader(local);
        }) { IsBackground = true };

        raw.Start();
        Assert.True(raw.Join(TestTimeouts.UnexpectedTimeout), "the raw thread did not end in time");

        Assert.NotNull(adopted);
        Assert.Same(adopted, local.ChildValueThread);
        Assert.Equal(8, child!.StartAndRead());
    }

    [Fact]
    public async Task Constructor_OnThreadPoolThread_ChildInherits()
    {
        var local = new CountingLocal();

        var child = await Task.Run(() =>
        {
            local.Set(7);
            return new Reader(local);
        });

        Assert.Equal(8, child.StartAndRead());
        Assert.Equal(1, local.ChildCalls);
    }

    [Fact]
    public void ChildValue_ChainOfHundredThreads_ThreadISeesI()
    {
        var local = new CountingLocal();

        var results = RunChain(100, local, action => new JThread(action), (_, _) => local.Get());

        Assert.Equal(Enumerable.Range(CountingLocal.Initial, 100), results);
        Assert.Equal(1, local.InitialCalls);
    }

    [Fact]
    public void Remove_InChainAfterChildCreated_ThatThreadSeesInitialValueAndChildKeepsCopy()
    {
        const int replaced = -1;
        int[] removeOnly = [10, 20, 38, 45, 88];
        int[] removeThenSet = [12, 34, 61];
        var local = new CountingLocal();

        var results = RunChain(100, local, action => new JThread(action), (index, _) =>
        {
            if (removeOnly.Contains(index) || removeThenSet.Contains(index))
            {
                local.Remove();
            }

            if (removeThenSet.Contains(index))
            {
                local.Set(replaced);
            }

            return local.Get();
        });

        var expected = Enumerable.Range(0, 100).Select(i =>
            removeThenSet.Contains(i) ? replaced : removeOnly.Contains(i) ? CountingLocal.Initial : CountingLocal.Initial + i);
        Assert.Equal(expected, results);
        Assert.Equal(1 + removeOnly.Length, local.InitialCalls);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Constructor_ChainWithInheritFlag_InheritsOnlyWhenTrue(bool inherit)
    {
        var local = new CountingLocal();

        var results = RunChain(10, local, action => new JThread(JThread.CurrentThread().GetThreadGroup(), action, "itl-chain", 0, inherit),
            (_, value) => value);

        Assert.Equal(Enumerable.Range(0, 10).Select(i => inherit ? CountingLocal.Initial + i : CountingLocal.Initial), results);
    }

    [Fact]
    public void Constructor_OnMainThread_ChildInheritsAndChildValueRunsOnMain()
    {
        using var host = HostProcess.Run(Scenarios.InheritableFromMain);

        Assert.Equal(0, host.ExitCode);
        Assert.Equal(["child sees: main-value+child", "ChildValue ran on: main", "main still sees: main-value"], host.OutputLines);
        Assert.Equal("", host.Error);
    }

    /// <summary>
    /// Runs <paramref name="length"/> threads where thread i creates thread i + 1 right after its first
    /// <c>Get</c> (which stores its value, so the child inherits it), then records <paramref name="finish"/>'s result
    /// and joins its child.
    /// </summary>
    private static int[] RunChain(int length, CountingLocal local, Func<Action, JThread> create, Func<int, int, int> finish)
    {
        var results = Enumerable.Repeat(int.MinValue, length).ToArray();

        void Link(int index)
        {
            var value = local.Get();
            JThread? child = null;
            if (index + 1 < length)
            {
                child = create(() => Link(index + 1));
                child.Start();
            }

            JThread.Yield();
            results[index] = finish(index, value);
            child?.Join();
        }

        var first = create(() => Link(0));
        first.Start();
        TestWait.Joined(first);
        return results;
    }

    [Fact]
    public void Construct_ManyDroppedLocalsSetInParent_NoChildValueForThem() => TestThreads.RunOnDaemon(() =>
    {
        var kept = new CountingLocal();
        kept.Set(1);
        var dropped = SetDroppedLocals(1000);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        var child = new JThread(() => { });

        // Java's map holds keys weakly and skips cleared ones: a dropped local costs a child nothing.
        Assert.All(dropped, weak => Assert.False(weak.IsAlive, "a dropped local is still reachable from its thread's values"));
        Assert.Equal(1, kept.ChildCalls);
        GC.KeepAlive(child);
    });

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference[] SetDroppedLocals(int count)
    {
        var weak = new WeakReference[count];
        for (var i = 0; i < count; i++)
        {
            var local = new CountingLocal();
            local.Set(i);
            weak[i] = new WeakReference(local);
        }

        return weak;
    }

    /// <summary>Counts its calls; <see cref="ChildValue"/> adds one and remembers the thread it ran on.</summary>
    private sealed class CountingLocal : InheritableThreadLocal<int>
    {
        public const int Initial = 1000;

        private int _initialCalls;
        private int _childCalls;
        private volatile JThread? _childValueThread;

        public int InitialCalls => Volatile.Read(ref _initialCalls);

        public int ChildCalls => Volatile.Read(ref _childCalls);

        public JThread? ChildValueThread => _childValueThread;

        protected override int InitialValue()
        {
            Interlocked.Increment(ref _initialCalls);
            return Initial;
        }

        protected override int ChildValue(int parentValue)
        {
            Interlocked.Increment(ref _childCalls);
            _childValueThread = JThread.CurrentThread();
            return parentValue + 1;
        }
    }

    /// <summary>A local whose <see cref="ChildValue"/> is given by the test.</summary>
    private sealed class DelegatingLocal(Func<int, int> childValue) : InheritableThreadLocal<int>
    {
        protected override int ChildValue(int parentValue) => childValue(parentValue);
    }

    /// <summary>A child constructed by the calling thread that, once started, reads the local on itself.</summary>
    private sealed class Reader
    {
        private int _seen = int.MinValue;

        public Reader(InheritableThreadLocal<int> local, Func<Action, JThread>? create = null) =>
            Thread = (create ?? (task => new JThread(task)))(() => _seen = local.Get());

        public JThread Thread { get; }

        public int StartAndRead()
        {
            Thread.Start();
            TestWait.Joined(Thread);
            return _seen;
        }
    }
}
