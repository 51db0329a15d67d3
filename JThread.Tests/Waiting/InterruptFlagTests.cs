namespace JThreading.Tests.Waiting;

/// <summary>The interrupt flag: <c>Interrupt()</c>, <c>IsInterrupted()</c> and the static <c>Interrupted()</c>.</summary>
public sealed class InterruptFlagTests
{
    [Fact]
    public void IsInterrupted_NewThread_False()
    {
        var thread = new JThread(() => { });

        Assert.False(thread.IsInterrupted());
    }

    [Fact]
    public void Interrupt_RunningThread_SetsFlagThatReadingDoesNotClear()
    {
        var sawFlagTwice = false;
        var worker = CheckedThread.Start(() =>
        {
            // Spins on the flag alone: the interrupt must reach a thread that is in no wait at all.
            var self = JThread.CurrentThread();
            while (!self.IsInterrupted())
            {
                JThread.OnSpinWait();
            }

            sawFlagTwice = self.IsInterrupted();
        });

        worker.Thread.Interrupt();

        Assert.True(worker.Thread.IsInterrupted());
        Assert.True(worker.Thread.IsInterrupted());
        worker.Join();
        Assert.True(sawFlagTwice);
    }

    [Fact]
    public void Interrupted_FlagSet_ReturnsTrueOnceAndClears() => CheckedThread.Run(() =>
    {
        JThread.CurrentThread().Interrupt();

        Assert.True(JThread.Interrupted());
        Assert.False(JThread.CurrentThread().IsInterrupted());
        Assert.False(JThread.Interrupted());
    });

    [Fact]
    public void Interrupted_FlagClear_ReturnsFalse() => CheckedThread.Run(() => Assert.False(JThread.Interrupted()));

    [Fact]
    public void Interrupt_Twice_IsOneFlagClearedByOneInterrupted() => CheckedThread.Run(() =>
    {
        var self = JThread.CurrentThread();
        self.Interrupt();
        self.Interrupt();

        Assert.True(JThread.Interrupted());
        Assert.False(JThread.Interrupted());
    });

    [Fact]
    public void Interrupt_BeforeStart_RememberedAndSeenAtStart()
    {
        var seenAtStart = false;
        var thread = CheckedThread.Create(() => seenAtStart = JThread.CurrentThread().IsInterrupted());

        thread.Thread.Interrupt();

        Assert.True(thread.Thread.IsInterrupted());
        thread.Thread.Start();
        thread.Join();
        Assert.True(seenAtStart);
    }

    [Fact]
    public void Interrupt_BeforeStart_FirstSleepThrows()
    {
        var flagAfterSleep = true;
        var thread = CheckedThread.Create(() =>
        {
            Assert.Throws<InterruptedException>(() => JThread.Sleep(TestTimeouts.UnexpectedTimeout));
            flagAfterSleep = JThread.CurrentThread().IsInterrupted();
        });
        thread.Thread.Interrupt();

        thread.Thread.Start();

        thread.Join();
        Assert.False(flagAfterSleep);
    }

    [Fact]
    public void Interrupt_TerminatedThread_DoesNotThrowAndOnlySetsFlag()
    {
        // Java 14 and later (JDK-8229516): interrupting a terminated thread sets its flag and does nothing else.
        var thread = new JThread(() => { });
        thread.Start();
        TestWait.Joined(thread);

        thread.Interrupt();

        Assert.True(thread.IsInterrupted());
        Assert.Equal(JThreadState.Terminated, thread.GetState());
    }

    [Fact]
    public void Interrupt_ByAnotherThread_FlagClearedOnlyByTarget()
    {
        using var interrupted = new ManualResetEventSlim();
        var clearedByTarget = false;
        var target = CheckedThread.Start(() =>
        {
            interrupted.Wait();
            clearedByTarget = JThread.Interrupted();
        });

        target.Thread.Interrupt();

        // Interrupted() on the test's own thread looks at that thread's flag, never the target's.
        Assert.False(JThread.Interrupted());
        Assert.True(target.Thread.IsInterrupted());
        interrupted.Set();
        target.Join();
        Assert.True(clearedByTarget);
        Assert.False(target.Thread.IsInterrupted());
    }
}
