using System.Diagnostics;
using System.Runtime.InteropServices;

namespace JThreading.Tests.Waiting;

/// <summary>
/// <see cref="ThreadParker"/> creates its event on the thread's first wait: a thread that never waits never has one,
/// and a wake-up that lands before or during the first wait is never lost. On Linux it sleeps on a futex with an
/// absolute deadline: a timed wait ends at (never before) its deadline, to the nanosecond rather than the millisecond,
/// and a wake-up, an interrupt or a wake-up for nothing during the kernel's sleep is handled as before.
/// </summary>
public sealed class ThreadParkerTests
{
    private static readonly long s_unexpectedTimeoutTicks = (long)(TestTimeouts.UnexpectedTimeout.TotalSeconds * Stopwatch.Frequency);

    [Fact]
    public void HasEvent_ThreadThatNeverWaited_False()
    {
        var thread = new JThread(static () => { }, "never waits");
        thread.SetDaemon(true);
        thread.Start();
        TestWait.Joined(thread);

        Assert.False(thread.Parker.HasEvent);
    }

    [Fact]
    public void HasEvent_ThreadThatSlept_True()
    {
        var thread = new JThread(static () => JThread.Sleep(1), "sleeps");
        thread.SetDaemon(true);
        thread.Start();
        TestWait.Joined(thread);

        Assert.True(thread.Parker.HasEvent);
    }

    [Fact]
    public void Park_WokenBeforeFirstPark_ReturnsSatisfiedAtOnce() => CheckedThread.Run(() =>
    {
        var parker = new ThreadParker();
        var flag = new Flag();
        Volatile.Write(ref flag.Value, true);
        parker.Wake();

        var outcome = parker.Park(JThread.CurrentThread(), Flag.IsSet, flag, s_unexpectedTimeoutTicks, JThreadState.Waiting, Timeout.Infinite, spin: false);

        Assert.Equal(WaitOutcome.Satisfied, outcome);
    });

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Park_FirstParkRacingWake_WakeNeverLost(bool spin)
    {
        // Each round parks on a fresh parker while the other thread sets the condition and wakes it, so the waker's
        // look for the event races the waiter's creation of it. A lost wake-up leaves the waiter parked until the
        // long timeout, which fails the round.
        Round? current = null;
        var stop = false;
        var rounds = 0;
        var waker = CheckedThread.Start(() =>
        {
            Round? last = null;
            while (!Volatile.Read(ref stop))
            {
                var round = Volatile.Read(ref current);
                if (round is null || ReferenceEquals(round, last))
                {
                    Thread.SpinWait(1);
                    continue;
                }

                Volatile.Write(ref round.Flag.Value, true);
                round.Parker.Wake();
                last = round;
            }
        }, "waker");
        var waiter = CheckedThread.Start(() =>
        {
            var self = JThread.CurrentThread();
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < TestTimeouts.RaceDuration)
            {
                var round = new Round();
                Volatile.Write(ref current, round);
                var outcome = round.Parker.Park(self, Flag.IsSet, round.Flag, s_unexpectedTimeoutTicks, JThreadState.Waiting, Timeout.Infinite, spin);
                Assert.Equal(WaitOutcome.Satisfied, outcome);
                rounds++;
            }
        }, "waiter");

