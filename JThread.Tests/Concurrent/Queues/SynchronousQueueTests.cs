using System.Diagnostics;
using JThreading.Concurrent;

namespace JThreading.Tests.Concurrent;

/// <summary>
/// <see cref="SynchronousQueue{T}"/>, unfair and fair, re-expressing the TCK's SynchronousQueueTest: a queue with no
/// room (every collection view empty), hand-offs in both directions, Java's interrupt rules (Put/Take check on entry;
/// the timed calls hand over to a waiting partner with the flag set and throw only when no hand-off happens), the
/// order waiting threads are served in, and races in which every element is handed over exactly once.
/// </summary>
public sealed class SynchronousQueueTests
{
    private static readonly long LongMillis = TestTimeouts.UnexpectedTimeoutMillis;
    private static readonly long ShortMillis = TestTimeouts.ExpectedTimeoutMillis;

    public static TheoryData<bool> Fairness => [false, true];

    [Theory]
    [MemberData(nameof(Fairness))]
    public void CollectionViews_Always_AreEmpty(bool fair)
    {
        var queue = new SynchronousQueue<int>(fair);

        Assert.True(queue.IsEmpty());
        Assert.Equal(0, queue.Size());
        Assert.Equal(0, queue.RemainingCapacity());
        Assert.False(queue.TryPeek(out _));
        IBlockingQueue<int> asQueue = queue;
        Assert.False(asQueue.Contains(0));
        Assert.False(queue.Remove(0));
        queue.Clear();
        Assert.Empty(queue.ToArray());
        Assert.Empty(queue);
        Assert.Equal("[]", queue.ToString());
    }

    [Theory]
    [MemberData(nameof(Fairness))]
    public void OfferPollAdd_NoPartner_FailAsJava(bool fair)
    {
        var queue = new SynchronousQueue<int>(fair);

        Assert.False(queue.Offer(1));
        Assert.False(queue.TryPoll(out _));
        Assert.Equal("Queue full", Assert.Throws<InvalidOperationException>(() => queue.Add(1)).Message);
        Assert.False(queue.Offer(1, 0, TimeUnit.Seconds));
        Assert.False(queue.TryPoll(-5, TimeUnit.Seconds, out _));
    }

    [Theory]
    [MemberData(nameof(Fairness))]
    public void Inserts_NullElement_ThrowArgumentNullException(bool fair)
    {
        var queue = new SynchronousQueue<string>(fair);

        Assert.Throws<ArgumentNullException>(() => queue.Offer(null!));
        Assert.Throws<ArgumentNullException>(() => queue.Add(null!));
        Assert.Throws<ArgumentNullException>(() => queue.Put(null!));
        Assert.Throws<ArgumentNullException>(() => queue.Offer(null!, 1, TimeUnit.Seconds));
    }

    [Theory]
    [MemberData(nameof(Fairness))]
    public void Put_NoTaker_WaitsUntilTaken(bool fair)
    {
        var queue = new SynchronousQueue<int>(fair);
        var putter = CheckedThread.Start(() => queue.Put(42));
        TestWait.ForState(putter.Thread, JThreadState.Waiting);
        Assert.True(putter.Thread.IsAlive());

        Assert.Equal(42, queue.Take());
        putter.Join();
    }

    [Theory]
    [MemberData(nameof(Fairness))]
    public void Take_NoPutter_ReceivesFromOfferAndAdd(bool fair)
    {
        var queue = new SynchronousQueue<int>(fair);
        var received = new List<int>();
        var taker = CheckedThread.Start(() =>
        {
            received.Add(queue.Take());
            Assert.True(queue.TryPoll(LongMillis, TimeUnit.Milliseconds, out var second));
            received.Add(second);
        });

        TestWait.ForState(taker.Thread, JThreadState.Waiting);
        Assert.True(queue.Offer(1));
        TestWait.ForState(taker.Thread, JThreadState.TimedWaiting);
        Assert.True(queue.Add(2));
        taker.Join();
        Assert.Equal([1, 2], received);
    }

