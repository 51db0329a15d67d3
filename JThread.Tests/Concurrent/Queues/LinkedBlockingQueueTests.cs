using JThreading.Concurrent;

namespace JThreading.Tests.Concurrent;

/// <summary>
/// <see cref="LinkedBlockingQueue{T}"/>: the shared contract of <see cref="BlockingQueueTests"/> plus what the TCK's
/// LinkedBlockingQueueTest adds (the default capacity, an enumerator that walks linked nodes and goes on past removed
/// ones).
/// </summary>
public sealed class LinkedBlockingQueueTests : BlockingQueueTests
{
    [Fact]
    public void Constructor_NoCapacity_IsBoundedByIntMaxValue()
    {
        var queue = new LinkedBlockingQueue<int>();

        Assert.Equal(int.MaxValue, queue.RemainingCapacity());
        queue.Put(1);
        Assert.Equal(int.MaxValue - 1, queue.RemainingCapacity());
    }

    [Fact]
    public void Enumerator_ElementsAddedWhileEnumerating_AreSeen()
    {
        var queue = new LinkedBlockingQueue<int>();
        queue.Add(0);
        var seen = new List<int>();
        foreach (var item in queue)
        {
            seen.Add(item);
            if (item < 3)
            {
                queue.Add(item + 1);
            }
        }

        Assert.Equal([0, 1, 2, 3], seen);
    }

    [Fact]
    public void Enumerator_StandingOnATakenElement_GoesOnFromTheNewHead()
    {
        var queue = new LinkedBlockingQueue<int>();
        for (var i = 0; i < 5; i++)
        {
            queue.Add(i);
        }

        using var enumerator = queue.GetEnumerator();
        Assert.True(enumerator.MoveNext());
        Assert.Equal(0, enumerator.Current);
        Assert.Equal(0, queue.Take());
        Assert.Equal(1, queue.Take());
        Assert.True(enumerator.MoveNext());
        Assert.Equal(2, enumerator.Current);
    }

    [Fact]
    public void Enumerator_StandingOnARemovedElement_GoesOnToItsSuccessor()
    {
        var queue = new LinkedBlockingQueue<int>();
        for (var i = 0; i < 5; i++)
        {
            queue.Add(i);
        }

        using var enumerator = queue.GetEnumerator();
        Assert.True(enumerator.MoveNext());
        Assert.True(enumerator.MoveNext());
        Assert.Equal(1, enumerator.Current);
        Assert.True(queue.Remove(1));
        Assert.True(queue.Remove(2));
        queue.Clear();
        queue.Add(7);

        Assert.True(enumerator.MoveNext());
        Assert.Equal(7, enumerator.Current);
        Assert.False(enumerator.MoveNext());
    }

    private protected override IBlockingQueue<T> NewQueue<T>(int capacity) => new LinkedBlockingQueue<T>(capacity);
}
