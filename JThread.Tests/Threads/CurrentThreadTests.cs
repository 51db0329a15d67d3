namespace JThreading.Tests.Threads;

/// <summary>
/// <see cref="JThread.CurrentThread"/> for JThreads and for threads JThread did not create, which it adopts. The main
/// thread is checked in a child process (<see cref="MainThreadTests"/>).
/// </summary>
public sealed class CurrentThreadTests
{
    [Fact]
    public void CurrentThread_InsideRun_IsThisOnEveryCall()
    {
        var seen = new List<JThread>();
        var thread = TestThreads.StartDaemon(() =>
        {
            seen.Add(JThread.CurrentThread());
            seen.Add(JThread.CurrentThread());
        });
        TestWait.Joined(thread);

        Assert.Equal(2, seen.Count);
        Assert.All(seen, current => Assert.Same(thread, current));
    }

    [Fact]
    public void CurrentThread_ManyJThreadsStartedAsAdoptedThreadsEnd_EachSeesItselfAndOnlyLiveOnesAreListed()
    {
        // A started JThread is found on its first CurrentThread() by its .NET thread's id, which .NET hands out again
        // once a thread has ended: adopted threads that ended must never be taken for, or hide, a new JThread.
        for (var round = 0; round < 50; round++)
        {
            var raw = new Thread(() => JThread.CurrentThread()) { IsBackground = true };
            raw.Start();
            Assert.True(raw.Join(TestTimeouts.UnexpectedTimeout));

            JThread? seen = null;
            var listed = false;
            var thread = TestThreads.StartDaemon(() =>
            {
                seen = JThread.CurrentThread();
                var all = new JThread[JThread.ActiveCount() + 16];
                listed = all.AsSpan(0, JThread.Enumerate(all)).Contains(seen);
            });
            TestWait.Joined(thread);

            Assert.Same(thread, seen);
            Assert.True(listed, $"{thread} was not listed in its own group while it ran");
        }
    }

    [Fact]
    public void CurrentThread_InUncaughtExceptionHandler_IsTheFailedThread()
    {
        JThread? inHandler = null;
        var thread = new JThread(() => throw new InvalidOperationException("escapes"), "failing");
        thread.SetDaemon(true);
        thread.SetUncaughtExceptionHandler((_, _) => inHandler = JThread.CurrentThread());

        thread.Start();
        TestWait.Joined(thread);

        Assert.Same(thread, inHandler);
    }

    [Fact]
    public void CurrentThread_NamedRawBackgroundThread_AdoptedWithNetNameAsDaemonInMainGroup()
    {
        using var raw = new AdoptedRawThread("raw-worker", background: true);
        var adopted = raw.Adopted;

        Assert.Equal("raw-worker", adopted.GetName());
        Assert.True(adopted.IsDaemon());
        Assert.Equal("main", adopted.GetThreadGroup()?.GetName());
        Assert.Equal(JThread.NormPriority, adopted.GetPriority());
        Assert.True(adopted.ThreadId() > 1, $"an adopted thread got id {adopted.ThreadId()}, which is the main thread's");
    }

    [Fact]
    public void CurrentThread_RawForegroundThread_AdoptedAsNonDaemon()
    {
        // A foreground thread in the test process: it ends when the test disposes it.
        using var raw = new AdoptedRawThread("raw-foreground", background: false);

        Assert.False(raw.Adopted.IsDaemon());
    }

    [Fact]
    public void CurrentThread_UnnamedRawThread_NamedThreadDashNumber()
    {
        using var raw = new AdoptedRawThread(name: null);

        Assert.Matches("^Thread-[0-9]+$", raw.Adopted.GetName());
    }

    [Fact]
    public void CurrentThread_RawThreadCallingTwice_SameObject()
    {
        JThread? first = null, second = null;
        var raw = new Thread(() =>
        {
            first = JThread.CurrentThread();
            second = JThread.CurrentThread();
        })
        {
            IsBackground = true,
        };

        raw.Start();
        Assert.True(raw.Join(TestTimeouts.UnexpectedTimeout));

        Assert.NotNull(first);
        Assert.Same(first, second);
    }

    [Fact]
    public async Task CurrentThread_ThreadPoolTask_AdoptedOnceAsDaemonInMainGroup()
    {
        var (first, second, netName) = await Task.Run(() =>
            (JThread.CurrentThread(), JThread.CurrentThread(), Thread.CurrentThread.Name), TestContext.Current.CancellationToken);

        Assert.Same(first, second);
        Assert.True(first.IsDaemon());
        Assert.Equal("main", first.GetThreadGroup()?.GetName());
        if (netName is null)
        {
            Assert.Matches("^Thread-[0-9]+$", first.GetName());
        }
        else
        {
            Assert.Equal(netName, first.GetName());
        }
    }

    [Fact]
    public void CurrentThread_AdoptedThreadWhileItRuns_AliveAndListedInMainGroup()
    {
        using var raw = new AdoptedRawThread();
        var adopted = raw.Adopted;

        Assert.True(adopted.IsAlive());
        Assert.NotEqual(JThreadState.Terminated, adopted.GetState());
        Assert.Contains(adopted, LiveThreadsOfMainGroup());
    }

    [Fact]
    public void CurrentThread_AdoptedThreadEnded_NotAliveTerminatedAndDroppedFromGroup()
    {
        using var raw = new AdoptedRawThread();
        var adopted = raw.Adopted;

        raw.End();

        Assert.False(adopted.IsAlive());
        Assert.Equal(JThreadState.Terminated, adopted.GetState());
        Assert.Null(adopted.GetThreadGroup());
        Assert.DoesNotContain(adopted, LiveThreadsOfMainGroup());
    }

    [Fact]
    public void Join_AdoptedRawThread_ReturnsTrueOnceItEnds()
    {
        using var raw = new AdoptedRawThread();
        var adopted = raw.Adopted;
        Assert.False(adopted.Join(TimeSpan.Zero));

        raw.End();

        Assert.True(adopted.Join(TestTimeouts.UnexpectedTimeout));
    }

    [Fact]
    public void Constructor_OnRawForegroundThread_ChildInheritsNonDaemonAndMainGroup()
    {
        JThread? child = null;
        var raw = new Thread(() => child = new JThread(() => { }));

        // A foreground thread in the test process: it ends at once and is joined.
        raw.Start();
        Assert.True(raw.Join(TestTimeouts.UnexpectedTimeout));

        Assert.NotNull(child);
        Assert.False(child.IsDaemon());
        Assert.Equal("main", child.GetThreadGroup()?.GetName());
    }

    private static JThread[] LiveThreadsOfMainGroup()
    {
        var main = JThread.CurrentThread().GetThreadGroup()!;
        var list = new JThread[main.ActiveCount() + 64];
        return list[..main.Enumerate(list)];
    }
}