        waiter.Join();
        Volatile.Write(ref stop, true);
        waker.Join();
        Assert.True(rounds > 0);
    }

    public static TheoryData<string> Runtimes => ["coreclr", "nativeaot"];

    [Theory]
    [MemberData(nameof(Runtimes))]
    public void TimedPark_EitherRuntime_EndsAtDeadlineOrWhenUnparkedOrInterrupted(string runtime)
    {
        using var host = HostProcess.RunOn(runtime, Scenarios.TimedParkUnpark);

        Assert.True(host.ExitCode == 0, host.ToString());
        Assert.Equal(["short park ended at its deadline", "unparked", "sleep interrupted"], host.OutputLines);
    }

    [Fact]
    public void UsesFutex_Linux64Bit_True()
    {
        var linux64 = OperatingSystem.IsLinux()
            && RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.Arm64;

        Assert.Equal(linux64, ThreadParker.UsesFutex);
    }

    [Fact]
    public void StopwatchFrequency_Linux_Nanoseconds()
    {
        // The futex deadline is a Stopwatch timestamp taken as CLOCK_MONOTONIC nanoseconds: .NET's Stopwatch on Linux
        // is clock_gettime(CLOCK_MONOTONIC), so its ticks must be nanoseconds (or the parker must not use the futex).
        Assert.True(!ThreadParker.UsesFutex || Stopwatch.Frequency == 1_000_000_000, $"Stopwatch.Frequency is {Stopwatch.Frequency}");
    }

    [Theory]
    [InlineData(50_000L, true)]
    [InlineData(50_000L, false)]
    [InlineData(250_000L, false)]
    [InlineData(1_500_000L, true)]
    public void Park_SubMillisecondTimeout_TimesOutNotBeforeDeadline(long nanos, bool spin) => CheckedThread.Run(() =>
    {
        var parker = new ThreadParker();
        var timeoutTicks = nanos * Stopwatch.Frequency / 1_000_000_000;
        for (var i = 0; i < 5; i++)
        {
            var start = Stopwatch.GetTimestamp();

            var outcome = parker.Park(JThread.CurrentThread(), Flag.IsSet, new Flag(), timeoutTicks, JThreadState.TimedWaiting, Timeout.Infinite, spin);

            var elapsed = Stopwatch.GetElapsedTime(start);
            Assert.Equal(WaitOutcome.TimedOut, outcome);
            Assert.True(Stopwatch.GetTimestamp() - start >= timeoutTicks, $"returned after {elapsed}, before its {nanos} ns");
            Assert.True(elapsed < TestTimeouts.UnexpectedTimeout, $"returned after {elapsed}");
        }
    });

    [Theory]
    [InlineData(0L)]
    [InlineData(1L)]
    public void Park_DeadlineReachedBeforeWaiting_TimesOutAtOnce(long timeoutTicks) => CheckedThread.Run(() =>
    {
        var parker = new ThreadParker();
        var clock = Stopwatch.StartNew();

        var outcome = parker.Park(JThread.CurrentThread(), Flag.IsSet, new Flag(), timeoutTicks, JThreadState.TimedWaiting, Timeout.Infinite, spin: false);

        Assert.Equal(WaitOutcome.TimedOut, outcome);
        Assert.True(clock.Elapsed < TestTimeouts.UnexpectedTimeout, $"returned after {clock.Elapsed}");
    });

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Park_WokenWhileAsleep_ReturnsSatisfied(bool timed)
    {
        var flag = new Flag();
        var outcome = WaitOutcome.TimedOut;
        var waiter = CheckedThread.Start(() =>
        {
            outcome = JThread.CurrentThread().Parker.Park(JThread.CurrentThread(), Flag.IsSet, flag,
                timed ? s_unexpectedTimeoutTicks : Timeout.Infinite, JThreadState.Waiting, Timeout.Infinite, spin: false);
        }, "waiter");
        WaitUntilAsleep(waiter.Thread);

        Volatile.Write(ref flag.Value, true);
        waiter.Thread.Parker.Wake();

        waiter.Join();
        Assert.Equal(WaitOutcome.Satisfied, outcome);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Park_InterruptedWhileAsleep_ReturnsInterrupted(bool timed)
    {
        var outcome = WaitOutcome.TimedOut;
        var waiter = CheckedThread.Start(() =>
        {
            outcome = JThread.CurrentThread().Parker.Park(JThread.CurrentThread(), Flag.IsSet, new Flag(),
                timed ? s_unexpectedTimeoutTicks : Timeout.Infinite, JThreadState.Waiting, Timeout.Infinite, spin: false);
            Assert.True(JThread.Interrupted());
        }, "waiter");
        WaitUntilAsleep(waiter.Thread);

        waiter.Thread.Interrupt();

        waiter.Join();
        Assert.Equal(WaitOutcome.Interrupted, outcome);
    }

    [Fact]
    public void Park_WokenWithConditionUnmet_SleepsOnUntilDeadline()
    {
        // Wake-ups that change nothing (as a spurious return from the kernel would) send the waiter back to its
        // checks and to sleep: it still times out, and not before its deadline.
        var timeoutTicks = (long)(TestTimeouts.ExpectedTimeout.TotalSeconds * Stopwatch.Frequency);
        var outcome = WaitOutcome.Satisfied;
        var elapsedTicks = 0L;
        var waiter = CheckedThread.Start(() =>
        {
            var start = Stopwatch.GetTimestamp();
            outcome = JThread.CurrentThread().Parker.Park(JThread.CurrentThread(), Flag.IsSet, new Flag(), timeoutTicks,
                JThreadState.TimedWaiting, Timeout.Infinite, spin: true);
            elapsedTicks = Stopwatch.GetTimestamp() - start;
        }, "waiter");
        TestWait.Until(() => waiter.Thread.GetState() == JThreadState.TimedWaiting, "the waiter parks");

        while (waiter.Thread.IsAlive())
        {
            waiter.Thread.Parker.Wake();
            Thread.Sleep(1);
        }

        waiter.Join();
        Assert.Equal(WaitOutcome.TimedOut, outcome);
        Assert.True(elapsedTicks >= timeoutTicks, $"timed out after {elapsedTicks} of {timeoutTicks} ticks");
    }

    [Fact]
    public void Park_TwoThreadsTimedPingPong_NoWakeLost()
    {
        // Two threads hand a turn back and forth with short timed waits that often time out before the turn comes,
        // so a wake-up races the waiter's time-out, its announcement that it sleeps, and its next reset. A lost
        // wake-up shows as a turn that never comes: each waits for its turn at most UnexpectedTimeout.
        var game = new PingPong();
        var shortTicks = 20_000 * Stopwatch.Frequency / 1_000_000_000;
        var players = new CheckedThread[2];
        for (var index = 0; index < 2; index++)
        {
            var me = index;
            players[index] = CheckedThread.Create(() =>
            {
                var self = JThread.CurrentThread();
                var other = players[1 - me].Thread;
                while (!Volatile.Read(ref game.Stop))
                {
                    var start = Stopwatch.GetTimestamp();
                    while (!PingPong.MyTurnOrStop((game, me)))
                    {
                        _ = self.Parker.Park(self, PingPong.MyTurnOrStop, (game, me), shortTicks, JThreadState.TimedWaiting, Timeout.Infinite, spin: me == 0);
                        Assert.True(Stopwatch.GetElapsedTime(start) < TestTimeouts.UnexpectedTimeout, "a turn never came");
                    }

                    Volatile.Write(ref game.Turn, 1 - me);
                    other.Parker.Wake();
                    Interlocked.Increment(ref game.RoundTrips);
                }
            }, $"player {me}");
        }

        players[0].Thread.Start();
        players[1].Thread.Start();
        Thread.Sleep(TestTimeouts.RaceDuration);
        Volatile.Write(ref game.Stop, true);
        players[0].Thread.Parker.Wake();
        players[1].Thread.Parker.Wake();
        players[0].Join();
        players[1].Join();
        Assert.True(game.RoundTrips > 0);
    }

    /// <summary>Waits until <paramref name="thread"/> has parked and had time to reach the kernel's sleep.</summary>
    private static void WaitUntilAsleep(JThread thread)
    {
        TestWait.Until(() => thread.GetState() is JThreadState.Waiting or JThreadState.TimedWaiting, "the waiter parks");
        JThread.Sleep(TestTimeouts.ExpectedTimeoutMillis / 10);
    }

    private sealed class Flag
    {
        public static readonly Func<Flag, bool> IsSet = static flag => Volatile.Read(ref flag.Value);

        public bool Value;
    }

    private sealed class PingPong
    {
        public static readonly Func<(PingPong Game, int Me), bool> MyTurnOrStop =
            static state => Volatile.Read(ref state.Game.Turn) == state.Me || Volatile.Read(ref state.Game.Stop);

        public int Turn;

        public bool Stop;

        public long RoundTrips;
    }

    private sealed class Round
    {
        public ThreadParker Parker { get; } = new();

        public Flag Flag { get; } = new();
    }
}
