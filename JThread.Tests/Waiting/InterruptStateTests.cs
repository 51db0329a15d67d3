namespace JThreading.Tests.Waiting;

/// <summary>
/// What <see cref="JThread.GetState"/> reports in each wait (in the spirit of OpenJDK's ThreadStateTest):
/// <c>Waiting</c> or <c>TimedWaiting</c> in JThread waits, <c>Blocked</c> while taking the monitor back after
/// <c>JMonitor.Wait</c>, <c>Waiting</c> in a plain .NET wait, and <c>Runnable</c> again once a wait is over.
/// </summary>
public sealed class InterruptStateTests
{
    [Theory]
    [MemberData(nameof(BlockingCalls.WaitStates), MemberType = typeof(BlockingCalls))]
    public void GetState_InJThreadWait_ReportsWaitingOrTimedWaiting(string call, JThreadState expected)
    {
        using var calls = new BlockingCalls();
        var waiter = CheckedThread.Start(() => RunUntilInterrupted(calls, call));

        TestWait.ForState(waiter.Thread, expected);

        waiter.Thread.Interrupt();
        waiter.Join();
    }

    [Fact]
    public void GetState_TakingMonitorBackAfterNotify_Blocked()
    {
        var obj = new object();
        var waiter = CheckedThread.Start(() =>
        {
            lock (obj)
            {
                #pragma warning disable JT0003 // on purpose: a test of JMonitor itself, checking what one wait does
                JMonitor.Wait(obj);
                #pragma warning restore JT0003
            }
        });
        TestWait.ForState(waiter.Thread, JThreadState.Waiting);

        lock (obj)
        {
            JMonitor.Notify(obj);

            // The notifier still holds the lock, so the notified waiter is stuck re-entering it.
            TestWait.ForState(waiter.Thread, JThreadState.Blocked);
        }

        waiter.Join();
    }

    [Fact]
    public void GetState_PlainDotNetWait_Waiting()
    {
        using var release = new ManualResetEventSlim();
        var waiter = CheckedThread.Start(release.Wait);

        TestWait.ForState(waiter.Thread, JThreadState.Waiting);

        release.Set();
        waiter.Join();
    }

    [Theory]
    [MemberData(nameof(BlockingCalls.WaitStates), MemberType = typeof(BlockingCalls))]
    public void GetState_AfterInterruptedWait_RunnableAgain(string call, JThreadState inWait)
    {
        using var calls = new BlockingCalls();
        var done = false;
        var waiter = CheckedThread.Start(() =>
        {
            RunUntilInterrupted(calls, call);

            // Busy, not waiting, so the only right answer now is Runnable.
            while (!Volatile.Read(ref done))
            {
                JThread.OnSpinWait();
            }
        });
        TestWait.ForState(waiter.Thread, inWait);

        waiter.Thread.Interrupt();

        try
        {
            TestWait.ForState(waiter.Thread, JThreadState.Runnable);
        }
        finally
        {
            Volatile.Write(ref done, true);
            waiter.Join();
        }
    }

    /// <summary>Blocks in <paramref name="call"/> until interrupted; a park returns, the others throw.</summary>
    private static void RunUntilInterrupted(BlockingCalls calls, string call)
    {
        try
        {
            calls.Run(call);
        }
        #pragma warning disable JT0001 // on purpose: the test sends this interrupt; the thread records it and ends
        catch (InterruptedException)
        #pragma warning restore JT0001
        {
            return;
        }

        Assert.True(JThread.Interrupted(), $"{call} returned without being interrupted");
    }
}
