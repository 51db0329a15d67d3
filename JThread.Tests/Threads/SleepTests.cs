using System.Diagnostics;

namespace JThreading.Tests.Threads;

/// <summary><see cref="JThread.Sleep(long)"/> and its overloads: never shorter than asked, no overflow on huge values.</summary>
public sealed class SleepTests
{
    [Theory]
    [InlineData("Sleep(long)")]
    [InlineData("Sleep(long, int)")]
    [InlineData("Sleep(TimeSpan)")]
    public void Sleep_AnyOverload_SleepsAtLeastThatLong(string sleep)
    {
        var clock = Stopwatch.StartNew();

        switch (sleep)
        {
            case "Sleep(long)":
                JThread.Sleep(TestTimeouts.ExpectedTimeoutMillis);
                break;
            case "Sleep(long, int)":
                JThread.Sleep(TestTimeouts.ExpectedTimeoutMillis - 1, 999_999);
                break;
            default:
                JThread.Sleep(TestTimeouts.ExpectedTimeout);
                break;
        }

        // Each asks for ExpectedTimeout less at most one nanosecond.
        Assert.True(clock.Elapsed >= TestTimeouts.ExpectedTimeout - TimeSpan.FromTicks(1), $"{sleep} slept {clock.Elapsed}");
    }

    [Theory]
    [InlineData("Sleep(long, int)")]
    [InlineData("Sleep(TimeSpan)")]
    public void Sleep_SubMillisecond_SleepsAtLeastThatLong(string sleep)
    {
        // Java 21's sleep(0, nanos) and sleep(Duration) sleep the nanoseconds, not a rounded-up millisecond; never less.
        for (var i = 0; i < 5; i++)
        {
            var start = Stopwatch.GetTimestamp();
            if (sleep == "Sleep(long, int)")
            {
                JThread.Sleep(0, 50_000);
            }
            else
            {
                JThread.Sleep(TimeSpan.FromMicroseconds(50));
            }

            var elapsed = Stopwatch.GetElapsedTime(start);
            Assert.True(elapsed >= TimeSpan.FromMicroseconds(50), $"{sleep} slept {elapsed}");
            Assert.True(elapsed < TestTimeouts.UnexpectedTimeout, $"{sleep} slept {elapsed}");
        }
    }

    [Fact]
    public void Sleep_SmallValues_ReturnAfterAtLeastTheTimeAsked()
    {
        // SleepSanity's small values, zero included; each must come back and must not sleep less than asked.
        foreach (var nanos in new[] { 0, 1, 1_000, 999_999 })
        {
            var clock = Stopwatch.StartNew();
            JThread.Sleep(1, nanos);
            Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(1), $"Sleep(1, {nanos}) took {clock.Elapsed}");
        }

        JThread.Sleep(0);
        JThread.Sleep(0, 0);
        JThread.Sleep(TimeSpan.Zero);
        JThread.Sleep(TimeSpan.FromTicks(1));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(-10_000)]
    [InlineData(long.MinValue)]
    public void Sleep_NegativeTimeSpan_ReturnsAtOnce(long ticks)
    {
        // -10_000 ticks is Timeout.InfiniteTimeSpan, "for ever" to .NET. On a helper thread, so a sleep that never
        // returns fails the test instead of hanging it.
        TestThreads.RunOnDaemon(() => JThread.Sleep(TimeSpan.FromTicks(ticks)));
    }

    [Theory]
    [InlineData("Sleep(int.MaxValue)")]
    [InlineData("Sleep(long.MaxValue)")]
    [InlineData("Sleep(long.MaxValue, 999999)")]
    [InlineData("Sleep(TimeSpan.MaxValue)")]
    public void Sleep_HugeValue_SleepsInsteadOfOverflowing(string sleep)
    {
        var returnedNormally = false;
        var sleeper = TestThreads.StartDaemon(() =>
        {
            try
            {
                Huge(sleep);
                returnedNormally = true;
            }
            #pragma warning disable JT0001 // on purpose: the test sends this interrupt; the thread records it and ends
            catch (InterruptedException)
            #pragma warning restore JT0001
            {
                // How the test ends the sleep.
            }
        }, "sleeper");

        TestWait.ForState(sleeper, JThreadState.TimedWaiting);
        Assert.False(sleeper.Join(TestTimeouts.ExpectedTimeout), $"{sleep} returned early");
        sleeper.Interrupt();
        TestWait.Joined(sleeper);

        Assert.False(returnedNormally);
    }

    private static void Huge(string sleep)
    {
        switch (sleep)
        {
            case "Sleep(int.MaxValue)":
                JThread.Sleep(int.MaxValue);
                break;
            case "Sleep(long.MaxValue)":
                JThread.Sleep(long.MaxValue);
                break;
            case "Sleep(long.MaxValue, 999999)":
                JThread.Sleep(long.MaxValue, 999_999);
                break;
            case "Sleep(TimeSpan.MaxValue)":
                JThread.Sleep(TimeSpan.MaxValue);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(sleep), sleep, null);
        }
    }
}