    [Theory]
    [MemberData(nameof(Fairness))]
    public void TryPoll_PutterWaiting_TakesItsElement(bool fair)
    {
        var queue = new SynchronousQueue<int>(fair);
        var putter = CheckedThread.Start(() => Assert.True(queue.Offer(7, LongMillis, TimeUnit.Milliseconds)));
        TestWait.ForState(putter.Thread, JThreadState.TimedWaiting);

        Assert.True(queue.TryPoll(out var item));
        Assert.Equal(7, item);
        putter.Join();
        Assert.False(queue.TryPoll(out _));
    }

    [Theory]
    [MemberData(nameof(Fairness))]
    public void TimedOfferAndPoll_NoPartner_TimeOutAfterTheTimeout(bool fair)
    {
        var queue = new SynchronousQueue<int>(fair);
        var clock = Stopwatch.StartNew();

        Assert.False(queue.Offer(1, ShortMillis, TimeUnit.Milliseconds));
        Assert.True(clock.ElapsedMilliseconds >= ShortMillis, $"offer returned after {clock.ElapsedMilliseconds} ms");
        clock.Restart();
        Assert.False(queue.TryPoll(ShortMillis, TimeUnit.Milliseconds, out _));
        Assert.True(clock.ElapsedMilliseconds >= ShortMillis, $"poll returned after {clock.ElapsedMilliseconds} ms");
    }

    [Theory]
    [MemberData(nameof(Fairness))]
    public void PutAndTake_FlagSetEvenWithPartnerWaiting_ThrowOnEntry(bool fair)
    {
        var queue = new SynchronousQueue<int>(fair);
        var putter = CheckedThread.Start(() => queue.Put(5));
        TestWait.ForState(putter.Thread, JThreadState.Waiting);

        CheckedThread.Run(() =>
        {
            JThread.CurrentThread().Interrupt();
            Assert.Throws<InterruptedException>(() => queue.Take());
            Assert.False(JThread.CurrentThread().IsInterrupted());
        });
        Assert.Equal(5, queue.Take());
        putter.Join();

        var taker = CheckedThread.Start(() => Assert.Equal(6, queue.Take()));
        TestWait.ForState(taker.Thread, JThreadState.Waiting);
        CheckedThread.Run(() =>
        {
            JThread.CurrentThread().Interrupt();
            Assert.Throws<InterruptedException>(() => queue.Put(99));
            Assert.False(JThread.CurrentThread().IsInterrupted());
        });
        queue.Put(6);
        taker.Join();
    }

    [Theory]
    [MemberData(nameof(Fairness))]
    public void TimedOffer_FlagSetWithTakerWaiting_HandsOverAndKeepsFlag(bool fair)
    {
        var queue = new SynchronousQueue<int>(fair);
        var received = 0;
        var taker = CheckedThread.Start(() => received = queue.Take());
        TestWait.ForState(taker.Thread, JThreadState.Waiting);

        CheckedThread.Run(() =>
        {
            JThread.CurrentThread().Interrupt();
            Assert.True(queue.Offer(3, 0, TimeUnit.Seconds));
            Assert.True(JThread.CurrentThread().IsInterrupted());
        });
        taker.Join();
        Assert.Equal(3, received);
    }

    [Theory]
    [MemberData(nameof(Fairness))]
    public void TimedPoll_FlagSetWithPutterWaiting_HandsOverAndKeepsFlag(bool fair)
    {
        var queue = new SynchronousQueue<int>(fair);
        var putter = CheckedThread.Start(() => queue.Put(4));
        TestWait.ForState(putter.Thread, JThreadState.Waiting);

        CheckedThread.Run(() =>
        {
            JThread.CurrentThread().Interrupt();
            Assert.True(queue.TryPoll(LongMillis, TimeUnit.Milliseconds, out var item));
            Assert.Equal(4, item);
            Assert.True(JThread.CurrentThread().IsInterrupted());
        });
        putter.Join();
    }

