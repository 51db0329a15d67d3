using System.Diagnostics;
using JThreading.Concurrent;

namespace JThreading.Tests.Concurrent;

/// <summary>
/// <see cref="TimeUnitExtensions"/>: Java's conversions (truncating toward zero, saturating at the edges) and the timed
/// waits with Java's interruption rules.
/// </summary>
public sealed class TimeUnitTests
{
    public static TheoryData<TimeUnit> Units => new(Enum.GetValues<TimeUnit>());

    [Theory]
    [InlineData(TimeUnit.Nanoseconds, 1L)]
    [InlineData(TimeUnit.Microseconds, 1_000L)]
    [InlineData(TimeUnit.Milliseconds, 1_000_000L)]
    [InlineData(TimeUnit.Seconds, 1_000_000_000L)]
    [InlineData(TimeUnit.Minutes, 60_000_000_000L)]
    [InlineData(TimeUnit.Hours, 3_600_000_000_000L)]
    [InlineData(TimeUnit.Days, 86_400_000_000_000L)]
    public void ToNanos_EveryUnit_MultipliesByItsLength(TimeUnit unit, long nanosPerUnit)
    {
        for (long t = 0; t < 88_888; t += 4_444)
        {
            Assert.Equal(t * nanosPerUnit, unit.ToNanos(t));
            Assert.Equal(-t * nanosPerUnit, unit.ToNanos(-t));
            Assert.Equal(t * nanosPerUnit, TimeUnit.Nanoseconds.Convert(t, unit));
        }
    }

    [Fact]
    public void Conversions_BetweenEveryPair_MatchTheNanosecondRatio()
    {
        foreach (var source in Enum.GetValues<TimeUnit>())
        {
            foreach (var target in Enum.GetValues<TimeUnit>())
            {
                Int128 sourceNanos = source.ToNanos(1);
                Int128 targetNanos = target.ToNanos(1);
                foreach (var t in new long[] { 0, 1, 7, 999, 1_000, 86_399, 86_400, 123_456_789 })
                {
                    var exact = sourceNanos >= targetNanos ? t * (sourceNanos / targetNanos) : t / (targetNanos / sourceNanos);
                    var expected = exact > long.MaxValue ? long.MaxValue : (long)exact;
                    Assert.Equal(expected, target.Convert(t, source));
                    Assert.Equal(expected == long.MaxValue ? long.MinValue : -expected, target.Convert(-t, source));
                }
            }
        }
    }

    [Fact]
    public void ToX_EachMethod_AgreesWithConvert()
    {
        foreach (var unit in Enum.GetValues<TimeUnit>())
        {
            foreach (var t in new[] { long.MinValue, -123_456_789_012L, -1, 0, 1, 86_401, 123_456_789_012L, long.MaxValue })
            {
                Assert.Equal(TimeUnit.Nanoseconds.Convert(t, unit), unit.ToNanos(t));
                Assert.Equal(TimeUnit.Microseconds.Convert(t, unit), unit.ToMicros(t));
                Assert.Equal(TimeUnit.Milliseconds.Convert(t, unit), unit.ToMillis(t));
                Assert.Equal(TimeUnit.Seconds.Convert(t, unit), unit.ToSeconds(t));
                Assert.Equal(TimeUnit.Minutes.Convert(t, unit), unit.ToMinutes(t));
                Assert.Equal(TimeUnit.Hours.Convert(t, unit), unit.ToHours(t));
                Assert.Equal(TimeUnit.Days.Convert(t, unit), unit.ToDays(t));
            }
        }
    }

    [Fact]
    public void Convert_ToCoarserUnit_TruncatesTowardZero()
    {
        Assert.Equal(1, TimeUnit.Seconds.Convert(1_999, TimeUnit.Milliseconds));
        Assert.Equal(-1, TimeUnit.Seconds.Convert(-1_999, TimeUnit.Milliseconds));
        Assert.Equal(0, TimeUnit.Days.Convert(86_399, TimeUnit.Seconds));
        Assert.Equal(0, TimeUnit.Microseconds.ToDays(long.MinValue / 100_000_000_000L));
        Assert.Equal(106_751, TimeUnit.Days.Convert(long.MaxValue, TimeUnit.Nanoseconds));
        Assert.Equal(-106_751, TimeUnit.Nanoseconds.ToDays(long.MinValue));
        Assert.Equal(9_223_372_036_854L, TimeUnit.Nanoseconds.ToMillis(long.MaxValue));
    }

