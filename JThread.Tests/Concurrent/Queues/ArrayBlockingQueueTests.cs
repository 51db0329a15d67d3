using JThreading.Concurrent;

namespace JThreading.Tests.Concurrent;

/// <summary>
/// <see cref="ArrayBlockingQueue{T}"/>, unfair: the shared contract of <see cref="BlockingQueueTests"/> plus what the
/// TCK's ArrayBlockingQueueTest adds (fairness reported, a fixed array, an enumerator from a copy).
/// </summary>
public sealed class ArrayBlockingQueueTests : BlockingQueueTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Constructor_Fairness_IsReported(bool fair) => Assert.Equal(fair, new ArrayBlockingQueue<int>(1, fair).IsFair());

    [Fact]
    public void Enumerator_ElementsChangedAfterItStarted_ReturnsTheElementsAtItsStart()
    {
        var queue = new ArrayBlockingQueue<int>(4);
        queue.Add(1);
        queue.Add(2);

        using var enumerator = queue.GetEnumerator();
        queue.Clear();
        queue.Add(3);
        var seen = new List<int>();
        while (enumerator.MoveNext())
        {
            seen.Add(enumerator.Current);
        }

        Assert.Equal([1, 2], seen);
    }

    [Fact]
    public void Remove_AcrossTheWrapPoint_ClosesTheGap()
    {
        var queue = new ArrayBlockingQueue<int>(4);
        for (var i = 0; i < 4; i++)
        {
            queue.Add(i);
        }

        queue.Take();
        queue.Take();
        queue.Add(4);
        queue.Add(5); // full again; the elements are 2, 3 | 4, 5 across the end of the array

        Assert.True(queue.Remove(3));
        Assert.Equal([2, 4, 5], queue.ToArray());
        queue.Add(6);
        Assert.Equal([2, 4, 5, 6], queue.ToArray());
        Assert.True(queue.Remove(6));
        Assert.True(queue.Remove(2));
        Assert.Equal([4, 5], queue.ToArray());
        Assert.Equal(4, queue.Take());
    }

    private protected override IBlockingQueue<T> NewQueue<T>(int capacity) => new ArrayBlockingQueue<T>(capacity);

    /// <summary>The same contract for a fair <see cref="ArrayBlockingQueue{T}"/>.</summary>
    public sealed class Fair : BlockingQueueTests
    {
        private protected override IBlockingQueue<T> NewQueue<T>(int capacity) => new ArrayBlockingQueue<T>(capacity, fair: true);
    }
}
