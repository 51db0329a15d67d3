using System.Diagnostics;

namespace JThreading.Tests.Waiting;

/// <summary>
/// <c>Interrupt()</c> racing the target's end or its entry into a wait: it never throws, hangs, gets lost or leaves a
/// pending .NET interrupt behind.
/// </summary>
public sealed class InterruptRaceTests
{
    public static TheoryData<string> RacedCalls => ["Sleep(long)", "Join()", "Wait(obj)", "Park()"];

    [Fact]
    public void Interrupt_RacingThreadExit_NeverThrowsHangsOrLeavesPendingInterrupt()
    {
        // OpenJDK's InterruptAtExit: interrupt a thread in a tight loop until it is dead, join it, interrupt it once
        // more; again and again.
        var rounds = 0;
        CheckedThread.Run(() =>
        {
            var gate = new object();
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < TestTimeouts.RaceDuration)
            {
                var target = CheckedThread.Start(
                    () =>
                    {
                        // .NET waits in the dying thread must not throw because of the interrupts either.
                        lock (gate)
                        {
                            Thread.Sleep(0);
                        }
                    },
                    "exiting");
                while (target.Thread.IsAlive())
                {
                    target.Thread.Interrupt();
                }

                target.Join();
                target.Thread.Interrupt();
                rounds++;
            }

            // The interrupting thread must be left with no pending .NET interrupt and no JThread flag.
            Thread.Sleep(0);
            Monitor.Enter(gate);
            Monitor.Exit(gate);
            Assert.False(JThread.CurrentThread().IsInterrupted());
        });

        Assert.True(rounds > 0);
    }

    [Theory]
    [MemberData(nameof(RacedCalls))]
    public void Interrupt_RacingEntryIntoWait_NeverLost(string call)
    {
        using var calls = new BlockingCalls();
        var stop = false;
        var wakeups = 0;
        var waiter = CheckedThread.Start(() =>
        {
            while (!Volatile.Read(ref stop))
            {
                // Each interrupt lands either before the wait starts (the flag is seen on entry) or during it.
                try
                {
                    calls.Run(call);
                    if (!JThread.Interrupted())
                    {
                        continue;
                    }
                }
                #pragma warning disable JT0001 // on purpose: each interrupt counts as one wake-up, then the loop waits again
                catch (InterruptedException)
                #pragma warning restore JT0001
                {
                }

                Interlocked.Increment(ref wakeups);
            }
        });

        var sent = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TestTimeouts.RaceDuration)
        {
            waiter.Thread.Interrupt();
            sent++;
            TestWait.Until(() => Volatile.Read(ref wakeups) == sent, $"{call} ended for interrupt #{sent}");
        }

        Volatile.Write(ref stop, true);
        waiter.Thread.Interrupt();
        waiter.Join();
    }
}
