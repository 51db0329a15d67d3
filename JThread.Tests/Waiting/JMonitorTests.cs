using System.Diagnostics;

namespace JThreading.Tests.Waiting;

/// <summary>
/// <see cref="JMonitor"/> is Java's <c>Object.wait/notify/notifyAll</c> for a C# <c>lock</c>: argument and owner
/// checks, waiting forever on 0, time-outs, notify versus notifyAll, nested locks, and an interrupted wait that takes
/// the lock back before it throws.
/// </summary>
public sealed class JMonitorTests
{
    public static TheoryData<string> MonitorMethods => ["Wait(obj)", "Wait(obj, long)", "Wait(obj, long, int)", "Notify", "NotifyAll"];

    [Theory]
    [MemberData(nameof(MonitorMethods))]
    public void WaitOrNotify_WithoutLock_ThrowsSynchronizationLockException(string method)
    {
        var obj = new object();

        Assert.Throws<SynchronizationLockException>(() => Call(method, obj));
    }

    [Theory]
    [MemberData(nameof(MonitorMethods))]
    public void WaitOrNotify_LockHeldByAnotherThread_ThrowsSynchronizationLockException(string method)
    {
        var obj = new object();
        using var release = new ManualResetEventSlim();
        var holder = CheckedThread.Start(() =>
        {
            lock (obj)
            {
                release.Wait();
            }
        });
        TestWait.ForState(holder.Thread, JThreadState.Waiting);

        try
        {
            Assert.Throws<SynchronizationLockException>(() => Call(method, obj));
        }
        finally
        {
            release.Set();
            holder.Join();
        }
    }

    [Theory]
    [MemberData(nameof(MonitorMethods))]
    public void WaitOrNotify_NullObject_ThrowsArgumentNullException(string method) =>
        Assert.Throws<ArgumentNullException>(() => Call(method, null!));

    [Theory]
    [InlineData(-1L, 0)]
    [InlineData(long.MinValue, 0)]
    [InlineData(0L, -1)]
    [InlineData(0L, 1_000_000)]
    public void Wait_BadTimeout_ThrowsArgumentOutOfRangeException(long millis, int nanos)
    {
        var obj = new object();
        lock (obj)
        {
            #pragma warning disable JT0003, JT0004 // on purpose: argument checks that throw before waiting; Assert.Throws runs the lambda inside this lock
            Assert.Throws<ArgumentOutOfRangeException>(() => JMonitor.Wait(obj, millis, nanos));
            #pragma warning restore JT0003, JT0004
            if (nanos == 0)
            {
                #pragma warning disable JT0003, JT0004 // on purpose: argument checks that throw before waiting; Assert.Throws runs the lambda inside this lock
                Assert.Throws<ArgumentOutOfRangeException>(() => JMonitor.Wait(obj, millis));
                #pragma warning restore JT0003, JT0004
            }
        }
    }

    [Theory]
    [InlineData("Wait(obj)")]
    [InlineData("Wait(obj, 0)")]
    [InlineData("Wait(obj, 0, 0)")]
    public void Wait_Zero_WaitsUntilNotified(string call)
    {
        using var calls = new BlockingCalls();
        using var returned = new ManualResetEventSlim();
        var waiter = CheckedThread.Start(() =>
        {
            calls.Run(call);
            returned.Set();
        });
        TestWait.ForState(waiter.Thread, JThreadState.Waiting);

        // 0 means "forever" as in Java, not "do not wait" as in Monitor.Wait.
        Assert.False(returned.Wait(TestTimeouts.ExpectedTimeout, TestContext.Current.CancellationToken), $"{call} returned without a notify");
        LockAndNotify(calls.Monitor);

        waiter.Join();
        Assert.True(returned.IsSet);
    }

    [Fact]
    public void Wait_Timed_TimesOutAndReturnsHoldingLock()
    {
        var obj = new object();
        lock (obj)
        {
            var clock = Stopwatch.StartNew();

            #pragma warning disable JT0003 // on purpose: a test of JMonitor itself, checking what one wait does
            JMonitor.Wait(obj, TestTimeouts.ExpectedTimeoutMillis);
            #pragma warning restore JT0003

            Assert.True(clock.Elapsed >= TestTimeouts.ExpectedTimeout, $"returned after {clock.Elapsed}");
            Assert.True(Monitor.IsEntered(obj));
        }
    }

