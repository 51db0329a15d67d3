using System.Diagnostics;

namespace JThreading.Tests.Threads;

/// <summary><see cref="JThread.Join()"/> and its timed overloads, with Java's meaning of 0 ("for ever").</summary>
public sealed class JoinTests
{
    public static readonly TheoryData<string> UntimedJoins = ["Join()", "Join(0)", "Join(0, 0)"];

    public static readonly TheoryData<string> TimedJoins = ["Join(long)", "Join(long, int)", "Join(TimeSpan)"];

    [Theory]
    [MemberData(nameof(UntimedJoins))]
    public void Join_Untimed_WaitsInWaitingStateUntilTerminated(string join) =>
        AssertWaitsUntilTargetEnds(target => Untimed(join, target), JThreadState.Waiting);

    [Theory]
    [MemberData(nameof(TimedJoins))]
    public void Join_TimedOnThreadThatDoesNotEnd_ReturnsAfterTimeoutWithThreadAlive(string join)
    {
        using var target = new BlockedThread();
        var clock = Stopwatch.StartNew();

        var ended = Timed(join, target.Thread, TestTimeouts.ExpectedTimeout);

        Assert.True(clock.Elapsed >= TestTimeouts.ExpectedTimeout, $"{join} returned after {clock.Elapsed}");
        Assert.False(ended);
        Assert.True(target.Thread.IsAlive());
    }