    [Theory]
    [MemberData(nameof(Units))]
    public void Convert_ToFinerUnit_SaturatesAtBothEdges(TimeUnit unit)
    {
        foreach (var target in Enum.GetValues<TimeUnit>().Where(t => t < unit))
        {
            var ratio = unit.ToNanos(1) / target.ToNanos(1);
            var limit = long.MaxValue / ratio;

            Assert.Equal(limit * ratio, target.Convert(limit, unit));
            Assert.Equal(-limit * ratio, target.Convert(-limit, unit));
            Assert.Equal(long.MaxValue, target.Convert(limit + 1, unit));
            Assert.Equal(long.MinValue, target.Convert(-limit - 1, unit));
            Assert.Equal(long.MaxValue, target.Convert(long.MaxValue, unit));
            Assert.Equal(long.MinValue, target.Convert(long.MinValue, unit));
        }
    }

    [Fact]
    public void ToNanos_JustPastTheEdge_Saturates()
    {
        Assert.Equal(long.MaxValue, TimeUnit.Days.ToNanos(106_752));
        Assert.Equal(106_751L * 86_400_000_000_000L, TimeUnit.Days.ToNanos(106_751));
        Assert.Equal(long.MinValue, TimeUnit.Seconds.ToNanos(-9_223_372_037L));
        Assert.Equal(-9_223_372_036_000_000_000L, TimeUnit.Seconds.ToNanos(-9_223_372_036L));
        Assert.Equal(long.MaxValue, TimeUnit.Milliseconds.ToMicros(long.MaxValue / 1000 + 1));
        Assert.Equal(long.MaxValue, TimeUnit.Hours.ToMinutes(long.MaxValue / 60 + 1));
        Assert.Equal(long.MinValue, TimeUnit.Days.ToHours(long.MinValue / 24 - 1));
        Assert.Equal(long.MinValue / 24 * 24, TimeUnit.Days.ToHours(long.MinValue / 24));
    }

    [Fact]
    public void Convert_UnknownUnit_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ((TimeUnit)42).ToNanos(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => TimeUnit.Seconds.Convert(1, (TimeUnit)(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => ((TimeUnit)7).Sleep(0));
    }

    [Fact]
    public void Sleep_Positive_SleepsAtLeastThatLong()
    {
        var clock = Stopwatch.StartNew();
        TimeUnit.Microseconds.Sleep(TestTimeouts.ExpectedTimeoutMillis * 1000L);
        Assert.True(clock.Elapsed >= TestTimeouts.ExpectedTimeout, $"slept only {clock.Elapsed}");
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-1L)]
    [InlineData(long.MinValue)]
    public void Sleep_ZeroOrNegativeWhileInterrupted_ReturnsAndKeepsTheFlag(long timeout) => CheckedThread.Run(() =>
    {
        JThread.CurrentThread().Interrupt();

        TimeUnit.Seconds.Sleep(timeout);

        Assert.True(JThread.Interrupted());
    });

    [Theory]
    [MemberData(nameof(Units))]
    public void Sleep_PositiveWhileInterrupted_ThrowsAndClearsTheFlag(TimeUnit unit) => CheckedThread.Run(() =>
    {
        JThread.CurrentThread().Interrupt();

        Assert.Throws<InterruptedException>(() => unit.Sleep(1));

        Assert.False(JThread.CurrentThread().IsInterrupted());
    });

    [Fact]
    public void Sleep_InterruptedWhileSleeping_ThrowsAndClearsTheFlag()
    {
        var sleeper = CheckedThread.Start(() =>
        {
            Assert.Throws<InterruptedException>(() => TimeUnit.Days.Sleep(long.MaxValue));
            Assert.False(JThread.CurrentThread().IsInterrupted());
        });
        TestWait.ForState(sleeper.Thread, JThreadState.TimedWaiting);

        sleeper.Thread.Interrupt();

        sleeper.Join();
    }

