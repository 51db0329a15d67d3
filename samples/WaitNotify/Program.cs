// The wait/notify lesson: a bounded buffer shared by two producers and two consumers. A producer waits while the
// buffer is full, a consumer while it is empty, and every change wakes all the waiters so they check again.
// java/WaitNotify.java (synchronized, wait, notifyAll) and python/wait_notify.py (Condition) are the same lesson.
using JThreading;

const int PerThread = 10;
var buffer = new BoundedBuffer(capacity: 2);
var taken = new List<int>[] { [], [] };

var threads = new List<JThread>();
for (int p = 0; p < 2; p++)
{
    int first = (p * PerThread) + 1; // producer-1 puts 1..10, producer-2 puts 11..20
    threads.Add(new JThread(() =>
    {
        for (int item = first; item < first + PerThread; item++)
        {
            buffer.Put(item);
        }
    }, $"producer-{p + 1}"));
}

for (int c = 0; c < 2; c++)
{
    var mine = taken[c];
    threads.Add(new JThread(() =>
    {
        for (int i = 0; i < PerThread; i++)
        {
            mine.Add(buffer.Take());
        }
    }, $"consumer-{c + 1}"));
}

threads.ForEach(t => t.Start());
threads.ForEach(t => t.Join()); // Join also makes the consumers' lists safe to read here

Console.WriteLine($"consumer-1 took {taken[0].Count} items");
Console.WriteLine($"consumer-2 took {taken[1].Count} items");
var all = taken[0].Concat(taken[1]).Order();
Console.WriteLine($"each of 1..20 taken exactly once: {all.SequenceEqual(Enumerable.Range(1, 2 * PerThread))}");
Console.WriteLine($"never more than 2 items inside: {buffer.LargestSize <= 2}");

internal sealed class BoundedBuffer(int capacity)
{
    private readonly Queue<int> _items = new();

    public int LargestSize { get; private set; }

    // Java's synchronized method becomes lock; wait() and notifyAll() become JMonitor.Wait and JMonitor.NotifyAll on
    // the object that is locked. JMonitor.Wait throws InterruptedException when the thread is interrupted, as in Java.
    public void Put(int item)
    {
        lock (_items)
        {
            while (_items.Count == capacity)
            {
                JMonitor.Wait(_items); // always in a loop: a woken thread must check again (another may have been first)
            }

            _items.Enqueue(item);
            LargestSize = Math.Max(LargestSize, _items.Count);
            JMonitor.NotifyAll(_items); // all: with one Notify a producer could wake another producer, and both wait
        }
    }

    public int Take()
    {
        lock (_items)
        {
            while (_items.Count == 0)
            {
                JMonitor.Wait(_items);
            }

            int item = _items.Dequeue();
            JMonitor.NotifyAll(_items);
            return item;
        }
    }
}