    [Theory]
    [MemberData(nameof(TimedJoins))]
    public void Join_TimedWhileThreadEnds_WaitsInTimedWaitingAndReturnsOnceTerminated(string join)
    {
        using var target = new BlockedThread();
        bool? ended = null;
        var joiner = TestThreads.StartDaemon(() => ended = Timed(join, target.Thread, TestTimeouts.UnexpectedTimeout), "joiner");

        TestWait.ForState(joiner, JThreadState.TimedWaiting);
        target.Release();
        TestWait.Joined(joiner);

        Assert.True(ended);
        Assert.Equal(JThreadState.Terminated, target.Thread.GetState());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Join_SeveralJoiners_AllReturnWhenTargetEnds(int joinerCount)
    {
        using var target = new BlockedThread();
        var joiners = Enumerable.Range(0, joinerCount)
            .Select(i => CheckedThread.Start(() => target.Thread.Join(), "joiner-" + i))
            .ToList();
        joiners.ForEach(joiner => TestWait.ForState(joiner.Thread, JThreadState.Waiting));

        target.Release();

        joiners.ForEach(joiner => joiner.Join());
        Assert.Equal(JThreadState.Terminated, target.Thread.GetState());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Join_OneJoinerGivesUp_OtherStillReturnsWhenTargetEnds(bool gaveUpFirst)
    {
        // The joiner that leaves (timed out) must take only itself out, whether it joined first or second.
        using var target = new BlockedThread();
        CheckedThread? stayer = null;
        if (!gaveUpFirst)
        {
            stayer = CheckedThread.Start(() => target.Thread.Join(), "stays");
            TestWait.ForState(stayer.Thread, JThreadState.Waiting);
        }

        var leaver = CheckedThread.Start(() => Assert.False(target.Thread.Join(TestTimeouts.ExpectedTimeout)), "gives up");
        TestWait.ForState(leaver.Thread, JThreadState.TimedWaiting);
        stayer ??= CheckedThread.Start(() => target.Thread.Join(), "stays");
        leaver.Join();
        TestWait.ForState(stayer.Thread, JThreadState.Waiting);

        target.Release();

        stayer.Join();
    }

    [Fact]
    public void Join_InterruptedThenJoinsAgain_ReturnsWhenTargetEnds()
    {
        using var target = new BlockedThread();
        var joiner = CheckedThread.Start(() =>
        {
            Assert.Throws<InterruptedException>(() => target.Thread.Join());
            target.Thread.Join();
        }, "joiner");
        TestWait.ForState(joiner.Thread, JThreadState.Waiting);
        joiner.Thread.Interrupt();
        TestWait.Until(() => !joiner.Thread.IsInterrupted() && joiner.Thread.GetState() == JThreadState.Waiting, "the joiner joins again");

        target.Release();

        joiner.Join();
    }

    [Fact]
    public void Join_Unstarted_ReturnsAtOnce()
    {
        var unstarted = new JThread(() => { });

        // On a helper thread, so a join that waits for ever fails the test instead of hanging it.
        TestThreads.RunOnDaemon(() =>
        {
            unstarted.Join();
            unstarted.Join(0);
            unstarted.Join(0, 0);
            unstarted.Join(TestTimeouts.UnexpectedTimeoutMillis);
        });

        Assert.Equal(JThreadState.New, unstarted.GetState());
    }

    [Fact]
    public void Join_Terminated_ReturnsAtOnce()
    {
        var ended = TestThreads.StartDaemon(() => { });
        TestWait.Joined(ended);

        TestThreads.RunOnDaemon(() =>
        {
            ended.Join();
            ended.Join(0);
            ended.Join(0, 0);
            ended.Join(TestTimeouts.UnexpectedTimeoutMillis, 999_999);
        });

        Assert.Equal(JThreadState.Terminated, ended.GetState());
    }

    [Fact]
    public void Join_ZeroMillisWithNanos_WaitsBrieflyNotForEver()
    {
        using var target = new BlockedThread();

        // Java rounds (0 ms, 1 ns) up to 1 ms: a timed wait, not Join(0).
        TestThreads.RunOnDaemon(() => target.Thread.Join(0, 1));

        Assert.True(target.Thread.IsAlive());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(999_999)]
    public void Join_LongMaxValue_WaitsInsteadOfOverflowing(int nanos) =>
        AssertWaitsUntilTargetEnds(target => target.Join(long.MaxValue, nanos), JThreadState.TimedWaiting);

    [Theory]
    [InlineData(-100)]
    [InlineData(0)]
    [InlineData(100)]
    public void Join_TimeSpanOnUnstartedThread_ThrowsThreadNotStarted(long ticks)
    {
        var unstarted = new JThread(() => { });

        var exception = Assert.Throws<IllegalThreadStateException>(() => unstarted.Join(TimeSpan.FromTicks(ticks)));

        Assert.Equal("Thread not started", exception.Message);
    }

    [Fact]
    public void Join_TimeSpanNotPositiveOnLiveThread_ReturnsFalseWithoutWaiting()
    {
        using var target = new BlockedThread();
        var results = new List<bool>();

        // Timeout.InfiniteTimeSpan is -1 ms: to .NET it means "for ever", to Java's join(Duration) "do not wait".
        TestThreads.RunOnDaemon(() =>
        {
            results.Add(target.Thread.Join(TimeSpan.Zero));
            results.Add(target.Thread.Join(TimeSpan.FromTicks(-1)));
            results.Add(target.Thread.Join(Timeout.InfiniteTimeSpan));
            results.Add(target.Thread.Join(TimeSpan.MinValue));
        });

        Assert.Equal([false, false, false, false], results);
        Assert.True(target.Thread.IsAlive());
    }

    [Theory]
    [InlineData(-100)]
    [InlineData(0)]
    [InlineData(100)]
    public void Join_TimeSpanOnTerminatedThread_ReturnsTrue(long ticks)
    {
        var ended = TestThreads.StartDaemon(() => { });
        TestWait.Joined(ended);

        Assert.True(ended.Join(TimeSpan.FromTicks(ticks)));
    }

    [Fact]
    public void Join_TimeSpanOnCurrentThread_ReturnsFalseAfterTimeout()
    {
        bool? immediate = null, timed = null;
        var elapsed = TimeSpan.Zero;

        TestThreads.RunOnDaemon(() =>
        {
            var self = JThread.CurrentThread();
            immediate = self.Join(TimeSpan.Zero);
            var clock = Stopwatch.StartNew();
            timed = self.Join(TestTimeouts.ExpectedTimeout);
            elapsed = clock.Elapsed;
        });

        Assert.False(immediate);
        Assert.False(timed);
        Assert.True(elapsed >= TestTimeouts.ExpectedTimeout, $"joined itself for {elapsed}");
    }

    /// <summary>
    /// Runs <paramref name="join"/> on a joiner thread against a thread that does not end by itself, and checks that
    /// the joiner waits in <paramref name="waitingState"/> and comes back only once the target has ended.
    /// </summary>
    private static void AssertWaitsUntilTargetEnds(Action<JThread> join, JThreadState waitingState)
    {
        using var target = new BlockedThread();
        bool? targetAliveAfterJoin = null;
        var joiner = TestThreads.StartDaemon(() =>
        {
            join(target.Thread);
            targetAliveAfterJoin = target.Thread.IsAlive();
        }, "joiner");

        // Still waiting, not back at once (as .NET's Thread.Join(0) would be) or after an overflowed timeout.
        TestWait.ForState(joiner, waitingState);
        Assert.False(joiner.Join(TestTimeouts.ExpectedTimeout));
        target.Release();
        TestWait.Joined(joiner);

        Assert.False(targetAliveAfterJoin);
    }

    private static void Untimed(string join, JThread target)
    {
        switch (join)
        {
            case "Join()":
                target.Join();
                break;
            case "Join(0)":
                target.Join(0);
                break;
            case "Join(0, 0)":
                target.Join(0, 0);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(join), join, null);
        }
    }

    /// <summary>Joins with the given overload; returns whether the target had ended.</summary>
    private static bool Timed(string join, JThread target, TimeSpan timeout)
    {
        var millis = (long)timeout.TotalMilliseconds;
        switch (join)
        {
            case "Join(long)":
                target.Join(millis);
                return !target.IsAlive();
            case "Join(long, int)":
                target.Join(millis, 1);
                return !target.IsAlive();
            case "Join(TimeSpan)":
                return target.Join(timeout);
            default:
                throw new ArgumentOutOfRangeException(nameof(join), join, null);
        }
    }
}
