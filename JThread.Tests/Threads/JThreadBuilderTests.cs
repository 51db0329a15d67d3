using System.Collections.Concurrent;

namespace JThreading.Tests.Threads;

/// <summary>
/// <see cref="JThreadBuilder"/> from <see cref="JThread.OfPlatform"/>, after the platform-thread parts of OpenJDK's
/// Thread/BuilderTest.java. Most settings are checked on the three ways a builder makes threads: <c>Unstarted</c>,
/// <c>Start</c> and a <c>Factory()</c>.
/// </summary>
public sealed class JThreadBuilderTests
{
    public static TheoryData<string> NullArgumentCalls => [.. s_nullArgumentCalls.Keys];

    private static readonly Dictionary<string, (string Parameter, Action<JThreadBuilder> Call)> s_nullArgumentCalls = new()
    {
        ["Name(null)"] = ("name", builder => builder.Name(null!)),
        ["Name(null, 0)"] = ("prefix", builder => builder.Name(null!, 0)),
        ["Group(null)"] = ("group", builder => builder.Group(null!)),
        ["UncaughtExceptionHandler(null)"] = ("handler", builder => builder.UncaughtExceptionHandler(null!)),
        ["Unstarted(null)"] = ("task", builder => builder.Unstarted(null!)),
        ["Start(null)"] = ("task", builder => builder.Start(null!)),
        ["Factory().NewThread(null)"] = ("task", builder => builder.Factory().NewThread(null!)),
    };

    [Fact]
    public void Unstarted_Task_ReturnsNewThreadThatRunsTaskOnlyWhenStarted()
    {
        var ranOn = (JThread?)null;

        var thread = JThread.OfPlatform().Unstarted(() => ranOn = JThread.CurrentThread());

        Assert.Equal(JThreadState.New, thread.GetState());
        Assert.False(thread.IsVirtual());
        Assert.Null(ranOn);
        thread.Start();
        TestWait.Joined(thread);
        Assert.Same(thread, ranOn);
    }

    [Fact]
    public void Start_Task_ReturnsStartedThreadRunningTask()
    {
        using var release = new ManualResetEventSlim();
        var ranOn = (JThread?)null;

        var thread = JThread.OfPlatform().Start(() =>
        {
            ranOn = JThread.CurrentThread();
            #pragma warning disable JT0006 // on purpose: a .NET wait the test ends itself (gate set, or time up); nothing interrupts this thread
            release.Wait();
            #pragma warning restore JT0006
        });

        try
        {
            Assert.True(thread.IsAlive());
            Assert.NotEqual(JThreadState.New, thread.GetState());
        }
        finally
        {
            release.Set();
            TestWait.Joined(thread);
        }

        Assert.Same(thread, ranOn);
    }

    [Fact]
    public void Factory_NewThread_ReturnsUnstartedThreadRunningTask()
    {
        var ran = false;

        var thread = JThread.OfPlatform().Factory().NewThread(() => ran = true);

        Assert.Equal(JThreadState.New, thread.GetState());
        thread.Start();
        TestWait.Joined(thread);
        Assert.True(ran);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Unstarted_NothingSet_InheritsLikeConstructors(bool creatorDaemon)
    {
        var group = new JThreadGroup("builder-inherit");
        var made = new List<Made>();
        var creator = new JThread(group, () => made.AddRange(MakeThreeWays(JThread.OfPlatform())), "creator");
        creator.SetDaemon(creatorDaemon);
        creator.SetPriority(3);

        creator.Start();
        TestWait.Joined(creator);

        Assert.Equal(3, made.Count);
        Assert.All(made, thread =>
        {
            Assert.Same(group, thread.Group);
            Assert.Equal(creatorDaemon, thread.Daemon);
            Assert.Equal(3, thread.Priority);
            Assert.Matches("^Thread-[0-9]+$", thread.Name);
        });
        Assert.Equal(3, made.Select(thread => thread.Name).Distinct().Count());
    }

    [Fact]
    public void Name_Fixed_EveryThreadHasIt()
    {
        var made = MakeThreeWays(JThread.OfPlatform().Name("duke"));

        Assert.All(made, thread => Assert.Equal("duke", thread.Name));
    }

    [Fact]
    public void Name_PrefixAndStart_CounterGrowsAndFactoryContinuesFromIt()
    {
        var builder = JThread.OfPlatform().Name("duke-", 100);

        var fromBuilder = new[] { builder.Unstarted(() => { }), builder.Start(() => { }), builder.Unstarted(() => { }) };
        var factory = builder.Factory();
        var fromFactory = new[] { factory.NewThread(() => { }), factory.NewThread(() => { }), factory.NewThread(() => { }) };

        TestWait.Joined(fromBuilder[1]);
        Assert.Equal(["duke-100", "duke-101", "duke-102"], fromBuilder.Select(thread => thread.GetName()));
        Assert.Equal(["duke-103", "duke-104", "duke-105"], fromFactory.Select(thread => thread.GetName()));
    }

    [Fact]
    public void Name_FixedAfterPrefix_StopsCounting()
    {
        var builder = JThread.OfPlatform().Name("worker-", 0);
        builder.Unstarted(() => { });

        builder.Name("fixed");

        Assert.Equal("fixed", builder.Unstarted(() => { }).GetName());
        Assert.Equal("fixed", builder.Factory().NewThread(() => { }).GetName());
    }

    [Fact]
    public void Name_CounterPastLongMaxValue_WrapsAsJava()
    {
        var builder = JThread.OfPlatform().Name("c-", long.MaxValue);
        var factory = JThread.OfPlatform().Name("f-", long.MaxValue).Factory();

        Assert.Equal("c-9223372036854775807", builder.Unstarted(() => { }).GetName());
        Assert.Equal("c--9223372036854775808", builder.Unstarted(() => { }).GetName());
        Assert.Equal("f-9223372036854775807", factory.NewThread(() => { }).GetName());
        Assert.Equal("f--9223372036854775808", factory.NewThread(() => { }).GetName());
    }

    [Fact]
    public void Name_NegativeStart_ThrowsArgumentOutOfRangeException()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => JThread.OfPlatform().Name("worker-", -1));

