using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace JThreading.Tests.Waiting;

/// <summary>
/// <see cref="LockSupport"/> with Java's one-permit semantics; a park ends early on an interrupt and leaves the flag
/// set.
/// </summary>
public sealed class LockSupportTests
{
    private static long NowEpochMillis => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

    [Theory]
    [MemberData(nameof(BlockingCalls.Parks), MemberType = typeof(BlockingCalls))]
    public void Park_UnparkedBefore_ReturnsAtOnce(string call) => RunParker(() =>
    {
        LockSupport.Unpark(JThread.CurrentThread());

        AssertReturnsEarly(call);
    });

    [Theory]
    [MemberData(nameof(BlockingCalls.Parks), MemberType = typeof(BlockingCalls))]
    public void Park_UnparkedByAnotherThread_Returns(string call)
    {
        var elapsed = TimeSpan.MaxValue;
        var parker = StartParker(() => elapsed = Time(call));
        TestWait.Until(() => parker.Thread.GetState() is JThreadState.Waiting or JThreadState.TimedWaiting, $"the thread parks in {call}");

        LockSupport.Unpark(parker.Thread);

        parker.Join();
        Assert.True(elapsed < TestTimeouts.UnexpectedTimeout, $"{call} returned after {elapsed}, not when unparked");
        Assert.False(parker.Thread.IsInterrupted());
    }

    [Fact]
    public void ParkUnpark_PingPongForRaceDuration_NoUnparkIsLost()
    {
        // Two threads hand a turn back and forth with untimed parks, as a lock built on LockSupport does. An unpark
        // that lands while its target is taking an older permit must not be lost: if it were, both threads would stay
        // parked and the round trips would stop. The window is a few instructions wide: a non-atomic take of the
        // permit was caught here after about 5 million round trips (about 5 s in a Debug build), so this runs three
        // race durations and catches such a bug often, not always.
        var duration = TestTimeouts.RaceDuration * 3;
        var pinged = new StrongBox<bool>();
        var ponged = new StrongBox<bool>();
        var roundTrips = 0L;
        var stop = false;
        JThread? ponger = null;
        var pinger = new JThread(() =>
        {
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < duration)
            {
                Volatile.Write(ref pinged.Value, true);
                LockSupport.Unpark(ponger);
                while (!Volatile.Read(ref ponged.Value))
                {
                    LockSupport.Park();
                }

                Volatile.Write(ref ponged.Value, false);
                Interlocked.Increment(ref roundTrips);
            }

            Volatile.Write(ref stop, true);
            Volatile.Write(ref pinged.Value, true);
            LockSupport.Unpark(ponger);
        }, "pinger");
        pinger.SetDaemon(true);
        ponger = TestThreads.StartDaemon(() =>
        {
            while (true)
            {
                while (!Volatile.Read(ref pinged.Value))
                {
                    LockSupport.Park();
                }

                Volatile.Write(ref pinged.Value, false);
                if (Volatile.Read(ref stop))
                {
                    return;
                }

                Volatile.Write(ref ponged.Value, true);
                LockSupport.Unpark(pinger);
            }
        }, "ponger");
        pinger.Start();