    [Fact]
    public void Wait_ZeroMillisWithNanos_TimesOutAfterAWholeMillisecond()
    {
        // Java's wait(0, nanos) rounds up to wait(1): it neither waits forever nor returns at once.
        var obj = new object();
        lock (obj)
        {
            var clock = Stopwatch.StartNew();

            #pragma warning disable JT0003 // on purpose: a test of JMonitor itself, checking what one wait does
            JMonitor.Wait(obj, 0, 1);
            #pragma warning restore JT0003

            Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(1), $"returned after {clock.Elapsed}");
            Assert.True(Monitor.IsEntered(obj));
        }
    }

    [Fact]
    public void Wait_Notified_ReturnsHoldingLock()
    {
        var obj = new object();
        var heldAfterWait = false;
        var waiter = CheckedThread.Start(() =>
        {
            lock (obj)
            {
                #pragma warning disable JT0003 // on purpose: a test of JMonitor itself, checking what one wait does
                JMonitor.Wait(obj);
                #pragma warning restore JT0003
                heldAfterWait = Monitor.IsEntered(obj);
            }
        });
        TestWait.ForState(waiter.Thread, JThreadState.Waiting);

        LockAndNotify(obj);

        waiter.Join();
        Assert.True(heldAfterWait);
    }

    [Fact]
    public void Notify_BeforeAnyWait_IsNotRemembered()
    {
        var obj = new object();
        lock (obj)
        {
            JMonitor.Notify(obj);
            JMonitor.NotifyAll(obj);
            var clock = Stopwatch.StartNew();

            #pragma warning disable JT0003 // on purpose: a test of JMonitor itself, checking what one wait does
            JMonitor.Wait(obj, TestTimeouts.ExpectedTimeoutMillis);
            #pragma warning restore JT0003

            Assert.True(clock.Elapsed >= TestTimeouts.ExpectedTimeout, $"a notify given before the wait ended it after {clock.Elapsed}");
        }
    }

    [Fact]
    public void Notify_TwoWaiters_WakesExactlyOne()
    {
        var obj = new object();
        var woken = 0;
        var waiters = StartWaiters(obj, 2, () => Interlocked.Increment(ref woken));

        LockAndNotify(obj);

        TestWait.Until(() => Volatile.Read(ref woken) == 1, "one waiter woke");
        Assert.False(SpinWait.SpinUntil(() => Volatile.Read(ref woken) > 1, TestTimeouts.ExpectedTimeout), "one Notify woke both waiters");
        LockAndNotify(obj);

        JoinAll(waiters);
        Assert.Equal(2, woken);
    }

    [Fact]
    public void Notify_TwoWaiters_WakesLongestWaitingFirst()
    {
        var obj = new object();
        var order = new List<string>();
        var first = StartWaiters(obj, 1, () => order.Add("first"));
        var second = StartWaiters(obj, 1, () => order.Add("second"));

        LockAndNotify(obj);

        JoinAll(first);
        LockAndNotify(obj);

        JoinAll(second);
        Assert.Equal(["first", "second"], order);
    }

    [Fact]
    public void NotifyAll_ThreeWaiters_WakesAll()
    {
        var obj = new object();
        var woken = 0;
        var waiters = StartWaiters(obj, 3, () => Interlocked.Increment(ref woken));

        LockAndNotifyAll(obj);

        JoinAll(waiters);
        Assert.Equal(3, woken);
    }

    [Fact]
    public void NotifyAll_WaiterInMonitorWait_DoesNotWakeIt()
    {
        // The wait sets are separate, as the docs say: JMonitor's notify is for JMonitor.Wait only.
        var obj = new object();
        using var notified = new ManualResetEventSlim();
        lock (obj)
        {
            var notifier = CheckedThread.Start(() =>
            {
                lock (obj)
                {
                    JMonitor.NotifyAll(obj);
                    notified.Set();
                }
            });

            // The notifier can only run while Monitor.Wait has released the lock, so the NotifyAll falls inside one.
            var clock = Stopwatch.StartNew();
            while (!notified.IsSet && clock.Elapsed < TestTimeouts.UnexpectedTimeout)
            {
                Assert.False(Monitor.Wait(obj, TestTimeouts.ExpectedTimeout), "JMonitor.NotifyAll woke a Monitor.Wait");
            }

            Assert.True(notified.IsSet);
            notifier.Join();
        }
    }

    [Fact]
    public void Wait_NestedLock_ReleasedWhileWaitingAndHeldAtSameDepthAfter()
    {
        var obj = new object();
        var heldAfterWait = false;
        var heldAfterOneExit = false;
        var heldAfterTwoExits = true;
        var waiter = CheckedThread.Start(() =>
        {
            Monitor.Enter(obj);
            Monitor.Enter(obj);
            #pragma warning disable JT0003 // on purpose: a test of JMonitor itself, checking what one wait does
            JMonitor.Wait(obj);
            #pragma warning restore JT0003
            heldAfterWait = Monitor.IsEntered(obj);
            Monitor.Exit(obj);
            heldAfterOneExit = Monitor.IsEntered(obj);
            Monitor.Exit(obj);
            heldAfterTwoExits = Monitor.IsEntered(obj);
        });
        TestWait.ForState(waiter.Thread, JThreadState.Waiting);

        Assert.True(Monitor.TryEnter(obj, TestTimeouts.UnexpectedTimeout), "the waiter kept the nested lock while waiting");
        try
        {
            JMonitor.Notify(obj);
        }
        finally
        {
            Monitor.Exit(obj);
        }

        waiter.Join();
        Assert.True(heldAfterWait);
        Assert.True(heldAfterOneExit);
        Assert.False(heldAfterTwoExits);
    }

    [Fact]
    public void Wait_Interrupted_ReacquiresLockBeforeThrowing()
    {
        var obj = new object();
        var heldInCatch = false;
        var flagInCatch = true;
        var caught = false;
        var waiter = CheckedThread.Start(() =>
        {
            lock (obj)
            {
                try
                {
                    #pragma warning disable JT0003 // on purpose: a test of JMonitor itself, checking what one wait does
                    JMonitor.Wait(obj);
                    #pragma warning restore JT0003
                }
                #pragma warning disable JT0001 // on purpose: the test sends this interrupt; the thread records it and ends
                catch (InterruptedException)
                #pragma warning restore JT0001
                {
                    heldInCatch = Monitor.IsEntered(obj);
                    flagInCatch = JThread.CurrentThread().IsInterrupted();
                    Volatile.Write(ref caught, true);
                }
            }
        });
        TestWait.ForState(waiter.Thread, JThreadState.Waiting);

        lock (obj)
        {
            waiter.Thread.Interrupt();

            // While this thread keeps the lock the woken waiter cannot take it back, so it must not have thrown yet.
            TestWait.ForState(waiter.Thread, JThreadState.Blocked);
            Assert.False(Volatile.Read(ref caught), "the interrupted Wait threw before it held the lock again");
        }

        waiter.Join();
        Assert.True(caught);
        Assert.True(heldInCatch);
        Assert.False(flagInCatch);
    }

    [Fact]
    public void Wait_InterruptRacingNotify_NotificationNeverLost()
    {
        // Java: a waiter both interrupted and notified either returns normally (keeping the flag) or throws and
        // passes the notification on; a Notify never vanishes. Two waiters; the first is interrupted and, after a delay
        // that changes every round, a Notify follows, so over the rounds it lands at every point of the wake-up.
        var rounds = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TestTimeouts.RaceDuration)
        {
            var obj = new object();
            var returnedNormally = 0;
            var interrupted = StartWaiters(obj, 1, () => Interlocked.Increment(ref returnedNormally), catchInterrupt: true);
            var other = StartWaiters(obj, 1, () => Interlocked.Increment(ref returnedNormally));

            interrupted[0].Thread.Interrupt();
            Thread.SpinWait(rounds % 1024);
            LockAndNotify(obj);

            TestWait.Until(() => Volatile.Read(ref returnedNormally) >= 1, $"a notified waiter returned (round {rounds})");
            LockAndNotifyAll(obj);

            JoinAll([.. interrupted, .. other]);
            rounds++;
        }

        Assert.True(rounds > 0);
    }

    private static void LockAndNotify(object obj)
    {
        lock (obj)
        {
            JMonitor.Notify(obj);
        }
    }

    private static void LockAndNotifyAll(object obj)
    {
        lock (obj)
        {
            JMonitor.NotifyAll(obj);
        }
    }

    /// <summary>Starts waiters that each wait once on <paramref name="obj"/>, then run <paramref name="onWoken"/> under the lock.</summary>
    private static CheckedThread[] StartWaiters(object obj, int count, Action onWoken, bool catchInterrupt = false)
    {
        var waiters = new CheckedThread[count];
        for (var i = 0; i < count; i++)
        {
            waiters[i] = CheckedThread.Start(() =>
            {
                lock (obj)
                {
                    try
                    {
                        #pragma warning disable JT0003 // on purpose: a test of JMonitor itself, checking what one wait does
                        JMonitor.Wait(obj);
                        #pragma warning restore JT0003
                    }
                    #pragma warning disable JT0001 // on purpose: the test sends this interrupt; the thread records it and ends
                    catch (InterruptedException) when (catchInterrupt)
                    #pragma warning restore JT0001
                    {
                        return;
                    }

                    onWoken();
                }
            });

            // One at a time, so arrival order is known.
            TestWait.ForState(waiters[i].Thread, JThreadState.Waiting);
        }

        return waiters;
    }

    private static void JoinAll(CheckedThread[] threads)
    {
        foreach (var thread in threads)
        {
            thread.Join();
        }
    }

    private static void Call(string method, object obj)
    {
        switch (method)
        {
            #pragma warning disable JT0003, JT0004 // on purpose: each call is checked to throw without the lock
            case "Wait(obj)": JMonitor.Wait(obj); break;
            case "Wait(obj, long)": JMonitor.Wait(obj, TestTimeouts.ExpectedTimeoutMillis); break;
            case "Wait(obj, long, int)": JMonitor.Wait(obj, TestTimeouts.ExpectedTimeoutMillis, 1); break;
            case "Notify": JMonitor.Notify(obj); break;
            case "NotifyAll": JMonitor.NotifyAll(obj); break;
            #pragma warning restore JT0003, JT0004
            default: throw new ArgumentException($"unknown method {method}", nameof(method));
        }
    }
}
