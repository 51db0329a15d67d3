namespace JThreading.Tests.Threads;

/// <summary>Construction, start, state, daemon status, names, ids, priority and the text form of a JThread.</summary>
public sealed class JThreadTests
{
    private const string AutoName = "^Thread-[0-9]+$";

    [Fact]
    public void Constructor_NoArguments_AutoNamedInCreatorsGroupAndRunDoesNothing()
    {
        var thread = new JThread();

        Assert.Matches(AutoName, thread.GetName());
        Assert.Same(JThread.CurrentThread().GetThreadGroup(), thread.GetThreadGroup());
        Assert.Null(Record.Exception(thread.Run));
    }

    [Fact]
    public void Constructor_Task_RunsTaskOnTheNewThread()
    {
        JThread? runner = null;
        var thread = new JThread(() => runner = JThread.CurrentThread());

        StartAndJoin(thread);

        Assert.Same(thread, runner);
        Assert.Matches(AutoName, thread.GetName());
    }

    [Fact]
    public void Constructor_Name_KeepsNameAndRunDoesNothing()
    {
        var thread = new JThread("named");

        Assert.Equal("named", thread.GetName());
        Assert.Null(Record.Exception(thread.Run));
    }

    [Fact]
    public void Constructor_TaskAndName_KeepsNameAndRunsTask()
    {
        var ran = false;
        var thread = new JThread(() => ran = true, "worker");

        StartAndJoin(thread);

        Assert.Equal("worker", thread.GetName());
        Assert.True(ran);
    }

    [Fact]
    public void Constructor_GroupAndTask_InGroupAndRunsTask()
    {
        var group = new JThreadGroup("ctor-group");
        JThreadGroup? groupInside = null;
        var thread = new JThread(group, () => groupInside = JThread.CurrentThread().GetThreadGroup());

        Assert.Same(group, thread.GetThreadGroup());
        Assert.Matches(AutoName, thread.GetName());
        StartAndJoin(thread);
        Assert.Same(group, groupInside);
    }

    [Fact]
    public void Constructor_GroupAndName_InGroupWithName()
    {
        var group = new JThreadGroup("ctor-group");
        var thread = new JThread(group, "grouped");

        Assert.Same(group, thread.GetThreadGroup());
        Assert.Equal("grouped", thread.GetName());
    }

    [Fact]
    public void Constructor_AllSettings_InGroupWithNameAndRunsTask()
    {
        var group = new JThreadGroup("ctor-group");
        var ran = false;
        var thread = new JThread(group, () => ran = true, "full", stackSize: 1 << 20, inheritInheritableThreadLocals: false);

        Assert.Same(group, thread.GetThreadGroup());
        Assert.Equal("full", thread.GetName());
        StartAndJoin(thread);
        Assert.True(ran);
    }

    [Fact]
    public void Constructor_NullGroup_UsesCreatorsGroup()
    {
        var group = new JThreadGroup("creator-group");
        var created = new List<JThread>();
        var creator = new JThread(group, () =>
        {
            created.Add(new JThread((JThreadGroup?)null, () => { }));
            created.Add(new JThread((JThreadGroup?)null, "by-name"));
            created.Add(new JThread(null, () => { }, "full"));
        });

        StartAndJoin(creator);

        Assert.All(created, child => Assert.Same(group, child.GetThreadGroup()));
    }

    [Fact]
    public void Run_CalledDirectly_RunsTaskOnCallingThread()
    {
        JThread? runner = null;
        var thread = new JThread(() => runner = JThread.CurrentThread());

        #pragma warning disable JT0007 // on purpose: the test checks what Run() does
        thread.Run();
        #pragma warning restore JT0007

        Assert.Same(JThread.CurrentThread(), runner);
        Assert.Equal(JThreadState.New, thread.GetState());
    }

    [Fact]
    public void Start_SubclassOverridingRun_RunsOverrideWithCurrentThreadThis()
    {
        var thread = new SelfRecordingThread();

        StartAndJoin(thread);

        Assert.Same(thread, thread.First);
        Assert.Same(thread, thread.Second);
    }

    [Fact]
    public void Start_Twice_ThrowsIllegalThreadStateException()
    {
        using var blocked = new BlockedThread();

        // .NET code that catches ThreadStateException catches it too.
        var exception = Assert.ThrowsAny<ThreadStateException>(blocked.Thread.Start);

        Assert.IsType<IllegalThreadStateException>(exception);
    }