        Assert.True(pinger.Join(duration + TestTimeouts.UnexpectedTimeout), $"the ping-pong stopped after {Interlocked.Read(ref roundTrips)} round trips: an unpark was lost");
        TestWait.Joined(ponger);
        Assert.True(Interlocked.Read(ref roundTrips) > 0);
    }

    [Fact]
    public void Unpark_Twice_PermitDoesNotAccumulate() => RunParker(() =>
    {
        var self = JThread.CurrentThread();
        LockSupport.Unpark(self);
        LockSupport.Unpark(self);

        LockSupport.ParkNanos(TestTimeouts.UnexpectedTimeout.Ticks * 100);
        var clock = Stopwatch.StartNew();
        LockSupport.ParkNanos(TestTimeouts.ExpectedTimeout.Ticks * 100);

        Assert.True(clock.Elapsed >= TestTimeouts.ExpectedTimeout, $"the second park returned after {clock.Elapsed}: two unparks gave two permits");
    });

    [Fact]
    public void Unpark_Null_DoesNothing()
    {
        var exception = Record.Exception(() => LockSupport.Unpark(null));

        Assert.Null(exception);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-1L)]
    [InlineData(long.MinValue)]
    public void ParkNanos_NotPositive_ReturnsAtOnceAndKeepsPermit(long nanos) => RunParker(() =>
    {
        LockSupport.Unpark(JThread.CurrentThread());

        // Java's parkNanos does not park at all for nanos <= 0, so the permit is still there afterwards.
        LockSupport.ParkNanos(nanos);

        AssertReturnsEarly("ParkNanos(long)");
    });

    [Fact]
    public void ParkNanos_NoPermit_WaitsForTheTime() => RunParker(() =>
    {
        var clock = Stopwatch.StartNew();

        LockSupport.ParkNanos(TestTimeouts.ExpectedTimeout.Ticks * 100);

        Assert.True(clock.Elapsed >= TestTimeouts.ExpectedTimeout, $"returned after {clock.Elapsed}");
    });

    [Theory]
    [InlineData(1L)]
    [InlineData(50_000L)]
    [InlineData(300_000L)]
    public void ParkNanos_SubMillisecond_ReturnsNotBeforeTheTime(long nanos) => RunParker(() =>
    {
        for (var i = 0; i < 5; i++)
        {
            var start = Stopwatch.GetTimestamp();

            LockSupport.ParkNanos(nanos);

            var elapsed = Stopwatch.GetElapsedTime(start);
            Assert.True(elapsed.Ticks * 100 >= nanos, $"ParkNanos({nanos}) returned after {elapsed}");
            Assert.True(elapsed < TestTimeouts.UnexpectedTimeout, $"ParkNanos({nanos}) returned after {elapsed}");
        }
    });

    [Fact]
    public void ParkNanos_UnparkedWhileAsleep_Returns()
    {
        var elapsed = TimeSpan.MaxValue;
        var parker = StartParker(() =>
        {
            var start = Stopwatch.GetTimestamp();
            LockSupport.ParkNanos(TestTimeouts.UnexpectedTimeout.Ticks * 100);
            elapsed = Stopwatch.GetElapsedTime(start);
        });
        TestWait.Until(() => parker.Thread.GetState() == JThreadState.TimedWaiting, "the thread parks");
        JThread.Sleep(TestTimeouts.ExpectedTimeoutMillis / 10);

        LockSupport.Unpark(parker.Thread);

        parker.Join();
        Assert.True(elapsed < TestTimeouts.UnexpectedTimeout, $"returned after {elapsed}, not when unparked");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ParkUntil_PastDeadline_ReturnsAtOnce(bool epochStart) => RunParker(() =>
    {
        var deadline = epochStart ? 0 : NowEpochMillis - TestTimeouts.UnexpectedTimeoutMillis;
        var clock = Stopwatch.StartNew();

        LockSupport.ParkUntil(deadline);

        Assert.True(clock.Elapsed < TestTimeouts.UnexpectedTimeout, $"returned after {clock.Elapsed}");
    });

    [Fact]
    public void ParkUntil_FutureDeadline_WaitsUntilDeadline() => RunParker(() =>
    {
        var deadline = NowEpochMillis + TestTimeouts.ExpectedTimeoutMillis;

        LockSupport.ParkUntil(deadline);

        Assert.True(NowEpochMillis >= deadline, $"returned {deadline - NowEpochMillis} ms before the deadline");
    });

    [Theory]
    [MemberData(nameof(BlockingCalls.Parks), MemberType = typeof(BlockingCalls))]
    public void Park_FlagAlreadySet_ReturnsAtOnceAndKeepsFlag(string call) => RunParker(() =>
    {
        JThread.CurrentThread().Interrupt();

        AssertReturnsEarly(call);

        Assert.True(JThread.CurrentThread().IsInterrupted());
        Assert.True(JThread.Interrupted());
    });

    [Theory]
    [MemberData(nameof(BlockingCalls.Parks), MemberType = typeof(BlockingCalls))]
    public void Park_InterruptedWhileParked_ReturnsEarlyAndKeepsFlag(string call)
    {
        var elapsed = TimeSpan.MaxValue;
        var flagAfter = false;
        var parker = StartParker(() =>
        {
            elapsed = Time(call);
            flagAfter = JThread.CurrentThread().IsInterrupted();
        });
        TestWait.Until(() => parker.Thread.GetState() is JThreadState.Waiting or JThreadState.TimedWaiting, $"the thread parks in {call}");

        parker.Thread.Interrupt();

        parker.Join();
        Assert.True(elapsed < TestTimeouts.UnexpectedTimeout, $"{call} returned after {elapsed}, not when interrupted");
        Assert.True(flagAfter);
    }

    [Fact]
    public void Unpark_SleepingThread_DoesNotEndSleepAndPermitStays() => RunParker(() =>
    {
        var sleeper = JThread.CurrentThread();
        var unparker = CheckedThread.Start(() =>
        {
            TestWait.ForState(sleeper, JThreadState.TimedWaiting);
            LockSupport.Unpark(sleeper);
        });
        var clock = Stopwatch.StartNew();

        JThread.Sleep(TestTimeouts.ExpectedTimeout);

        Assert.True(clock.Elapsed >= TestTimeouts.ExpectedTimeout, $"an unpark ended the sleep after {clock.Elapsed}");
        unparker.Join();
        AssertReturnsEarly("Park()");
    });

    [Theory]
    [InlineData(long.MinValue)]
    [InlineData(long.MinValue + 1)]
    [InlineData(-1L)]
    public void ParkUntil_FarPastDeadline_ReturnsAtOnceWithoutOverflow(long deadline) => RunParker(() =>
    {
        // A deadline minus "now" overflowed for long.MinValue into a wait of about 292 million years.
        var clock = Stopwatch.StartNew();

        LockSupport.ParkUntil(deadline);
        LockSupport.ParkUntil(new object(), deadline);

        Assert.True(clock.Elapsed < TestTimeouts.ExpectedTimeout, $"returned after {clock.Elapsed}");
    });

    [Theory]
    [InlineData("Park(blocker)", JThreadState.Waiting)]
    [InlineData("ParkNanos(blocker, long)", JThreadState.TimedWaiting)]
    [InlineData("ParkUntil(blocker, long)", JThreadState.TimedWaiting)]
    public void ParkWithBlocker_WhileParked_GetBlockerAndTheDumpShowIt(string call, JThreadState state)
    {
        var blocker = new TestBlocker();
        object? blockerAfter = "not read";
        var parker = StartParker(() =>
        {
            switch (call)
            {
                case "Park(blocker)":
                    LockSupport.Park(blocker);
                    break;
                case "ParkNanos(blocker, long)":
                    LockSupport.ParkNanos(blocker, TestTimeouts.UnexpectedTimeout.Ticks * 100);
                    break;
                default:
                    LockSupport.ParkUntil(blocker, NowEpochMillis + TestTimeouts.UnexpectedTimeoutMillis);
                    break;
            }

            blockerAfter = LockSupport.GetBlocker(JThread.CurrentThread());
        });
        TestWait.ForState(parker.Thread, state);

        Assert.Same(blocker, LockSupport.GetBlocker(parker.Thread));
        var expected = $" parking to wait for <0x{RuntimeHelpers.GetHashCode(blocker):x8}> (a {typeof(TestBlocker)})";
        Assert.EndsWith(expected, ThreadDump.Describe(parker.Thread), StringComparison.Ordinal);

        LockSupport.Unpark(parker.Thread);
        parker.Join();
        Assert.Null(blockerAfter);
        Assert.Null(LockSupport.GetBlocker(parker.Thread));
        Assert.DoesNotContain("parking", ThreadDump.Describe(parker.Thread), StringComparison.Ordinal);
    }

    [Fact]
    public void ParkWithBlocker_PermitOrFlagOrNoTime_ReturnsAtOnceWithNoBlockerLeft() => RunParker(() =>
    {
        var self = JThread.CurrentThread();
        var blocker = new object();
        LockSupport.Unpark(self);
        LockSupport.Park(blocker);
        LockSupport.ParkNanos(blocker, 0);
        LockSupport.ParkNanos(blocker, long.MinValue);
        self.Interrupt();
        LockSupport.Park(blocker);
        LockSupport.ParkNanos(blocker, TestTimeouts.UnexpectedTimeout.Ticks * 100);
        Assert.True(JThread.Interrupted());
        Assert.Null(LockSupport.GetBlocker(self));
    });

    [Fact]
    public void ParkWithNullBlocker_Parks_GetBlockerIsNull()
    {
        var parker = StartParker(() => LockSupport.Park(null));
        TestWait.ForState(parker.Thread, JThreadState.Waiting);

        Assert.Null(LockSupport.GetBlocker(parker.Thread));

        LockSupport.Unpark(parker.Thread);
        parker.Join();
    }

    [Fact]
    public void GetBlocker_NullThread_Throws() =>
        Assert.Throws<ArgumentNullException>(() => LockSupport.GetBlocker(null!));

    /// <summary>Makes the call and asserts it returned well before its own long timeout.</summary>
    private static void AssertReturnsEarly(string call)
    {
        var elapsed = Time(call);

        Assert.True(elapsed < TestTimeouts.UnexpectedTimeout, $"{call} returned after {elapsed}");
    }

    private static TimeSpan Time(string call)
    {
        using var calls = new BlockingCalls();
        var clock = Stopwatch.StartNew();
        calls.Run(call);
        return clock.Elapsed;
    }

    private static CheckedThread StartParker(Action body) => CheckedThread.Start(body, "parker");

    /// <summary>Runs <paramref name="body"/> on a parker thread and unparks it at the end, so a failing test leaves no thread parked.</summary>
    private static void RunParker(Action body)
    {
        var parker = StartParker(body);
        try
        {
            parker.Join();
        }
        finally
        {
            LockSupport.Unpark(parker.Thread);
        }
    }

    private sealed class TestBlocker;
}
