namespace JThreading.Tests.Waiting;

/// <summary>
/// JThread's blocking calls by name, so that one theory checks a rule for every overload. A timed call is given
/// <see cref="TestTimeouts.UnexpectedTimeout"/> (or more), so during a test only an interrupt, a notify or an unpark
/// ends it. Joins wait for a live thread that ends when this object is disposed.
/// </summary>
internal sealed class BlockingCalls : IDisposable
{
    private static readonly long LongMillis = TestTimeouts.UnexpectedTimeoutMillis;

    private readonly ManualResetEventSlim _releaseJoinTarget = new();

    public BlockingCalls()
    {
        // Started here, not on first use, so a waiter never blocks in Start() where the test expects it in Join().
        #pragma warning disable JT0006 // on purpose: a .NET wait the test ends itself (gate set, or time up); nothing interrupts this thread
        JoinTarget = new JThread(() => _releaseJoinTarget.Wait(), "join-target");
        #pragma warning restore JT0006
        JoinTarget.SetDaemon(true);
        JoinTarget.Start();
    }

    /// <summary>The object the <c>JMonitor.Wait</c> calls wait on; they take its lock themselves.</summary>
    public object Monitor { get; } = new();

    /// <summary>A live thread for the joins.</summary>
    public JThread JoinTarget { get; }

    /// <summary>Every <c>Sleep</c> overload with a long time, the largest values included (as OpenJDK's SleepSanity does).</summary>
    public static TheoryData<string> Sleeps =>
        ["Sleep(long)", "Sleep(long, int)", "Sleep(TimeSpan)", "Sleep(long.MaxValue)", "Sleep(long.MaxValue, 999_999)", "Sleep(TimeSpan.MaxValue)"];

    /// <summary>The zero-length sleeps, which must still throw when the flag is set.</summary>
    public static TheoryData<string> ZeroSleeps => ["Sleep(0)", "Sleep(0, 0)", "Sleep(TimeSpan.Zero)"];

    /// <summary>Every <c>Join</c> overload, waiting for <see cref="JoinTarget"/>.</summary>
    public static TheoryData<string> Joins => ["Join()", "Join(0)", "Join(long)", "Join(long, int)", "Join(TimeSpan)"];

    /// <summary>Every <c>JMonitor.Wait</c> overload on <see cref="Monitor"/>.</summary>
    public static TheoryData<string> MonitorWaits => ["Wait(obj)", "Wait(obj, 0)", "Wait(obj, 0, 0)", "Wait(obj, long)", "Wait(obj, long, int)"];

    /// <summary>Every <c>LockSupport</c> park.</summary>
    public static TheoryData<string> Parks => ["Park()", "ParkNanos(long)", "ParkUntil(long)"];

    /// <summary>Every JThread wait with the state <see cref="JThread.GetState"/> must report while it blocks.</summary>
    public static TheoryData<string, JThreadState> WaitStates => new()
    {
        { "Sleep(long)", JThreadState.TimedWaiting },
        { "Sleep(long, int)", JThreadState.TimedWaiting },
        { "Sleep(TimeSpan)", JThreadState.TimedWaiting },
        { "Join()", JThreadState.Waiting },
        { "Join(0)", JThreadState.Waiting },
        { "Join(long)", JThreadState.TimedWaiting },
        { "Join(long, int)", JThreadState.TimedWaiting },
        { "Join(TimeSpan)", JThreadState.TimedWaiting },
        { "Wait(obj)", JThreadState.Waiting },
        { "Wait(obj, 0)", JThreadState.Waiting },
        { "Wait(obj, long)", JThreadState.TimedWaiting },
        { "Wait(obj, long, int)", JThreadState.TimedWaiting },
        { "Park()", JThreadState.Waiting },
        { "ParkNanos(long)", JThreadState.TimedWaiting },
        { "ParkUntil(long)", JThreadState.TimedWaiting },
    };

    /// <summary>Makes the named call on the current thread.</summary>
    public void Run(string call)
    {
        switch (call)
        {
            case "Sleep(long)": JThread.Sleep(LongMillis); break;
            case "Sleep(long, int)": JThread.Sleep(LongMillis, 1); break;
            case "Sleep(TimeSpan)": JThread.Sleep(TestTimeouts.UnexpectedTimeout); break;
            case "Sleep(long.MaxValue)": JThread.Sleep(long.MaxValue); break;
            case "Sleep(long.MaxValue, 999_999)": JThread.Sleep(long.MaxValue, 999_999); break;
            case "Sleep(TimeSpan.MaxValue)": JThread.Sleep(TimeSpan.MaxValue); break;
            case "Sleep(0)": JThread.Sleep(0); break;
            case "Sleep(0, 0)": JThread.Sleep(0, 0); break;
            case "Sleep(TimeSpan.Zero)": JThread.Sleep(TimeSpan.Zero); break;
            case "Join()": JoinTarget.Join(); break;
            case "Join(0)": JoinTarget.Join(0); break;
            case "Join(long)": JoinTarget.Join(LongMillis); break;
            case "Join(long, int)": JoinTarget.Join(LongMillis, 1); break;
            case "Join(TimeSpan)": JoinTarget.Join(TestTimeouts.UnexpectedTimeout); break;
            #pragma warning disable JT0003, JT0004 // on purpose: one wait per call under test; WaitOnMonitor holds the lock around the lambda
            case "Wait(obj)": WaitOnMonitor(() => JMonitor.Wait(Monitor)); break;
            case "Wait(obj, 0)": WaitOnMonitor(() => JMonitor.Wait(Monitor, 0)); break;
            case "Wait(obj, 0, 0)": WaitOnMonitor(() => JMonitor.Wait(Monitor, 0, 0)); break;
            case "Wait(obj, long)": WaitOnMonitor(() => JMonitor.Wait(Monitor, LongMillis)); break;
            case "Wait(obj, long, int)": WaitOnMonitor(() => JMonitor.Wait(Monitor, LongMillis, 1)); break;
            #pragma warning restore JT0003, JT0004
            case "Park()": LockSupport.Park(); break;
            case "ParkNanos(long)": LockSupport.ParkNanos(LongMillis * 1_000_000); break;
            case "ParkUntil(long)": LockSupport.ParkUntil(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() + LongMillis); break;
            default: throw new ArgumentException($"unknown call {call}", nameof(call));
        }
    }

    public void Dispose()
    {
        _releaseJoinTarget.Set();

        // Not JThread.Join: the disposing thread may have its interrupt flag set on purpose.
        TestWait.Until(() => !JoinTarget.IsAlive(), $"{JoinTarget} ended");
        _releaseJoinTarget.Dispose();
    }

    private void WaitOnMonitor(Action wait)
    {
        lock (Monitor)
        {
            wait();
        }
    }
}
