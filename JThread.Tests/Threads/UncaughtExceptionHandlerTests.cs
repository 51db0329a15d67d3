namespace JThreading.Tests.Threads;

/// <summary>
/// The handler chain inside the test process, with handlers that print nothing: who is called, on which thread,
/// and what the thread looks like meanwhile. What reaches standard error is tested in child processes.
/// </summary>
public sealed class UncaughtExceptionHandlerTests
{
    [Fact]
    public void Dispatch_ThreadHandler_GetsThreadAndExceptionOnTheDyingThread()
    {
        var thrown = new InvalidOperationException("boom");
        HandlerCall? call = null;
        var thread = new JThread(() => throw thrown, "dying");
        thread.SetUncaughtExceptionHandler((t, e) => call = HandlerCall.Now(t, e));

        thread.Start();
        TestWait.Joined(thread);

        Assert.NotNull(call);
        Assert.Same(thread, call.Thread);
        Assert.Same(thrown, call.Exception);
        Assert.Same(thread, call.Current);
        Assert.True(call.CurrentWasAlive);
    }

    [Fact]
    public void Dispatch_HandlerRunning_ThreadStaysAliveAndJoinersWaitForIt()
    {
        using var entered = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var group = new JThreadGroup("handler-still-running");
        var thread = new JThread(group, () => throw new InvalidOperationException("boom"), "dying");
        thread.SetUncaughtExceptionHandler((_, _) =>
        {
            entered.Set();
            release.Wait(TestTimeouts.UnexpectedTimeout);
        });

        thread.Start();
        Assert.True(entered.Wait(TestTimeouts.UnexpectedTimeout, TestContext.Current.CancellationToken));
        Assert.True(thread.IsAlive());
        Assert.Same(group, thread.GetThreadGroup());
        Assert.Equal(1, group.ActiveCount());
        Assert.False(thread.Join(TestTimeouts.ExpectedTimeout), "a joiner woke before the handler returned");

        release.Set();
        TestWait.Joined(thread);
        Assert.Equal(JThreadState.Terminated, thread.GetState());
    }

    [Fact]
    public void Dispatch_ThreadHandlerAndGroupOverride_OnlyThreadHandlerRuns()
    {
        var group = new RecordingGroup("overriding");
        HandlerCall? call = null;
        var thread = new JThread(group, () => throw new InvalidOperationException("boom"), "dying");
        thread.SetUncaughtExceptionHandler((t, e) => call = HandlerCall.Now(t, e));

        thread.Start();
        TestWait.Joined(thread);

        Assert.NotNull(call);
        Assert.Null(group.Call);
    }

    [Fact]
    public void Dispatch_NoThreadHandler_GroupOverrideRunsOnTheDyingThread()
    {
        var thrown = new InvalidOperationException("boom");
        var group = new RecordingGroup("overriding");
        var thread = new JThread(group, () => throw thrown, "dying");

        thread.Start();
        TestWait.Joined(thread);

        var call = group.Call;
        Assert.NotNull(call);
        Assert.Same(thread, call.Thread);
        Assert.Same(thrown, call.Exception);
        Assert.Same(thread, call.Current);
    }

    [Fact]
    public void Dispatch_SubgroupWithoutOverride_GoesUpToParentOverride()
    {
        var parent = new RecordingGroup("overriding-parent");
        var child = new JThreadGroup(new JThreadGroup(parent, "middle"), "plain");
        var thread = new JThread(child, () => throw new InvalidOperationException("boom"), "dying");

        thread.Start();
        TestWait.Joined(thread);

        Assert.NotNull(parent.Call);
        Assert.Same(thread, parent.Call.Thread);
    }

    [Fact]
    public void Dispatch_HandlerReturns_ThreadEndsNormallyAndOutOfItsGroup()
    {
        var group = new JThreadGroup("ends-normally");
        var thread = new JThread(group, () => throw new InvalidOperationException("boom"), "dying");
        thread.SetUncaughtExceptionHandler(static (_, _) => { });

        thread.Start();
        TestWait.Joined(thread);

        Assert.False(thread.IsAlive());
        Assert.Equal(0, group.ActiveCount());
    }

    [Fact]
    public void GetUncaughtExceptionHandler_NoOwnHandler_ReturnsDelegateBoundToGroup()
    {
        var group = new JThreadGroup("bound");
        var thread = new JThread(group, "unstarted");

        var handler = thread.GetUncaughtExceptionHandler();

        Assert.NotNull(handler);
        Assert.Same(group, handler.Target);
        Assert.Equal(nameof(JThreadGroup.UncaughtException), handler.Method.Name);
    }

    [Fact]
    public void GetUncaughtExceptionHandler_GroupOverridesUncaughtException_DelegateCallsTheOverride()
    {
        var group = new RecordingGroup("overriding");
        var thread = new JThread(group, "unstarted");
        var exception = new InvalidOperationException("direct");

        thread.GetUncaughtExceptionHandler()!(thread, exception);

        Assert.NotNull(group.Call);
        Assert.Same(exception, group.Call.Exception);
    }

    [Fact]
    public void SetUncaughtExceptionHandler_OwnHandlerThenNull_GetReturnsItThenTheGroupAgain()
    {
        var group = new JThreadGroup("own-then-group");
        var thread = new JThread(group, "unstarted");
        UncaughtExceptionHandler own = static (_, _) => { };

        thread.SetUncaughtExceptionHandler(own);
        Assert.Same(own, thread.GetUncaughtExceptionHandler());

        thread.SetUncaughtExceptionHandler(null);
        Assert.Same(group, thread.GetUncaughtExceptionHandler()?.Target);
    }

