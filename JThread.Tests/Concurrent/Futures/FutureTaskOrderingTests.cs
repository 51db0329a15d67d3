using System.Reflection;
using JThreading.Concurrent;

namespace JThreading.Tests.Concurrent;

/// <summary>
/// The two places where <c>FutureTask</c>'s correctness rests on ordering between threads: the runner's "clear the
/// runner, then read the state" against a canceller's "claim the state, then read the runner" (Java's volatiles make
/// it a Dekker pair; .NET's need a full fence), and a future caught half-way through completing.
/// </summary>
public sealed class FutureTaskOrderingTests
{
    // Seen 3-25 times per 150,000 rounds with a release-only write; a round is a few microseconds.
    private const int MaxRounds = 150_000;

    [Fact]
    public void RunAndResetVersusCancelTrue_RunnerSawNoCancel_IsNeverInterruptedAfterwards()
    {
        var leaks = 0;
        var rounds = 0;
        var deadline = DateTime.UtcNow + TestTimeouts.RaceDuration * 3;
        var round = new RoundGate();
        Periodic? current = null;
        var canceller = CheckedThread.Start(
            () =>
            {
                while (round.AwaitStart())
                {
                    Volatile.Read(ref current)!.Cancel(true);
                    round.Finish();
                }
            },
            "canceller");

        CheckedThread.Run(
            () =>
            {
                while (rounds < MaxRounds && DateTime.UtcNow < deadline)
                {
                    var task = new Periodic();
                    Volatile.Write(ref current, task);
                    round.Start();
                    var mayRunAgain = task.RunPeriod();
                    round.AwaitFinish();

                    // The canceller is done. If this run saw no cancel, nothing may interrupt this thread for it.
                    var interrupted = JThread.Interrupted();
                    if (mayRunAgain && interrupted)
                    {
                        leaks++;
                    }

                    rounds++;
                }
            },
            "runner");
        round.Stop();
        canceller.Join();

        Assert.True(rounds > 0);
        Assert.Equal(0, leaks);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Get_FutureCompletingAndFlagSet_WaitsForTheOutcomeAndKeepsTheFlag(bool timed)
    {
        var future = new FutureTask<int>(() => 1, "task");
        var state = typeof(FutureTask<int>).GetField("_state", BindingFlags.Instance | BindingFlags.NonPublic)!;
        var result = typeof(FutureTask<int>).GetField("_result", BindingFlags.Instance | BindingFlags.NonPublic)!;
        var completing = (int)typeof(FutureTask<int>).GetField("Completing", BindingFlags.Static | BindingFlags.NonPublic)!.GetValue(null)!;
        var normal = (int)typeof(FutureTask<int>).GetField("Normal", BindingFlags.Static | BindingFlags.NonPublic)!.GetValue(null)!;

        // Stop the future where Set stops between claiming the state and writing the outcome.
        state.SetValue(future, completing);
        Assert.True(future.IsDone());
        int? got = null;
        var flagAfter = false;
        var getter = CheckedThread.Start(() =>
        {
            JThread.CurrentThread().Interrupt();
            got = timed ? future.Get(TestTimeouts.UnexpectedTimeoutMillis, TimeUnit.Milliseconds) : future.Get();
            flagAfter = JThread.CurrentThread().IsInterrupted();
        });

        Thread.Sleep(TestTimeouts.ExpectedTimeout);
        Assert.True(getter.Thread.IsAlive(), "Get returned or threw before the outcome was written");
        result.SetValue(future, 7);
        state.SetValue(future, normal);

        getter.Join();
        Assert.Equal(7, got);
        Assert.True(flagAfter);
    }

    private sealed class Periodic() : FutureTask<int>(() => 0, "periodic")
    {
        public bool RunPeriod() => RunAndReset();
    }

    /// <summary>A spinning two-party start line and finish line, so that each round's race is as tight as it can be.</summary>
    private sealed class RoundGate
    {
        private int _started;
        private int _finished;
        private int _round;
        private volatile bool _stop;

        public void Start() => Interlocked.Increment(ref _started);

        /// <summary>Waits for the next round; false once stopped with no round left to run.</summary>
        public bool AwaitStart()
        {
            var spin = new SpinWait();
            while (Volatile.Read(ref _started) == _round)
            {
                if (_stop)
                {
                    return false;
                }

                spin.SpinOnce(sleep1Threshold: -1);
            }

            _round++;
            return true;
        }

        public void Finish() => Interlocked.Increment(ref _finished);

        public void AwaitFinish()
        {
            var target = Volatile.Read(ref _started);
            var spin = new SpinWait();
            while (Volatile.Read(ref _finished) < target)
            {
                spin.SpinOnce(sleep1Threshold: -1);
            }
        }

        public void Stop() => _stop = true;
    }
}