    [Theory]
    [MemberData(nameof(Fairness))]
    public void TimedCalls_FlagSetNoPartnerZeroTimeout_ThrowAndClearFlag(bool fair)
    {
        var queue = new SynchronousQueue<int>(fair);
        CheckedThread.Run(() =>
        {
            JThread.CurrentThread().Interrupt();
            Assert.Throws<InterruptedException>(() => queue.Offer(1, 0, TimeUnit.Seconds));
            Assert.False(JThread.CurrentThread().IsInterrupted());

            JThread.CurrentThread().Interrupt();
            Assert.Throws<InterruptedException>(() => queue.TryPoll(0, TimeUnit.Seconds, out _));
            Assert.False(JThread.CurrentThread().IsInterrupted());

            JThread.CurrentThread().Interrupt();
            Assert.False(queue.Offer(1));
            Assert.False(queue.TryPoll(out _));
            Assert.True(JThread.CurrentThread().IsInterrupted());
        });
    }

    public static TheoryData<bool, string, JThreadState> BlockingCalls => new()
    {
        { false, "Put", JThreadState.Waiting },
        { false, "Take", JThreadState.Waiting },
        { false, "Offer(timeout)", JThreadState.TimedWaiting },
        { false, "TryPoll(timeout)", JThreadState.TimedWaiting },
        { true, "Put", JThreadState.Waiting },
        { true, "Take", JThreadState.Waiting },
        { true, "Offer(timeout)", JThreadState.TimedWaiting },
        { true, "TryPoll(timeout)", JThreadState.TimedWaiting },
    };

    [Theory]
    [MemberData(nameof(BlockingCalls))]
    public void BlockingCall_Interrupted_ThrowsClearsFlagAndLeavesNoWaiter(bool fair, string call, JThreadState state)
    {
        var queue = new SynchronousQueue<int>(fair);
        var waiter = CheckedThread.Start(() =>
        {
            Assert.Throws<InterruptedException>(() => Call(queue, call));
            Assert.False(JThread.CurrentThread().IsInterrupted());
        });
        TestWait.ForState(waiter.Thread, state);

        waiter.Thread.Interrupt();
        waiter.Join();
        Assert.False(queue.Offer(1));
        Assert.False(queue.TryPoll(out _));
    }

    [Fact]
    public void WaitingPutters_Fair_AreServedOldestFirst() => Assert.Equal([0, 1, 2], TakeFromThreePutters(fair: true));

    [Fact]
    public void WaitingPutters_Unfair_AreServedNewestFirst() => Assert.Equal([2, 1, 0], TakeFromThreePutters(fair: false));

    [Theory]
    [MemberData(nameof(Fairness))]
    public void DrainTo_PuttersWaiting_TakesTheirElements(bool fair)
    {
        var queue = new SynchronousQueue<int>(fair);
        var putters = new[] { 1, 2 }.Select(i =>
        {
            var putter = CheckedThread.Start(() => queue.Put(i), $"putter-{i}");
            TestWait.ForState(putter.Thread, JThreadState.Waiting);
            return putter;
        }).ToList();

        var target = new List<int>();
        Assert.Equal(0, queue.DrainTo(target, 0));
        Assert.Equal(1, queue.DrainTo(target, 1));
        Assert.Equal(1, queue.DrainTo(target));
        foreach (var putter in putters)
        {
            putter.Join();
        }

        Assert.Equal([1, 2], target.Order());
        Assert.Equal(0, queue.DrainTo(target));
    }

    [Fact]
    public void DrainTo_BadTarget_ThrowsJavaExceptions()
    {
        var queue = new SynchronousQueue<int>();

        Assert.Throws<ArgumentNullException>(() => queue.DrainTo(null!));
        Assert.Throws<ArgumentException>(() => queue.DrainTo(queue));
        Assert.Throws<ArgumentException>(() => queue.DrainTo(queue, 3));
    }