    [Fact]
    public void Start_AfterThreadEnded_ThrowsIllegalThreadStateException()
    {
        var thread = new JThread(() => { });
        StartAndJoin(thread);

        Assert.Throws<IllegalThreadStateException>(thread.Start);
        Assert.Equal(JThreadState.Terminated, thread.GetState());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Start_DaemonOrNot_RunsOnBackgroundOrForegroundNetThread(bool daemon)
    {
        bool? background = null;
        var thread = new JThread(() => background = Thread.CurrentThread.IsBackground);
        thread.SetDaemon(daemon);

        thread.Start();
        TestWait.Joined(thread);

        Assert.Equal(daemon, background);
    }

    [Fact]
    public void IsAlive_Unstarted_False() => Assert.False(new JThread(() => { }).IsAlive());

    [Fact]
    public void IsAlive_Running_True()
    {
        using var blocked = new BlockedThread();

        Assert.True(blocked.Thread.IsAlive());
    }

    [Fact]
    public void IsAlive_Ended_False()
    {
        var thread = new JThread(() => { });
        StartAndJoin(thread);

        Assert.False(thread.IsAlive());
    }

    [Fact]
    public void GetState_Unstarted_New() => Assert.Equal(JThreadState.New, new JThread(() => { }).GetState());

    [Fact]
    public void GetState_CurrentThreadInsideRun_Runnable()
    {
        JThreadState? state = null;
        var thread = new JThread(() => state = JThread.CurrentThread().GetState());

        StartAndJoin(thread);

        Assert.Equal(JThreadState.Runnable, state);
    }

    [Fact]
    public void GetState_Sleeping_TimedWaiting()
    {
        var sleeper = TestThreads.StartDaemon(() =>
        {
            try
            {
                JThread.Sleep(TestTimeouts.UnexpectedTimeout);
            }
            #pragma warning disable JT0001 // on purpose: the test sends this interrupt; the thread records it and ends
            catch (InterruptedException)
            #pragma warning restore JT0001
            {
                // How the test ends the sleep.
            }
        });

        TestWait.ForState(sleeper, JThreadState.TimedWaiting);
        sleeper.Interrupt();
        TestWait.Joined(sleeper);
    }

    [Fact]
    public void GetState_BlockedInPlainNetWait_Waiting()
    {
        using var blocked = new BlockedThread();

        TestWait.ForState(blocked.Thread, JThreadState.Waiting);
    }

    [Fact]
    public void GetState_Ended_Terminated()
    {
        var thread = new JThread(() => { });
        StartAndJoin(thread);

        Assert.Equal(JThreadState.Terminated, thread.GetState());
    }

    [Fact]
    public void IsDaemon_CreatedByDaemonThread_True()
    {
        JThread? child = null;

        TestThreads.RunOnDaemon(() => child = new JThread(() => { }));

        Assert.True(child!.IsDaemon());
    }

    [Fact]
    public void IsDaemon_CreatedByNonDaemonThread_False()
    {
        JThread? child = null;
        var creator = new JThread(() => child = new JThread(() => { }));
        creator.SetDaemon(false);

        // A non-daemon thread in the test process: it ends at once and is joined.
        creator.Start();
        TestWait.Joined(creator);

        Assert.False(child!.IsDaemon());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void SetDaemon_BeforeStart_ChangesStatus(bool on)
    {
        var thread = new JThread(() => { });
        thread.SetDaemon(!on);

        thread.SetDaemon(on);

        Assert.Equal(on, thread.IsDaemon());
    }

    [Fact]
    public void SetDaemon_LiveThread_ThrowsAndKeepsStatus()
    {
        using var blocked = new BlockedThread();

        Assert.Throws<IllegalThreadStateException>(() => blocked.Thread.SetDaemon(false));
        Assert.True(blocked.Thread.IsDaemon());
    }

    [Fact]
    public void SetDaemon_EndedThread_ChangesFlagAsJava21Does()
    {
        var thread = new JThread(() => { });
        thread.SetDaemon(true);
        StartAndJoin(thread);

        thread.SetDaemon(false);

        Assert.False(thread.IsDaemon());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void IsDaemon_EndedThread_StillAnswers(bool daemon)
    {
        var thread = new JThread(() => { });
        thread.SetDaemon(daemon);
        thread.Start();
        TestWait.Joined(thread);

        Assert.Equal(daemon, thread.IsDaemon());
    }

    [Fact]
    public void SetName_BeforeStart_VisibleInGetNameAndToString()
    {
        var thread = new JThread(() => { }, "before");

        thread.SetName("after");

        Assert.Equal("after", thread.GetName());
        Assert.Contains(",after,", thread.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void SetName_FromInsideThread_VisibleOutside()
    {
        var thread = new JThread(() => JThread.CurrentThread().SetName("renamed-inside"), "original");

        StartAndJoin(thread);

        Assert.Equal("renamed-inside", thread.GetName());
        Assert.Contains(",renamed-inside,", thread.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void SetName_RacingStart_NativeNameIsTheLastOne()
    {
        for (var run = 0; run < 200; run++)
        {
            using var check = new ManualResetEventSlim();
            string? nativeName = null;
            var thread = new JThread(() =>
            {
                #pragma warning disable JT0006 // on purpose: a .NET wait the test ends itself (gate set, or time up); nothing interrupts this thread
                check.Wait(TestTimeouts.UnexpectedTimeout);
                #pragma warning restore JT0006
                nativeName = Thread.CurrentThread.Name;
            }, "before");
            thread.SetDaemon(true);
            using var go = new Barrier(2);
            var renamer = TestThreads.StartDaemon(() =>
            {
                go.SignalAndWait(TestTimeouts.UnexpectedTimeout);
                thread.SetName("after");
            });

            Assert.True(go.SignalAndWait(TestTimeouts.UnexpectedTimeout, TestContext.Current.CancellationToken));
            thread.Start();
            TestWait.Joined(renamer);
            check.Set();
            TestWait.Joined(thread);

            Assert.Equal("after", thread.GetName());
            Assert.Equal("after", nativeName);
        }
    }

    [Fact]
    public void SetName_WhileRunning_VisibleInside()
    {
        using var renamed = new ManualResetEventSlim();
        string? nameInside = null;
        var thread = TestThreads.StartDaemon(() =>
        {
            renamed.Wait(TestTimeouts.UnexpectedTimeout);
            nameInside = JThread.CurrentThread().GetName();
        }, "original");

        thread.SetName("renamed-outside");
        renamed.Set();
        TestWait.Joined(thread);

        Assert.Equal("renamed-outside", nameInside);
    }

    [Theory]
    [InlineData("worker")]
    [InlineData(null)]
    public void Start_Named_NetAndOsThreadCarryTheName(string? name)
    {
        (string? Net, string? Os) seen = default;
        var thread = name is null ? new JThread(() => seen = NamesInside()) : new JThread(() => seen = NamesInside(), name);

        StartAndJoin(thread);

        Assert.Equal(thread.GetName(), seen.Net);
        if (seen.Os is not null)
        {
            // Linux keeps the first 15 bytes of a thread's name.
            Assert.Equal(thread.GetName()[..Math.Min(15, thread.GetName().Length)], seen.Os);
        }
    }

    [Fact]
    public void SetName_RightAfterStart_NetAndOsThreadEndWithTheNewName()
    {
        // Start() leaves the naming to the new thread itself; a rename racing it must still win.
        using var renamed = new ManualResetEventSlim();
        (string? Net, string? Os) seen = default;
        for (var round = 0; round < 20; round++)
        {
            renamed.Reset();
            var thread = TestThreads.StartDaemon(() =>
            {
                renamed.Wait(TestTimeouts.UnexpectedTimeout);
                seen = NamesInside();
            }, "original");

            thread.SetName("renamed-" + round);
            renamed.Set();
            TestWait.Joined(thread);

            Assert.Equal("renamed-" + round, seen.Net);
            if (seen.Os is not null)
            {
                Assert.Equal("renamed-" + round, seen.Os);
            }
        }
    }

    [Fact]
    public void ThreadId_ThreadsCreatedOneAfterAnother_StrictlyIncreasing()
    {
        var ids = Enumerable.Range(0, 50).Select(_ => new JThread(() => { }).ThreadId()).ToList();

        Assert.All(ids.Zip(ids.Skip(1)), pair => Assert.True(pair.First < pair.Second, $"{pair.First} then {pair.Second}"));
    }

    [Fact]
    public void ThreadId_NewThreadAfterOthersEnded_GreaterThanEveryEarlierId()
    {
        var ended = Enumerable.Range(0, 5).Select(_ => new JThread(() => { })).ToList();
        ended.ForEach(StartAndJoin);

        var fresh = new JThread(() => { });

        Assert.All(ended, old => Assert.True(fresh.ThreadId() > old.ThreadId(), $"{fresh} after {old}"));
    }

    [Fact]
    public void ThreadId_AdoptedThread_TakesItsIdFromTheSameCounter()
    {
        var before = new JThread(() => { });
        using var raw = new AdoptedRawThread();
        var after = new JThread(() => { });

        Assert.InRange(raw.Adopted.ThreadId(), before.ThreadId() + 1, after.ThreadId() - 1);
    }

    [Fact]
    public void GetId_AnyThread_SameAsThreadId()
    {
        var thread = new JThread(() => { });

#pragma warning disable CS0618 // The obsolete Java name must keep answering.
        Assert.Equal(thread.ThreadId(), thread.GetId());
#pragma warning restore CS0618
    }

    [Theory]
    [InlineData(JThread.MinPriority)]
    [InlineData(3)]
    [InlineData(JThread.NormPriority)]
    [InlineData(8)]
    [InlineData(JThread.MaxPriority)]
    public void SetPriority_ValidValue_StoredByJThread(int priority)
    {
        var thread = new JThread(() => { });

        thread.SetPriority(priority);

        Assert.Equal(priority, thread.GetPriority());
    }

    [Theory]
    [InlineData(2)]
    [InlineData(8)]
    public void GetPriority_NewThread_InheritsCreatorsPriority(int creatorPriority)
    {
        JThread? child = null;
        var creator = new JThread(() => child = new JThread(() => { }));
        creator.SetPriority(creatorPriority);

        StartAndJoin(creator);

        Assert.Equal(creatorPriority, child!.GetPriority());
    }

    [Fact]
    public void GetPriority_CreatorAboveGroupMaximum_CappedAtGroupMaximum()
    {
        var capped = new JThreadGroup("capped");
        capped.SetMaxPriority(4);
        JThread? child = null;
        var creator = new JThread(() => child = new JThread(capped, () => { }));
        creator.SetPriority(9);

        StartAndJoin(creator);

        Assert.Equal(4, child!.GetPriority());
    }

    [Fact]
    public void SetPriority_AboveGroupMaximum_CappedAtGroupMaximum()
    {
        var capped = new JThreadGroup("capped");
        capped.SetMaxPriority(3);
        var thread = new JThread(capped, () => { });

        thread.SetPriority(8);

        Assert.Equal(3, thread.GetPriority());
    }

    [Fact]
    public void SetPriority_EndedThread_SetsItCappedByTheGroupAsJdk25Does()
    {
        var group = new JThreadGroup("capped");
        group.SetMaxPriority(6);
        var thread = new JThread(group, () => { }, "ended");
        thread.SetPriority(4);
        StartAndJoin(thread);

        // JDK 25 keeps an ended thread's group internally (getThreadGroup() says null): setPriority(3) prints 3.
        thread.SetPriority(3);
        Assert.Equal(3, thread.GetPriority());
        thread.SetPriority(9);
        Assert.Equal(6, thread.GetPriority());
        Assert.Null(thread.GetThreadGroup());
    }

    [Fact]
    public void GetThreadGroup_ThreadCreatedByTestThread_MainGroupUnderSystem()
    {
        var main = new JThread(() => { }).GetThreadGroup();

        Assert.NotNull(main);
        Assert.Equal("main", main.GetName());
        var system = main.GetParent();
        Assert.NotNull(system);
        Assert.Equal("system", system.GetName());
        Assert.Null(system.GetParent());
        Assert.Equal(JThread.MaxPriority, system.GetMaxPriority());
    }

    [Fact]
    public void GetThreadGroup_EndedThread_Null()
    {
        var thread = new JThread(new JThreadGroup("ending"), () => { });
        StartAndJoin(thread);

        Assert.Null(thread.GetThreadGroup());
    }

    [Fact]
    public void ToString_UnstartedThread_Jdk21Format()
    {
        var thread = new JThread(new JThreadGroup("workers"), () => { }, "worker");
        thread.SetPriority(3);

        Assert.Equal($"Thread[#{thread.ThreadId()},worker,3,workers]", thread.ToString());
    }

    [Fact]
    public void ToString_EndedThread_EmptyGroupName()
    {
        var thread = new JThread(new JThreadGroup("workers"), () => { }, "worker");
        thread.SetPriority(3);
        StartAndJoin(thread);

        Assert.Equal($"Thread[#{thread.ThreadId()},worker,3,]", thread.ToString());
    }

    [Fact]
    public void IsVirtual_NewAndCurrentThread_False()
    {
        Assert.False(new JThread(() => { }).IsVirtual());
        Assert.False(JThread.CurrentThread().IsVirtual());
    }

    [Fact]
    public void InterruptedException_CaughtAsThreadInterruptedException_KeepsTypeAndMessage()
    {
        var exception = Assert.ThrowsAny<ThreadInterruptedException>(static void () => throw new InterruptedException("stop"));

        Assert.IsType<InterruptedException>(exception);
        Assert.Equal("stop", exception.Message);
    }

    [Fact]
    public void HoldsLock_InsideLock_True()
    {
        var gate = new object();

        lock (gate)
        {
            Assert.True(JThread.HoldsLock(gate));
        }
    }

    [Fact]
    public void HoldsLock_AfterLockReleased_False()
    {
        var gate = new object();
        lock (gate)
        {
        }

        Assert.False(JThread.HoldsLock(gate));
    }

    [Fact]
    public void HoldsLock_LockHeldByAnotherThread_False()
    {
        var gate = new object();
        using var locked = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var token = TestContext.Current.CancellationToken;
        var holder = TestThreads.StartDaemon(() =>
        {
            lock (gate)
            {
                locked.Set();
                release.Wait(TestTimeouts.UnexpectedTimeout, token);
            }
        }, "holder");
        Assert.True(locked.Wait(TestTimeouts.UnexpectedTimeout, token));

        var held = JThread.HoldsLock(gate);
        release.Set();
        TestWait.Joined(holder);

        Assert.False(held);
    }

    [Fact]
    public void Yield_InSpinLoop_ReturnsUntilAnotherThreadsWriteIsSeen() =>
        Assert.True(SpinUntilReleased(JThread.Yield) > 0);

    [Fact]
    public void OnSpinWait_InSpinLoop_ReturnsUntilAnotherThreadsWriteIsSeen() =>
        Assert.True(SpinUntilReleased(JThread.OnSpinWait) > 0);

    /// <summary>
    /// Spins on a JThread, calling <paramref name="hint"/>, until another thread sets a flag once the spinner has
    /// been seen spinning; returns how many hints it took. A hint that throws or never returns fails the test.
    /// </summary>
    private static int SpinUntilReleased(Action hint)
    {
        var spins = 0;
        var released = false;
        TestThreads.RunOnDaemon(() =>
        {
            var releaser = TestThreads.StartDaemon(() =>
            {
                TestWait.Until(() => Volatile.Read(ref spins) > 0, "the spinner has spun");
                Volatile.Write(ref released, true);
            }, "releaser");
            while (!Volatile.Read(ref released))
            {
                hint();
                Interlocked.Increment(ref spins);
            }

            TestWait.Joined(releaser);
        }, "spinner");
        return spins;
    }

    private static void StartAndJoin(JThread thread)
    {
        thread.SetDaemon(true);
        thread.Start();
        TestWait.Joined(thread);
    }

    /// <summary>A Java-style subclass that overrides <see cref="JThread.Run"/>.</summary>
    private sealed class SelfRecordingThread : JThread
    {
        public JThread? First { get; private set; }

        public JThread? Second { get; private set; }

        public override void Run()
        {
            First = CurrentThread();
            Second = CurrentThread();
        }
    }

    /// <summary>The current .NET thread's name and, where the system shows it, the operating-system thread's.</summary>
    private static (string? Net, string? Os) NamesInside()
    {
        const string OsName = "/proc/thread-self/comm";
        return (Thread.CurrentThread.Name, File.Exists(OsName) ? File.ReadAllText(OsName).TrimEnd('\n') : null);
    }
}