    [Fact]
    public void GetUncaughtExceptionHandler_Terminated_ReturnsNullEvenWithOwnHandler()
    {
        var thread = new JThread(static () => { }, "ends");
        thread.SetUncaughtExceptionHandler(static (_, _) => { });

        thread.Start();
        TestWait.Joined(thread);

        Assert.Null(thread.GetUncaughtExceptionHandler());
        Assert.Null(thread.GetThreadGroup());
    }

    [Fact]
    public void SetUncaughtExceptionHandler_ThreadCreatesAnother_HandlerIsNotInherited()
    {
        var group = new JThreadGroup("not-inherited");
        JThread? created = null;
        var creator = new JThread(group, () => created = new JThread("created"), "creator");
        creator.SetUncaughtExceptionHandler(static (_, _) => { });

        creator.Start();
        TestWait.Joined(creator);

        Assert.NotNull(created);
        Assert.Same(group, created.GetUncaughtExceptionHandler()?.Target);
    }

    [Fact]
    public void SetUncaughtExceptionHandler_Object_IsCalledOnTheDyingThread()
    {
        var thrown = new InvalidOperationException("boom");
        var handler = new RecordingHandler();
        var thread = new JThread(() => throw thrown, "dying");
        thread.SetUncaughtExceptionHandler(handler);

        thread.Start();
        TestWait.Joined(thread);

        Assert.NotNull(handler.Call);
        Assert.Same(thread, handler.Call.Thread);
        Assert.Same(thrown, handler.Call.Exception);
        Assert.Same(thread, handler.Call.Current);
    }

    [Fact]
    public void GetUncaughtExceptionHandler_ObjectSet_ReturnsDelegateWhoseTargetIsTheObject()
    {
        var group = new JThreadGroup("object-handler");
        var thread = new JThread(group, "unstarted");
        var handler = new RecordingHandler();

        thread.SetUncaughtExceptionHandler(handler);
        Assert.Same(handler, thread.GetUncaughtExceptionHandler()?.Target);

        thread.SetUncaughtExceptionHandler((IUncaughtExceptionHandler?)null);
        Assert.Same(group, thread.GetUncaughtExceptionHandler()?.Target);
        thread.SetUncaughtExceptionHandler(null);
        Assert.Same(group, thread.GetUncaughtExceptionHandler()?.Target);
    }

    [Fact]
    public void SetUncaughtExceptionHandler_GroupAsObject_GroupOverrideRuns()
    {
        // Java's ThreadGroup is an UncaughtExceptionHandler: a thread may be given any group as its handler.
        var recording = new RecordingGroup("handler-group");
        var thread = new JThread(() => throw new InvalidOperationException("boom"), "dying");
        thread.SetUncaughtExceptionHandler((IUncaughtExceptionHandler)recording);

        thread.Start();
        TestWait.Joined(thread);

        Assert.NotNull(recording.Call);
        Assert.Same(thread, recording.Call.Thread);
    }

    [Fact]
    public void SetUncaughtExceptionHandler_TwoThreadsOneObject_EachCallSeesItsThread()
    {
        var handler = new RecordingHandler();
        var first = new JThread(() => throw new InvalidOperationException("first"), "first");
        var second = new JThread(() => throw new InvalidOperationException("second"), "second");
        first.SetUncaughtExceptionHandler(handler);
        second.SetUncaughtExceptionHandler(handler);

        first.Start();
        second.Start();
        TestWait.Joined(first);
        TestWait.Joined(second);

        Assert.Equal(["first:first", "second:second"], handler.Seen.Order());
    }

    [Fact]
    public void BuilderUncaughtExceptionHandler_Object_EveryThreadGetsIt()
    {
        var handler = new RecordingHandler();
        var builder = JThread.OfPlatform().UncaughtExceptionHandler(handler);

        var thread = builder.Unstarted(() => throw new InvalidOperationException("built"));
        thread.Start();
        TestWait.Joined(thread);

        Assert.Equal("built", handler.Call?.Exception.Message);
        Assert.Throws<ArgumentNullException>(() => builder.UncaughtExceptionHandler((IUncaughtExceptionHandler)null!));
    }

    /// <summary>One call of a handler, with what the calling thread saw of itself.</summary>
    private sealed record HandlerCall(JThread Thread, Exception Exception, JThread Current, bool CurrentWasAlive)
    {
        public static HandlerCall Now(JThread thread, Exception exception)
        {
            var current = JThread.CurrentThread();
            return new HandlerCall(thread, exception, current, current.IsAlive());
        }
    }

    /// <summary>A handler written as a class, as Java code implements Thread.UncaughtExceptionHandler.</summary>
    private sealed class RecordingHandler : IUncaughtExceptionHandler
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<string> _seen = new();

        public HandlerCall? Call { get; private set; }

        public string[] Seen => [.. _seen];

        public void UncaughtException(JThread t, Exception e)
        {
            Call = HandlerCall.Now(t, e);
            _seen.Enqueue($"{t.GetName()}:{e.Message}");
        }
    }

    /// <summary>A group that records the exceptions of its threads instead of passing them up.</summary>
    private sealed class RecordingGroup(string name) : JThreadGroup(name)
    {
        public HandlerCall? Call { get; private set; }

        public override void UncaughtException(JThread thread, Exception exception) => Call = HandlerCall.Now(thread, exception);
    }
}
