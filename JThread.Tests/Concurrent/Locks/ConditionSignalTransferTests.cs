using JThreading.Concurrent;

namespace JThreading.Tests.Concurrent;

/// <summary>
/// A signal moves its waiter onto the lock's queue at once, as Java's <c>signal()</c> does (the JSR-166 TCK's
/// <c>testSignalWakesFifo</c> and the monitoring checks around it): the waiter is queued when <c>Signal</c> returns,
/// signalled waiters take the lock in the order they were signalled, and on a fair lock no later arrival goes first.
/// </summary>
public sealed class ConditionSignalTransferTests
{
    public static TheoryData<bool> Fairness => [false, true];

    [Theory]
    [MemberData(nameof(Fairness))]
    public void Signal_TwoWaiters_EachIsQueuedOnTheLockAsSoonAsSignalled(bool fair)
    {
        var rl = new ReentrantLock(fair);
        var c = rl.NewCondition();
        var order = new List<string>();
        var first = StartWaiter(rl, c, order, "first");
        var second = StartWaiter(rl, c, order, "second");

        rl.Lock();
        try
        {
            Assert.Equal(2, rl.GetWaitQueueLength(c));
            c.Signal();
            Assert.True(rl.HasQueuedThread(first.Thread));
            Assert.False(rl.HasQueuedThread(second.Thread));
            Assert.Equal(1, rl.GetWaitQueueLength(c));

            c.Signal();
            Assert.True(rl.HasQueuedThread(first.Thread));
            Assert.True(rl.HasQueuedThread(second.Thread));
            Assert.Equal(2, rl.GetQueueLength());
            Assert.False(rl.HasWaiters(c));
        }
        finally
        {
            rl.Unlock();
        }

        first.Join();
        second.Join();
        Assert.Equal(["first", "second"], order);
    }

    [Theory]
    [MemberData(nameof(Fairness))]
    public void SignalAll_TwoWaiters_BothQueuedInArrivalOrder(bool fair)
    {
        var rl = new ReentrantLock(fair);
        var c = rl.NewCondition();
        var order = new List<string>();
        var first = StartWaiter(rl, c, order, "first");
        var second = StartWaiter(rl, c, order, "second");

        rl.Lock();
        try
        {
            c.SignalAll();
            Assert.True(rl.HasQueuedThread(first.Thread));
            Assert.True(rl.HasQueuedThread(second.Thread));
        }
        finally
        {
            rl.Unlock();
        }

        first.Join();
        second.Join();
        Assert.Equal(["first", "second"], order);
    }

    [Fact]
    public void Signal_FairLock_LaterArrivalDoesNotTakeTheLockBeforeTheSignalledWaiter()
    {
        var rl = new ReentrantLock(fair: true);
        var c = rl.NewCondition();
        var order = new List<string>();
        var waiter = StartWaiter(rl, c, order, "signalled");

        rl.Lock();
        CheckedThread arrival;
        try
        {
            c.Signal();
            arrival = CheckedThread.Start(
                () =>
                {
                    rl.Lock();
                    try
                    {
                        order.Add("later arrival");
                    }
                    finally
                    {
                        rl.Unlock();
                    }
                },
                "later arrival");
            TestWait.Until(() => rl.HasQueuedThread(arrival.Thread), "the later arrival is queued");
        }
        finally
        {
            rl.Unlock();
        }

        waiter.Join();
        arrival.Join();
        Assert.Equal(["signalled", "later arrival"], order);
    }

    [Theory]
    [MemberData(nameof(Fairness))]
    public void Signal_WaiterAtTwoHolds_TakesTheLockBackAtTwoHolds(bool fair)
    {
        var rl = new ReentrantLock(fair);
        var c = rl.NewCondition();
        var holds = 0;
        var waiter = CheckedThread.Start(() =>
        {
            rl.Lock();
            rl.Lock();
            try
            {
                c.Await();
                holds = rl.GetHoldCount();
            }
            finally
            {
                rl.Unlock();
                rl.Unlock();
            }
        });
        TestWait.Until(() => Locked(rl, () => rl.HasWaiters(c)), "the waiter waits");

        Locked(rl, () =>
        {
            c.Signal();
            return true;
        });

        waiter.Join();
        Assert.Equal(2, holds);
        Assert.False(rl.IsLocked());
    }

    [Theory]
    [MemberData(nameof(Fairness))]
    public void Signal_RacingTimeout_WaiterEndsHoldingOnceAndLeavesNothingQueued(bool fair)
    {
        var rl = new ReentrantLock(fair);
        var c = rl.NewCondition();
        for (var round = 0; round < 200; round++)
        {
            var waiter = CheckedThread.Start(() =>
            {
                rl.Lock();
                try
                {
                    c.Await(1, TimeUnit.Milliseconds);
                    Assert.True(rl.IsHeldByCurrentThread());
                    Assert.Equal(1, rl.GetHoldCount());
                }
                finally
                {
                    rl.Unlock();
                }
            });
            TestWait.Until(() => Locked(rl, () => rl.HasWaiters(c)) || !waiter.Thread.IsAlive(), "the waiter waits or is done");
            Locked(rl, () =>
            {
                c.Signal();
                return true;
            });
            waiter.Join();
            Assert.False(rl.IsLocked());
            Assert.Equal(0, rl.GetQueueLength());
        }
    }

    /// <summary>Starts a thread that awaits <paramref name="c"/> and then records its name; returns once it waits.</summary>
    private static CheckedThread StartWaiter(ReentrantLock rl, ICondition c, List<string> order, string name)
    {
        var waitersBefore = Locked(rl, () => rl.GetWaitQueueLength(c));
        var waiter = CheckedThread.Start(
            () =>
            {
                rl.Lock();
                try
                {
                    c.Await();
                    order.Add(name);
                }
                finally
                {
                    rl.Unlock();
                }
            },
            name);
        TestWait.Until(() => Locked(rl, () => rl.GetWaitQueueLength(c) == waitersBefore + 1), $"{name} waits");
        return waiter;
    }

    private static T Locked<T>(ReentrantLock rl, Func<T> query)
    {
        rl.Lock();
        try
        {
            return query();
        }
        finally
        {
            rl.Unlock();
        }
    }
}