    [Theory]
    [MemberData(nameof(Fairness))]
    public void Race_InterruptVersusHandOff_ElementDeliveredExactlyOnceOrNotAtAll(bool fair)
    {
        var clock = Stopwatch.StartNew();
        var rounds = 0;
        while (clock.Elapsed < TestTimeouts.RaceDuration || rounds < 20)
        {
            rounds++;
            var queue = new SynchronousQueue<int>(fair);
            var received = -1;
            var putterDone = false;
            var taker = CheckedThread.Start(() =>
            {
                try
                {
                    received = queue.Take();
                }
                #pragma warning disable JT0001 // on purpose: the test sends this interrupt; the thread records it and ends
                catch (InterruptedException)
                #pragma warning restore JT0001
                {
                }
            });
            var putter = CheckedThread.Start(() => putterDone = queue.Offer(rounds, LongMillis / 10, TimeUnit.Milliseconds));
            var interrupter = CheckedThread.Start(() => taker.Thread.Interrupt());
            interrupter.Join();
            taker.Join();
            if (received != rounds)
            {
                // The taker left without the element: the putter is still waiting for somebody else.
                Assert.Equal(-1, received);
                Assert.True(queue.TryPoll(LongMillis, TimeUnit.Milliseconds, out var late));
                Assert.Equal(rounds, late);
            }

            putter.Join();
            Assert.True(putterDone);
            Assert.False(queue.TryPoll(out _));
        }
    }

    [Theory]
    [MemberData(nameof(Fairness))]
    public void Race_TimeoutVersusOffer_OfferSucceedsExactlyWhenThePollerReceives(bool fair)
    {
        var clock = Stopwatch.StartNew();
        var rounds = 0;
        while (clock.Elapsed < TestTimeouts.RaceDuration || rounds < 20)
        {
            rounds++;
            var queue = new SynchronousQueue<int>(fair);
            var got = false;
            var received = -1;
            var poller = CheckedThread.Start(() => got = queue.TryPoll(rounds % 50, TimeUnit.Microseconds, out received));
            var offered = false;
            var deadline = Stopwatch.StartNew();
            while (!offered && poller.Thread.IsAlive() && deadline.Elapsed < TestTimeouts.UnexpectedTimeout)
            {
                offered = queue.Offer(rounds);
            }

            poller.Join();
            Assert.Equal(offered, got);
            Assert.Equal(got, received == rounds);
        }
    }

    [Theory]
    [MemberData(nameof(Fairness))]
    public void Race_ManyProducersAndConsumers_DeliverEveryElementExactlyOnce(bool fair) =>
        QueueRaces.ProducersAndConsumers(() => new SynchronousQueue<int>(fair));

    private static void Call(SynchronousQueue<int> queue, string call)
    {
        switch (call)
        {
            case "Put":
                queue.Put(1);
                break;
            case "Take":
                queue.Take();
                break;
            case "Offer(timeout)":
                queue.Offer(1, LongMillis, TimeUnit.Milliseconds);
                break;
            default:
                queue.TryPoll(LongMillis, TimeUnit.Milliseconds, out _);
                break;
        }
    }

    private static List<int> TakeFromThreePutters(bool fair)
    {
        var queue = new SynchronousQueue<int>(fair);
        var putters = new List<CheckedThread>();
        for (var i = 0; i < 3; i++)
        {
            var item = i;
            putters.Add(CheckedThread.Start(() => queue.Put(item), $"putter-{i}"));
            TestWait.ForState(putters[^1].Thread, JThreadState.Waiting);
        }

        var taken = new List<int> { queue.Take(), queue.Take(), queue.Take() };
        foreach (var putter in putters)
        {
            putter.Join();
        }

        return taken;
    }
}