    [Fact]
    public void TimedJoin_LiveThreadTimesOut_ReturnsWithItAlive()
    {
        var gate = new CountdownEvent(1);
        var target = TestThreads.StartDaemon(() => gate.Wait());
        try
        {
            var clock = Stopwatch.StartNew();
            TimeUnit.Milliseconds.TimedJoin(target, TestTimeouts.ExpectedTimeoutMillis);
            Assert.True(clock.Elapsed >= TestTimeouts.ExpectedTimeout, $"joined only {clock.Elapsed}");
            Assert.True(target.IsAlive());
        }
        finally
        {
            gate.Signal();
            TestWait.Joined(target);
        }
    }

    [Fact]
    public void TimedJoin_ThreadEnds_Returns()
    {
        var target = TestThreads.StartDaemon(() => JThread.Sleep(10));

        TimeUnit.Seconds.TimedJoin(target, (long)TestTimeouts.UnexpectedTimeout.TotalSeconds);

        Assert.False(target.IsAlive());
    }

    [Fact]
    public void TimedJoin_InterruptedWithLiveThread_ThrowsAndClearsTheFlag()
    {
        var gate = new CountdownEvent(1);
        var target = TestThreads.StartDaemon(() => gate.Wait());
        try
        {
            CheckedThread.Run(() =>
            {
                JThread.CurrentThread().Interrupt();
                TimeUnit.Nanoseconds.TimedJoin(target, 0);
                Assert.True(JThread.CurrentThread().IsInterrupted());

                Assert.Throws<InterruptedException>(() => TimeUnit.Nanoseconds.TimedJoin(target, 1));
                Assert.False(JThread.CurrentThread().IsInterrupted());
            });
        }
        finally
        {
            gate.Signal();
            TestWait.Joined(target);
        }
    }

    [Fact]
    public void TimedJoin_InterruptedWithEndedThread_ReturnsAndKeepsTheFlag()
    {
        var target = TestThreads.StartDaemon(() => { });
        TestWait.Joined(target);

        CheckedThread.Run(() =>
        {
            JThread.CurrentThread().Interrupt();
            TimeUnit.Seconds.TimedJoin(target, 1);
            Assert.True(JThread.Interrupted());
        });
    }

    [Fact]
    public void TimedJoin_NullThread_Throws() =>
        Assert.Throws<ArgumentNullException>(() => TimeUnit.Seconds.TimedJoin(null!, 1));

    [Fact]
    public void TimedWait_TimesOut_ReturnsHoldingTheLock()
    {
        var monitor = new object();
        lock (monitor)
        {
            var clock = Stopwatch.StartNew();
            TimeUnit.Nanoseconds.TimedWait(monitor, TestTimeouts.ExpectedTimeoutMillis * 1_000_000L + 1);
            Assert.True(clock.Elapsed >= TestTimeouts.ExpectedTimeout, $"waited only {clock.Elapsed}");
            Assert.True(Monitor.IsEntered(monitor));
        }
    }

    [Fact]
    public void TimedWait_Notified_Returns()
    {
        var monitor = new object();
        var waiter = CheckedThread.Start(() =>
        {
            lock (monitor)
            {
                TimeUnit.Hours.TimedWait(monitor, 1);
            }
        });
        TestWait.ForState(waiter.Thread, JThreadState.TimedWaiting);

        lock (monitor)
        {
            JMonitor.Notify(monitor);
        }

        waiter.Join();
    }

    [Fact]
    public void TimedWait_NotOwnerWhileInterrupted_ThrowsSynchronizationLockExceptionFirst() => CheckedThread.Run(() =>
    {
        var monitor = new object();
        JThread.CurrentThread().Interrupt();

        Assert.Throws<SynchronizationLockException>(() => TimeUnit.Milliseconds.TimedWait(monitor, 1));
        Assert.True(JThread.CurrentThread().IsInterrupted());

        lock (monitor)
        {
            Assert.Throws<InterruptedException>(() => TimeUnit.Milliseconds.TimedWait(monitor, 1));
        }

        Assert.False(JThread.CurrentThread().IsInterrupted());
    });

    [Fact]
    public void TimedWait_ZeroOrNegative_DoesNothing() => CheckedThread.Run(() =>
    {
        var monitor = new object();
        JThread.CurrentThread().Interrupt();

        TimeUnit.Seconds.TimedWait(monitor, 0);
        TimeUnit.Seconds.TimedWait(monitor, -1);

        Assert.True(JThread.Interrupted());
    });

    [Fact]
    public void TimedWait_NullObject_Throws() =>
        Assert.Throws<ArgumentNullException>(() => TimeUnit.Seconds.TimedWait(null!, 1));
}
