using System.Diagnostics;
using JThreading.Concurrent;

namespace JThreading.Tests.Concurrent;

/// <summary>Races every blocking queue must survive, shared by the queue test classes.</summary>
internal static class QueueRaces
{
    private const int Producers = 3;
    private const int Consumers = 3;
    private const int PerProducer = 200;

    private static readonly long LongMillis = TestTimeouts.UnexpectedTimeoutMillis;

    /// <summary>
    /// Repeats, for <see cref="TestTimeouts.RaceDuration"/>: three producers (half <c>Put</c>, half timed <c>Offer</c>)
    /// and three consumers (<c>Take</c> and timed <c>TryPoll</c>) on a fresh queue; asserts that every element arrives
    /// exactly once and that each consumer sees any one producer's elements in the order they were sent.
    /// </summary>
    public static void ProducersAndConsumers(Func<IBlockingQueue<int>> newQueue)
    {
        var clock = Stopwatch.StartNew();
        var rounds = 0;
        while (clock.Elapsed < TestTimeouts.RaceDuration || rounds < 3)
        {
            rounds++;
            var queue = newQueue();
            var received = new List<int>[Consumers];
            var consumers = new List<CheckedThread>();
            for (var c = 0; c < Consumers; c++)
            {
                var mine = received[c] = [];
                var timed = c % 2 == 0;
                consumers.Add(CheckedThread.Start(() => Consume(queue, timed, mine), $"consumer-{c}"));
            }

            var producers = Enumerable.Range(0, Producers)
                .Select(p => CheckedThread.Start(() => Produce(queue, p * PerProducer), $"producer-{p}"))
                .ToList();
            foreach (var producer in producers)
            {
                producer.Join();
            }

            for (var c = 0; c < Consumers; c++)
            {
                queue.Put(-1);
            }

            foreach (var consumer in consumers)
            {
                consumer.Join();
            }

            Assert.Equal(Enumerable.Range(0, Producers * PerProducer), received.SelectMany(r => r).Order());
            foreach (var mine in received)
            {
                for (var p = 0; p < Producers; p++)
                {
                    var fromP = mine.Where(x => x / PerProducer == p).ToList();
                    Assert.Equal(fromP.Order(), fromP);
                }
            }
        }
    }

    private static void Consume(IBlockingQueue<int> queue, bool timed, List<int> mine)
    {
        while (true)
        {
            int item;
            if (timed)
            {
                Assert.True(queue.TryPoll(LongMillis, TimeUnit.Milliseconds, out item));
            }
            else
            {
                item = queue.Take();
            }

            if (item < 0)
            {
                return;
            }

            mine.Add(item);
        }
    }

    private static void Produce(IBlockingQueue<int> queue, int first)
    {
        for (var i = 0; i < PerProducer; i++)
        {
            if (i % 2 == 0)
            {
                queue.Put(first + i);
            }
            else
            {
                Assert.True(queue.Offer(first + i, LongMillis, TimeUnit.Milliseconds));
            }
        }
    }
}
