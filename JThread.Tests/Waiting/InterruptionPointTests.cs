using System.Diagnostics;

namespace JThreading.Tests.Waiting;

/// <summary>
/// <c>Sleep</c>, <c>Join</c> and <c>JMonitor.Wait</c> are interruption points: entered with the flag set or interrupted
/// while blocked, they throw <see cref="InterruptedException"/> and clear the flag (OpenJDK's SleepWithDuration,
/// JoinWithDuration and SleepSanity cases among them).
/// </summary>
public sealed class InterruptionPointTests
{
    [Theory]
    [MemberData(nameof(BlockingCalls.Sleeps), MemberType = typeof(BlockingCalls))]
    [MemberData(nameof(BlockingCalls.ZeroSleeps), MemberType = typeof(BlockingCalls))]
    public void Sleep_FlagAlreadySet_ThrowsAndClearsFlag(string call) => AssertThrowsWhenEnteredInterrupted(call);

    [Theory]
    [MemberData(nameof(BlockingCalls.Sleeps), MemberType = typeof(BlockingCalls))]
    public void Sleep_InterruptedWhileSleeping_ThrowsEarlyAndClearsFlag(string call) => AssertThrowsWhenInterruptedDuring(call);

    [Fact]
    public void Sleep_NegativeTimeSpanWithFlagSet_ReturnsAndKeepsFlag() => CheckedThread.Run(() =>
    {
        // Java's sleep(Duration) returns before looking at the flag when the duration is negative.
        JThread.CurrentThread().Interrupt();

        JThread.Sleep(TimeSpan.FromTicks(-1));

        Assert.True(JThread.Interrupted());
    });

    [Fact]
    public void Sleep_NegativeMillisWithFlagSet_ThrowsArgumentOutOfRangeAndKeepsFlag() => CheckedThread.Run(() =>
    {
        JThread.CurrentThread().Interrupt();

        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => JThread.Sleep(-1));

        Assert.Contains("timeout value is negative", exception.Message, StringComparison.Ordinal);
        Assert.True(JThread.Interrupted());
    });

    [Theory]
    [InlineData(-1)]
    [InlineData(1_000_000)]
    [InlineData(int.MaxValue)]
    public void Sleep_NanosOutOfRange_ThrowsArgumentOutOfRange(int nanos)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => JThread.Sleep(0, nanos));

        Assert.Contains("nanosecond timeout value out of range", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BlockingCalls.Joins), MemberType = typeof(BlockingCalls))]
    public void Join_FlagAlreadySetOnLiveThread_ThrowsAndClearsFlag(string call) => AssertThrowsWhenEnteredInterrupted(call);

    [Theory]
    [MemberData(nameof(BlockingCalls.Joins), MemberType = typeof(BlockingCalls))]
    public void Join_InterruptedWhileJoining_ThrowsEarlyAndClearsFlag(string call) => AssertThrowsWhenInterruptedDuring(call);

    [Fact]
    public void Join_FlagSetAndTargetTerminated_ReturnsWithoutThrowingAndKeepsFlag()
    {
        var target = new JThread(() => { });
        target.Start();
        TestWait.Joined(target);

        CheckedThread.Run(() =>
        {
            JThread.CurrentThread().Interrupt();

            // A dead thread needs no waiting, so Java does not reach the interruption point.
            target.Join();
            target.Join(0);
            target.Join(TestTimeouts.UnexpectedTimeoutMillis, 1);
            Assert.True(target.Join(TestTimeouts.UnexpectedTimeout));

            Assert.True(JThread.Interrupted());
        });
    }

    [Fact]
    public void Join_FlagSetAndTargetUnstarted_ReturnsWithoutThrowingAndKeepsFlag()
    {
        var target = new JThread(() => { });

        CheckedThread.Run(() =>
        {
            JThread.CurrentThread().Interrupt();

            target.Join();
            target.Join(TestTimeouts.UnexpectedTimeoutMillis);

            Assert.True(JThread.Interrupted());
        });
    }

    [Theory]
    [MemberData(nameof(BlockingCalls.MonitorWaits), MemberType = typeof(BlockingCalls))]
    public void Wait_FlagAlreadySet_ThrowsAndClearsFlag(string call) => AssertThrowsWhenEnteredInterrupted(call);

    [Theory]
    [MemberData(nameof(BlockingCalls.MonitorWaits), MemberType = typeof(BlockingCalls))]
    public void Wait_InterruptedWhileWaiting_ThrowsEarlyAndClearsFlag(string call) => AssertThrowsWhenInterruptedDuring(call);

    private static void AssertThrowsWhenEnteredInterrupted(string call)
    {
        using var calls = new BlockingCalls();
        CheckedThread.Run(() =>
        {
            JThread.CurrentThread().Interrupt();

            Assert.Throws<InterruptedException>(() => calls.Run(call));

            Assert.False(JThread.CurrentThread().IsInterrupted());
        });
    }

    private static void AssertThrowsWhenInterruptedDuring(string call)
    {
        using var calls = new BlockingCalls();
        Exception? thrown = null;
        var elapsed = TimeSpan.Zero;
        var flagAfter = true;
        var waiter = CheckedThread.Start(() =>
        {
            var clock = Stopwatch.StartNew();
            thrown = Record.Exception(() => calls.Run(call));
            elapsed = clock.Elapsed;
            flagAfter = JThread.CurrentThread().IsInterrupted();
        });
        TestWait.Until(() => waiter.Thread.GetState() is JThreadState.Waiting or JThreadState.TimedWaiting, $"the thread blocks in {call}");

        waiter.Thread.Interrupt();
        waiter.Join();

        Assert.IsType<InterruptedException>(thrown);
        Assert.True(elapsed < TestTimeouts.UnexpectedTimeout, $"{call} ended after {elapsed}, not when interrupted");
        Assert.False(flagAfter);
    }
}