        Assert.Equal("start", exception.ParamName);
    }

    [Fact]
    public void Factory_AfterCreation_CountsIndependentlyOfBuilder()
    {
        var builder = JThread.OfPlatform().Name("worker-", 5);
        var factory = builder.Factory();

        var names = new[]
        {
            builder.Unstarted(() => { }).GetName(),
            factory.NewThread(() => { }).GetName(),
            factory.NewThread(() => { }).GetName(),
            builder.Unstarted(() => { }).GetName(),
            builder.Factory().NewThread(() => { }).GetName(),
        };

        Assert.Equal(["worker-5", "worker-5", "worker-6", "worker-6", "worker-7"], names);
    }

    [Fact]
    public void Factory_BuilderChangedAfterwards_KeepsSettingsItWasMadeWith()
    {
        var builder = JThread.OfPlatform().Name("first-", 0).Priority(2);
        var factory = builder.Factory();

        builder.Name("second").Priority(9);
        var thread = factory.NewThread(() => { });

        Assert.Equal("first-0", thread.GetName());
        Assert.Equal(2, thread.GetPriority());
    }

    [Fact]
    public void Factory_ManyThreadsCreatingConcurrently_NamesAreDistinctAndCoverRange()
    {
        const int creators = 4, perCreator = 100;
        var factory = JThread.OfPlatform().Name("pooled-", 0).Factory();
        var names = new ConcurrentBag<string>();
        using var go = new ManualResetEventSlim();
        var threads = Enumerable.Range(0, creators).Select(_ => new JThread(() =>
        {
            #pragma warning disable JT0006 // on purpose: a .NET wait the test ends itself (gate set, or time up); nothing interrupts this thread
            go.Wait();
            #pragma warning restore JT0006
            for (var i = 0; i < perCreator; i++)
            {
                names.Add(factory.NewThread(() => { }).GetName());
            }
        })).ToList();

        threads.ForEach(thread => thread.Start());
        go.Set();
        threads.ForEach(TestWait.Joined);

        var expected = Enumerable.Range(0, creators * perCreator).Select(i => "pooled-" + i).Order();
        Assert.Equal(expected, names.Order());
    }

    [Fact]
    public void Group_Set_ThreadsBelongToIt()
    {
        var group = new JThreadGroup("builder-group");

        var made = MakeThreeWays(JThread.OfPlatform().Group(group));

        Assert.All(made, thread => Assert.Same(group, thread.Group));
    }

    [Fact]
    public void Daemon_False_ThreadsAreNonDaemon()
    {
        // The test thread is a daemon, so non-daemon threads come only from the setting; MakeThreeWays joins the
        // started one.
        var made = MakeThreeWays(JThread.OfPlatform().Daemon(false));

        Assert.All(made, thread => Assert.False(thread.Daemon));
    }

    [Fact]
    public void Daemon_NoArgument_MakesDaemonThreadsFromNonDaemonCreator()
    {
        var made = new List<Made>();
        var creator = new JThread(() => made.AddRange(MakeThreeWays(JThread.OfPlatform().Daemon())), "non-daemon creator");
        creator.SetDaemon(false);

        creator.Start();
        TestWait.Joined(creator);

        Assert.Equal(3, made.Count);
        Assert.All(made, thread => Assert.True(thread.Daemon));
    }

    [Fact]
    public void Priority_Set_ThreadsHaveIt()
    {
        var made = MakeThreeWays(JThread.OfPlatform().Priority(JThread.MinPriority));

        Assert.All(made, thread => Assert.Equal(JThread.MinPriority, thread.Priority));
    }

    [Fact]
    public void Priority_AboveGroupMaximum_IsCappedAtIt()
    {
        var group = new JThreadGroup("builder-capped");
        group.SetMaxPriority(4);

        var made = MakeThreeWays(JThread.OfPlatform().Group(group).Priority(8));

        Assert.All(made, thread => Assert.Equal(4, thread.Priority));
    }

    [Theory]
    [InlineData(JThread.MinPriority - 1)]
    [InlineData(JThread.MaxPriority + 1)]
    public void Priority_OutsideRange_ThrowsArgumentOutOfRangeException(int priority) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => JThread.OfPlatform().Priority(priority));

    [Theory]
    [InlineData(0)]
    [InlineData(1024 * 1024)]
    public void StackSize_NonNegative_ThreadsRun(long stackSize)
    {
        var runs = 0;

        MakeThreeWays(JThread.OfPlatform().StackSize(stackSize), () => Interlocked.Increment(ref runs));

        Assert.Equal(3, runs);
    }

    [Fact]
    public void StackSize_Negative_ThrowsArgumentOutOfRangeException() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => JThread.OfPlatform().StackSize(-1));

    [Fact]
    public void InheritInheritableThreadLocals_Setting_DecidesWhetherValuesAreCopied()
    {
        var local = new InheritableThreadLocal<object>();
        var value = new object();
        local.Set(value);
        var builder = JThread.OfPlatform();

        var byDefault = SeenThreeWays(builder, local);
        var notInherited = SeenThreeWays(builder.InheritInheritableThreadLocals(false), local);
        var inheritedAgain = SeenThreeWays(builder.InheritInheritableThreadLocals(true), local);

        Assert.All(byDefault, seen => Assert.Same(value, seen));
        Assert.All(notInherited, Assert.Null);
        Assert.All(inheritedAgain, seen => Assert.Same(value, seen));
    }

    [Fact]
    public void UncaughtExceptionHandler_Set_IsEachThreadsOwnHandler()
    {
        UncaughtExceptionHandler handler = (_, _) => { };
        var builder = JThread.OfPlatform().UncaughtExceptionHandler(handler);

        Assert.Same(handler, builder.Unstarted(() => { }).GetUncaughtExceptionHandler());
        Assert.Same(handler, builder.Factory().NewThread(() => { }).GetUncaughtExceptionHandler());
    }

    [Fact]
    public void UncaughtExceptionHandler_Set_ReceivesExceptionOnTheDyingThread()
    {
        var thrown = new InvalidOperationException("from the task");
        (JThread Thread, JThread Current, Exception Exception)? received = null;

        var thread = JThread.OfPlatform()
            .UncaughtExceptionHandler((t, e) => received = (t, JThread.CurrentThread(), e))
            .Start(() => throw thrown);
        TestWait.Joined(thread);

        Assert.NotNull(received);
        Assert.Same(thread, received.Value.Thread);
        Assert.Same(thread, received.Value.Current);
        Assert.Same(thrown, received.Value.Exception);
    }

    [Theory]
    [MemberData(nameof(NullArgumentCalls))]
    public void Call_NullArgument_ThrowsArgumentNullException(string call)
    {
        var (parameter, action) = s_nullArgumentCalls[call];

        var exception = Assert.Throws<ArgumentNullException>(() => action(JThread.OfPlatform()));

        Assert.Equal(parameter, exception.ParamName);
    }

    /// <summary>What a made thread looked like while it was alive or before it started.</summary>
    private sealed record Made(string Name, bool Daemon, int Priority, JThreadGroup? Group);

    /// <summary>
    /// Makes a thread with <c>Unstarted</c>, one with <c>Start</c> (held until its settings are read, then joined)
    /// and one from <c>Factory()</c>, starts and joins the unstarted ones too, and returns their settings.
    /// </summary>
    private static List<Made> MakeThreeWays(JThreadBuilder builder, Action? task = null)
    {
        task ??= () => { };
        using var release = new ManualResetEventSlim();
        var unstarted = builder.Unstarted(task);
        var started = builder.Start(() =>
        {
            #pragma warning disable JT0006 // on purpose: a .NET wait the test ends itself (gate set, or time up); nothing interrupts this thread
            release.Wait();
            #pragma warning restore JT0006
            task();
        });
        List<Made> made;
        JThread fromFactory;
        try
        {
            fromFactory = builder.Factory().NewThread(task);
            made = [.. new[] { unstarted, started, fromFactory }.Select(t => new Made(t.GetName(), t.IsDaemon(), t.GetPriority(), t.GetThreadGroup()))];
        }
        finally
        {
            // The started thread may be non-daemon: it must never be left waiting.
            release.Set();
            TestWait.Joined(started);
        }

        unstarted.Start();
        fromFactory.Start();
        TestWait.Joined(unstarted);
        TestWait.Joined(fromFactory);
        return made;
    }

    /// <summary>What threads made the three ways see in <paramref name="local"/>.</summary>
    private static List<object?> SeenThreeWays(JThreadBuilder builder, InheritableThreadLocal<object> local)
    {
        var seen = new ConcurrentQueue<object?>();
        MakeThreeWays(builder, () => seen.Enqueue(local.Get()));
        return [.. seen];
    }
}
