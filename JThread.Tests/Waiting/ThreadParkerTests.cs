using System.Diagnostics;

namespace JThreading.Tests.Waiting;

/// <summary>
/// <see cref="ThreadParker"/> creates its event on the thread's first wait: a thread that never waits never has one,
/// and a wake-up that lands before or during the first wait is never lost.
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

    private sealed class Flag
    {
        public static readonly Func<Flag, bool> IsSet = static flag => Volatile.Read(ref flag.Value);

        public bool Value;
    }

    private sealed class Round
    {
        public ThreadParker Parker { get; } = new();

        public Flag Flag { get; } = new();
    }
}
