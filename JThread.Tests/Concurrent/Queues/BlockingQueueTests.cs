using System.Diagnostics;
using JThreading.Concurrent;

namespace JThreading.Tests.Concurrent;

/// <summary>
/// The <see cref="IBlockingQueue{T}"/> contract of a queue that holds elements (<see cref="LinkedBlockingQueue{T}"/>,
/// <see cref="ArrayBlockingQueue{T}"/>), re-expressing the JSR-166 TCK's BlockingQueueTest and the shared cases of
/// LinkedBlockingQueueTest and ArrayBlockingQueueTest: capacity, the four ways to insert and remove, Java's interrupt
/// checks on entry and while blocked, thread states, waiters served oldest first, bulk operations, enumeration, and
/// races in which no element is lost or delivered twice.
/// </summary>
public abstract class BlockingQueueTests
{
    private const int Size = 20;

    private static readonly long LongMillis = TestTimeouts.UnexpectedTimeoutMillis;
    private static readonly long ShortMillis = TestTimeouts.ExpectedTimeoutMillis;

    private protected abstract IBlockingQueue<T> NewQueue<T>(int capacity);

    public static TheoryData<string> BlockingInserts => ["Put", "Offer(timeout)"];

    public static TheoryData<string> BlockingRemoves => ["Take", "TryPoll(timeout)"];

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void Constructor_CapacityBelowOne_ThrowsArgumentOutOfRangeException(int capacity) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => NewQueue<int>(capacity));

    [Fact]
    public void SizeAndRemainingCapacity_FillingAndEmptying_TrackTheCount()
    {
        var queue = NewQueue<int>(Size);
        Assert.True(queue.IsEmpty());
        for (var i = 0; i < Size; i++)
        {
            Assert.Equal(i, queue.Size());
            Assert.Equal(Size - i, queue.RemainingCapacity());
            Assert.True(queue.Add(i));
            Assert.False(queue.IsEmpty());
        }

        Assert.Equal(0, queue.RemainingCapacity());
        for (var i = 0; i < Size; i++)
        {
            Assert.Equal(i, queue.Take());
            Assert.Equal(i + 1, queue.RemainingCapacity());
        }

        Assert.True(queue.IsEmpty());
    }

    [Fact]
    public void OfferAndAdd_Full_ReturnFalseAndThrowQueueFull()
    {
        var queue = Filled(2);

        Assert.False(queue.Offer(99));
        var error = Assert.Throws<InvalidOperationException>(() => queue.Add(99));
        Assert.Equal("Queue full", error.Message);
        Assert.Equal([0, 1], queue.ToArray());
    }

    [Fact]
    public void Inserts_NullElement_ThrowArgumentNullException()
    {
        var queue = NewQueue<string>(Size);

        Assert.Throws<ArgumentNullException>(() => queue.Offer(null!));
        Assert.Throws<ArgumentNullException>(() => queue.Add(null!));
        Assert.Throws<ArgumentNullException>(() => queue.Put(null!));
        Assert.Throws<ArgumentNullException>(() => queue.Offer(null!, ShortMillis, TimeUnit.Milliseconds));
        Assert.True(queue.IsEmpty());
    }

    [Fact]
    public void NullQueries_OnReferenceQueue_FindNothing()
    {
        var queue = NewQueue<string>(Size);
        queue.Add("a");

        Assert.False(queue.Contains(null!));
        Assert.False(queue.Remove(null!));
        Assert.Equal(1, queue.Size());
    }

    [Fact]
    public void PutThenTake_ManyElements_KeepFifoOrder()
    {
        var queue = NewQueue<int>(Size);
        for (var i = 0; i < Size; i++)
        {
            queue.Put(i);
        }

        for (var i = 0; i < Size; i++)
        {
            Assert.True(queue.TryPeek(out var head));
            Assert.Equal(i, head);
            Assert.Equal(i, queue.Take());
        }
    }

    [Fact]
    public void TryPollAndTryPeek_Empty_ReturnFalse()
    {
        var queue = NewQueue<int>(Size);

        Assert.False(queue.TryPoll(out var polled));
        Assert.Equal(0, polled);
        Assert.False(queue.TryPeek(out _));
        Assert.False(queue.TryPoll(0, TimeUnit.Milliseconds, out _));
        Assert.False(queue.TryPoll(-1, TimeUnit.Days, out _));
    }

    [Fact]
    public void TimedPollAndOffer_ZeroTimeoutWithElementOrRoom_Succeed()
    {
        var queue = NewQueue<int>(1);

        Assert.True(queue.Offer(7, 0, TimeUnit.Nanoseconds));
        Assert.False(queue.Offer(8, 0, TimeUnit.Nanoseconds));
        Assert.True(queue.TryPoll(0, TimeUnit.Seconds, out var item));
        Assert.Equal(7, item);
    }

    [Fact]
    public void TimedPoll_Empty_TimesOutAfterTheTimeout()
    {
        var queue = NewQueue<int>(Size);
        var clock = Stopwatch.StartNew();

        Assert.False(queue.TryPoll(ShortMillis, TimeUnit.Milliseconds, out _));
        Assert.True(clock.ElapsedMilliseconds >= ShortMillis, $"returned after {clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void TimedPollAndOffer_Microseconds_TimeOutNotBeforeTheTimeout()
    {
        // Sub-millisecond timeouts wait to their deadline (not rounded to a millisecond), and never end before it.
        var empty = NewQueue<int>(Size);
        var full = Filled(1);
        for (var i = 0; i < 5; i++)
        {
            var start = Stopwatch.GetTimestamp();
            Assert.False(empty.TryPoll(100, TimeUnit.Microseconds, out _));
            var polled = Stopwatch.GetElapsedTime(start);
            start = Stopwatch.GetTimestamp();
            Assert.False(full.Offer(5, 100_000, TimeUnit.Nanoseconds));
            var offered = Stopwatch.GetElapsedTime(start);

            Assert.True(polled >= TimeSpan.FromMicroseconds(100), $"TryPoll returned after {polled}");
            Assert.True(offered >= TimeSpan.FromMicroseconds(100), $"Offer returned after {offered}");
            Assert.True(polled + offered < TestTimeouts.UnexpectedTimeout, $"returned after {polled} and {offered}");
        }
    }

    [Fact]
    public void TimedOffer_Full_TimesOutAfterTheTimeout()
    {
        var queue = Filled(1);
        var clock = Stopwatch.StartNew();

        Assert.False(queue.Offer(5, ShortMillis * 1000, TimeUnit.Microseconds));
        Assert.True(clock.ElapsedMilliseconds >= ShortMillis, $"returned after {clock.ElapsedMilliseconds} ms");
        Assert.Equal([0], queue.ToArray());
    }

    [Fact]
    public void Put_FlagSetWithRoom_ThrowsAndClearsFlagAndInsertsNothing()
    {
        var queue = NewQueue<int>(Size);
        CheckedThread.Run(() =>
        {
            JThread.CurrentThread().Interrupt();
            Assert.Throws<InterruptedException>(() => queue.Put(1));
            Assert.False(JThread.CurrentThread().IsInterrupted());

            JThread.CurrentThread().Interrupt();
            Assert.Throws<InterruptedException>(() => queue.Offer(1, 0, TimeUnit.Seconds));
            Assert.False(JThread.CurrentThread().IsInterrupted());
        });

        Assert.True(queue.IsEmpty());
    }

    [Fact]
    public void Take_FlagSetWithElement_ThrowsAndClearsFlagAndKeepsElement()
    {
        var queue = Filled(2);
        CheckedThread.Run(() =>
        {
            JThread.CurrentThread().Interrupt();
            Assert.Throws<InterruptedException>(() => queue.Take());
            Assert.False(JThread.CurrentThread().IsInterrupted());

            JThread.CurrentThread().Interrupt();
            Assert.Throws<InterruptedException>(() => queue.TryPoll(0, TimeUnit.Seconds, out _));
            Assert.False(JThread.CurrentThread().IsInterrupted());
        });

        Assert.Equal([0, 1], queue.ToArray());
    }

    [Fact]
    public void NonBlockingCalls_FlagSet_IgnoreTheFlag()
    {
        var queue = NewQueue<int>(Size);
        CheckedThread.Run(() =>
        {
            JThread.CurrentThread().Interrupt();
            Assert.True(queue.Offer(1));
            Assert.True(queue.Add(2));
            Assert.True(queue.TryPoll(out var item));
            Assert.Equal(1, item);
            Assert.True(queue.TryPeek(out _));
            Assert.True(JThread.CurrentThread().IsInterrupted());
        });
    }

    [Theory]
    [MemberData(nameof(BlockingInserts))]
    public void BlockingInsert_Full_WaitsInJavaStateUntilInterrupted(string call)
    {
        var queue = Filled(2);
        var putter = CheckedThread.Start(() =>
        {
            Assert.Throws<InterruptedException>(() => Insert(queue, call, 99));
            Assert.False(JThread.CurrentThread().IsInterrupted());
        });

        TestWait.ForState(putter.Thread, call == "Put" ? JThreadState.Waiting : JThreadState.TimedWaiting);
        putter.Thread.Interrupt();
        putter.Join();
        Assert.Equal([0, 1], queue.ToArray());
    }

    [Theory]
    [MemberData(nameof(BlockingRemoves))]
    public void BlockingRemove_Empty_WaitsInJavaStateUntilInterrupted(string call)
    {
        var queue = NewQueue<int>(2);
        var taker = CheckedThread.Start(() =>
        {
            Assert.Throws<InterruptedException>(() => RemoveOne(queue, call));
            Assert.False(JThread.CurrentThread().IsInterrupted());
        });

        TestWait.ForState(taker.Thread, call == "Take" ? JThreadState.Waiting : JThreadState.TimedWaiting);
        taker.Thread.Interrupt();
        taker.Join();
        Assert.True(queue.Offer(1));
        Assert.Equal([1], queue.ToArray());
    }

    [Theory]
    [MemberData(nameof(BlockingInserts))]
    public void BlockingInsert_Full_CompletesWhenAnotherThreadTakes(string call)
    {
        var queue = Filled(2);
        var putter = CheckedThread.Start(() => Insert(queue, call, 99));
        TestWait.ForState(putter.Thread, call == "Put" ? JThreadState.Waiting : JThreadState.TimedWaiting);

        Assert.Equal(0, queue.Take());
        putter.Join();
        Assert.Equal([1, 99], queue.ToArray());
    }

    [Theory]
    [MemberData(nameof(BlockingRemoves))]
    public void BlockingRemove_Empty_ReceivesTheNextInsertion(string call)
    {
        var queue = NewQueue<int>(2);
        var received = -1;
        var taker = CheckedThread.Start(() => received = RemoveOne(queue, call));
        TestWait.ForState(taker.Thread, call == "Take" ? JThreadState.Waiting : JThreadState.TimedWaiting);

        Assert.True(queue.Offer(42));
        taker.Join();
        Assert.Equal(42, received);
        Assert.True(queue.IsEmpty());
    }

    [Fact]
    public void BlockedTakers_SeveralWaiting_AreServedOldestFirst()
    {
        var queue = NewQueue<int>(Size);
        var received = new int[3];
        var takers = new CheckedThread[3];
        for (var i = 0; i < takers.Length; i++)
        {
            var slot = i;
            takers[i] = CheckedThread.Start(() => received[slot] = queue.Take(), $"taker-{i}");
            TestWait.ForState(takers[i].Thread, JThreadState.Waiting);
        }

        for (var i = 0; i < takers.Length; i++)
        {
            queue.Put(10 + i);
        }

        foreach (var taker in takers)
        {
            taker.Join();
        }

        Assert.Equal([10, 11, 12], received);
    }

    [Fact]
    public void BlockedPutters_SeveralWaiting_EnterOldestFirst()
    {
        var queue = Filled(1);
        var putters = new CheckedThread[3];
        for (var i = 0; i < putters.Length; i++)
        {
            var item = 10 + i;
            putters[i] = CheckedThread.Start(() => queue.Put(item), $"putter-{i}");
            TestWait.ForState(putters[i].Thread, JThreadState.Waiting);
        }

        var taken = new List<int>();
        for (var i = 0; i <= putters.Length; i++)
        {
            taken.Add(queue.Take());
        }

        foreach (var putter in putters)
        {
            putter.Join();
        }

        Assert.Equal([0, 10, 11, 12], taken);
    }

    [Fact]
    public void TimedCalls_HugeTimeouts_WaitUntilServedWithoutOverflow()
    {
        var queue = NewQueue<int>(1);
        var received = 0;
        var taker = CheckedThread.Start(() => Assert.True(queue.TryPoll(long.MaxValue, TimeUnit.Days, out received)));
        TestWait.ForState(taker.Thread, JThreadState.TimedWaiting);
        Assert.True(queue.Offer(5, long.MaxValue, TimeUnit.Nanoseconds));
        taker.Join();
        Assert.Equal(5, received);

        queue.Add(6);
        var putter = CheckedThread.Start(() => Assert.True(queue.Offer(7, long.MaxValue, TimeUnit.Hours)));
        TestWait.ForState(putter.Thread, JThreadState.TimedWaiting);
        Assert.Equal(6, queue.Take());
        putter.Join();
        Assert.Equal([7], queue.ToArray());
    }

    [Fact]
    public void InterruptedTake_ThenPlainDotNetWaits_NeverThrow()
    {
        var queue = NewQueue<int>(1);
        var contended = new object();
        using var holderRelease = new ManualResetEventSlim();
        var taker = CheckedThread.Start(() =>
        {
            Assert.Throws<InterruptedException>(() => queue.Take());
            JThread.CurrentThread().Interrupt();
            Thread.Sleep(1);
            lock (contended)
            {
                Monitor.Wait(contended, 1);
            }

            Assert.True(JThread.Interrupted());
        });
        TestWait.ForState(taker.Thread, JThreadState.Waiting);

        taker.Thread.Interrupt();
        taker.Join();
    }

    [Fact]
    public void RemoveAndContains_EveryOtherElement_AnswerForEachElement()
    {
        var queue = NewQueue<string>(Size);
        var items = Enumerable.Range(0, Size).Select(i => $"e{i}").ToArray();
        foreach (var item in items)
        {
            queue.Add(item);
        }

        for (var i = 1; i < Size; i += 2)
        {
            for (var pass = 0; pass < 2; pass++)
            {
                Assert.Equal(pass == 0, queue.Contains(items[i]));
                Assert.Equal(pass == 0, queue.Remove(items[i]));
                Assert.True(queue.Contains(items[i - 1]));
            }
        }

        for (var i = Size - 2; i >= 0; i -= 2)
        {
            Assert.True(queue.Remove(items[i]));
            Assert.False(queue.Contains(items[i]));
            Assert.False(queue.Remove(items[i + 1]));
        }

        Assert.True(queue.IsEmpty());
        Assert.Equal(Size, queue.RemainingCapacity());
    }

    [Fact]
    public void Remove_ElementInTheMiddle_RemovesFirstOccurrenceOnly()
    {
        var queue = NewQueue<int>(Size);
        foreach (var item in new[] { 1, 2, 3, 2, 4 })
        {
            queue.Add(item);
        }

        Assert.True(queue.Remove(2));
        Assert.Equal([1, 3, 2, 4], queue.ToArray());
        Assert.True(queue.Remove(4));
        Assert.True(queue.Remove(1));
        Assert.False(queue.Remove(9));
        Assert.Equal([3, 2], queue.ToArray());
        Assert.Equal(2, queue.Size());
        queue.Add(5);
        Assert.Equal([3, 2, 5], queue.ToArray());
    }

    [Fact]
    public void Remove_WhileFullWithWaitingPutter_AdmitsThePutter()
    {
        var queue = Filled(3);
        var putter = CheckedThread.Start(() => queue.Put(99));
        TestWait.ForState(putter.Thread, JThreadState.Waiting);

        Assert.True(queue.Remove(1));
        putter.Join();
        Assert.Equal([0, 2, 99], queue.ToArray());
    }

    [Fact]
    public void Contains_PresentAndRemovedElements_AnswersByEquality()
    {
        var queue = NewQueue<string>(Size);
        queue.Add(new string('a', 2));

        Assert.True(queue.Contains("aa"));
        Assert.False(queue.Contains("b"));
        Assert.True(queue.TryPoll(out _));
        Assert.False(queue.Contains("aa"));
    }

    [Fact]
    public void Clear_FullWithWaitingPutters_EmptiesAndAdmitsThem()
    {
        var queue = Filled(2);
        var first = CheckedThread.Start(() => queue.Put(10), "putter-1");
        TestWait.ForState(first.Thread, JThreadState.Waiting);
        var second = CheckedThread.Start(() => queue.Put(11), "putter-2");
        TestWait.ForState(second.Thread, JThreadState.Waiting);

        queue.Clear();
        first.Join();
        second.Join();
        Assert.Equal([10, 11], queue.ToArray());
        queue.Clear();
        Assert.True(queue.IsEmpty());
        Assert.Equal(2, queue.RemainingCapacity());
    }

    [Fact]
    public void ToArrayAndEnumerator_AfterWrapAround_AreInQueueOrder()
    {
        var queue = NewQueue<int>(4);
        for (var i = 0; i < 10; i++)
        {
            queue.Add(i);
            if (i >= 2)
            {
                queue.Take();
            }
        }

        Assert.Equal([8, 9], queue.ToArray());
        Assert.Equal([8, 9], queue.ToList());
        Assert.Equal("[8, 9]", queue.ToString());
    }

    [Fact]
    public void ToString_ReferenceElements_UsesJavaCollectionForm()
    {
        var queue = NewQueue<object>(Size);
        Assert.Equal("[]", queue.ToString());
        queue.Add("a");
        queue.Add(2);
        queue.Add(queue);

        Assert.Equal("[a, 2, (this Collection)]", queue.ToString());
    }

    [Fact]
    public void Enumerator_QueueEmptiedWhileEnumerating_NeverThrows()
    {
        var queue = Filled(3);
        var seen = 0;
        foreach (var _ in queue)
        {
            queue.TryPoll(out var _);
            seen++;
        }

        Assert.True(seen is >= 1 and <= 3, $"saw {seen}");
        Assert.True(queue.IsEmpty());
    }

    [Fact]
    public void Enumerator_ElementsLeftUntouched_ReturnsEachExactlyOnceInOrder()
    {
        var queue = Filled(6);
        var seen = new List<int>();
        foreach (var item in queue)
        {
            seen.Add(item);
            if (item == 1)
            {
                queue.Remove(3);
            }
        }

        Assert.Equal([0, 1], seen[..2]);
        Assert.Equal([4, 5], seen[^2..]);
        Assert.Equal(seen.Distinct(), seen);
    }

    [Fact]
    public void DrainTo_All_MovesEveryElementInOrder()
    {
        var queue = Filled(5);
        var target = new List<int> { -1 };

        Assert.Equal(5, queue.DrainTo(target));
        Assert.Equal([-1, 0, 1, 2, 3, 4], target);
        Assert.True(queue.IsEmpty());
        Assert.Equal(0, queue.DrainTo(target));
    }

    [Theory]
    [InlineData(-1, 0)]
    [InlineData(0, 0)]
    [InlineData(2, 2)]
    [InlineData(5, 5)]
    [InlineData(9, 5)]
    public void DrainTo_MaxElements_MovesAtMostThatMany(int maxElements, int expected)
    {
        var queue = Filled(5);
        var target = new List<int>();

        Assert.Equal(expected, queue.DrainTo(target, maxElements));
        Assert.Equal(Enumerable.Range(0, expected), target);
        Assert.Equal(5 - expected, queue.Size());
    }

    [Fact]
    public void DrainTo_AnotherQueue_MovesWhatFitsThroughItsCollectionAdd()
    {
        var queue = Filled(3);
        ICollection<int> target = new ArrayBlockingQueue<int>(2);

        Assert.Throws<InvalidOperationException>(() => queue.DrainTo(target));
        Assert.Equal(2, target.Count);
        Assert.Equal([0, 1], target);
        Assert.Equal([2], queue.ToArray());
        Assert.Equal(1, queue.DrainTo(new LinkedBlockingQueue<int>()));
        Assert.True(queue.IsEmpty());
    }

    [Fact]
    public void DrainTo_BadTarget_ThrowsJavaExceptions()
    {
        var queue = Filled(2);

        Assert.Throws<ArgumentNullException>(() => queue.DrainTo(null!));
        Assert.Throws<ArgumentNullException>(() => queue.DrainTo(null!, 1));
        Assert.Throws<ArgumentException>(() => queue.DrainTo((ICollection<int>)queue));
        Assert.Throws<ArgumentException>(() => queue.DrainTo((ICollection<int>)queue, 0));
        Assert.Equal(2, queue.Size());
    }

    [Fact]
    public void DrainTo_TargetThrowsOnSecondElement_KeepsTheRestAndAdmitsPutters()
    {
        var queue = Filled(3);
        var putter = CheckedThread.Start(() => queue.Put(99));
        TestWait.ForState(putter.Thread, JThreadState.Waiting);
        var target = new FailingCollection(failAt: 1);

        Assert.Throws<InvalidOperationException>(() => queue.DrainTo(target));
        putter.Join();
        Assert.Equal([0], target.Items);
        Assert.Equal([1, 2, 99], queue.ToArray());
    }

    [Fact]
    public void DrainTo_FullWithWaitingPutter_DrainsOnlyWhatWasThereThenAdmits()
    {
        var queue = Filled(2);
        var putter = CheckedThread.Start(() => queue.Put(99));
        TestWait.ForState(putter.Thread, JThreadState.Waiting);
        var target = new List<int>();

        Assert.Equal(2, queue.DrainTo(target));
        putter.Join();
        Assert.Equal([0, 1], target);
        Assert.Equal([99], queue.ToArray());
    }

    [Fact]
    public void Race_InterruptVersusPut_ElementDeliveredOnceOrLeftInQueue()
    {
        var clock = Stopwatch.StartNew();
        var rounds = 0;
        while (clock.Elapsed < TestTimeouts.RaceDuration || rounds < 20)
        {
            rounds++;
            var queue = NewQueue<int>(1);
            var received = -1;
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
                    Assert.False(JThread.CurrentThread().IsInterrupted());
                }
            });
            var interrupter = CheckedThread.Start(() => taker.Thread.Interrupt());
            queue.Put(rounds);
            interrupter.Join();
            taker.Join();

            if (received == rounds)
            {
                Assert.True(queue.IsEmpty());
            }
            else
            {
                Assert.Equal(-1, received);
                Assert.Equal([rounds], queue.ToArray());
            }
        }
    }

    [Fact]
    public void Race_TimeoutVersusOffer_ElementDeliveredOnceOrLeftInQueue()
    {
        var clock = Stopwatch.StartNew();
        var rounds = 0;
        while (clock.Elapsed < TestTimeouts.RaceDuration || rounds < 20)
        {
            rounds++;
            var queue = NewQueue<int>(1);
            var got = false;
            var received = -1;
            var taker = CheckedThread.Start(() => got = queue.TryPoll(rounds % 50, TimeUnit.Microseconds, out received));
            Thread.SpinWait(rounds % 64 * 20);
            Assert.True(queue.Offer(rounds));
            taker.Join();

            Assert.Equal(got, received == rounds);
            Assert.Equal(got ? 0 : 1, queue.Size());
        }
    }

    [Fact]
    public void Race_InterruptVersusTakeWhenFull_PutterInsertsOnceOrNotAtAll()
    {
        var clock = Stopwatch.StartNew();
        var rounds = 0;
        while (clock.Elapsed < TestTimeouts.RaceDuration || rounds < 20)
        {
            rounds++;
            var queue = NewQueue<int>(1);
            queue.Add(-1);
            var inserted = false;
            var putter = CheckedThread.Start(() =>
            {
                try
                {
                    queue.Put(rounds);
                    inserted = true;
                }
                #pragma warning disable JT0001 // on purpose: the test sends this interrupt; the thread records it and ends
                catch (InterruptedException)
                #pragma warning restore JT0001
                {
                }
            });
            var interrupter = CheckedThread.Start(() => putter.Thread.Interrupt());
            Assert.Equal(-1, queue.Take());
            interrupter.Join();
            putter.Join();

            Assert.Equal(inserted ? [rounds] : [], queue.ToArray());
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Race_ManyProducersAndConsumers_DeliverEveryElementExactlyOnce(int capacity) =>
        QueueRaces.ProducersAndConsumers(() => NewQueue<int>(capacity));

    private static void Insert(IBlockingQueue<int> queue, string call, int item)
    {
        if (call == "Put")
        {
            queue.Put(item);
        }
        else
        {
            Assert.True(queue.Offer(item, LongMillis, TimeUnit.Milliseconds));
        }
    }

    private static int RemoveOne(IBlockingQueue<int> queue, string call)
    {
        if (call == "Take")
        {
            return queue.Take();
        }

        Assert.True(queue.TryPoll(LongMillis, TimeUnit.Milliseconds, out var item));
        return item;
    }

    private IBlockingQueue<int> Filled(int count)
    {
        var queue = NewQueue<int>(count);
        for (var i = 0; i < count; i++)
        {
            queue.Add(i);
        }

        return queue;
    }

    /// <summary>A target whose <c>Add</c> throws on the element at <c>failAt</c>, as a user callback may.</summary>
    private sealed class FailingCollection(int failAt) : ICollection<int>
    {
        public List<int> Items { get; } = [];

        public int Count => Items.Count;

        public bool IsReadOnly => false;

        public void Add(int item)
        {
            if (Items.Count == failAt)
            {
                throw new InvalidOperationException("target refuses");
            }

            Items.Add(item);
        }

        public void Clear() => Items.Clear();

        public bool Contains(int item) => Items.Contains(item);

        public void CopyTo(int[] array, int arrayIndex) => Items.CopyTo(array, arrayIndex);

        public bool Remove(int item) => Items.Remove(item);

        public IEnumerator<int> GetEnumerator() => Items.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
