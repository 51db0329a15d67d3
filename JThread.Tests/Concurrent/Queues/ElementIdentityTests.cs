using JThreading.Concurrent;

namespace JThreading.Tests.Concurrent;

/// <summary>
/// Queues and pools find a delegate by identity, as Java finds a lambda or a method reference: two separate
/// conversions of the same method group are equal to <see cref="Delegate.Equals(object?)"/>, but they are two tasks.
/// </summary>
public sealed class ElementIdentityTests
{
    public static TheoryData<string> Queues => ["ArrayBlockingQueue", "LinkedBlockingQueue"];

    [Theory]
    [MemberData(nameof(Queues))]
    public void RemoveAndContains_EqualButDistinctDelegate_NotFoundAndOriginalKept(string kind)
    {
        var queue = NewQueue(kind);
        var worker = new Worker();
        Action queued = worker.Work;
        Action other = worker.Work;
        Assert.Equal(queued, other);
        queue.Put(queued);

        Assert.False(queue.Contains(other));
        Assert.False(queue.Remove(other));
        Assert.True(queue.Contains(queued));
        Assert.Equal(1, queue.Size());
        Assert.True(queue.Remove(queued));
        Assert.Equal(0, queue.Size());
    }

    [Theory]
    [MemberData(nameof(Queues))]
    public void Remove_TwoEqualDelegatesQueued_RemovesExactlyTheOneAsked(string kind)
    {
        var queue = NewQueue(kind);
        var worker = new Worker();
        Action first = worker.Work;
        Action second = worker.Work;
        queue.Put(first);
        queue.Put(second);

        Assert.True(queue.Remove(second));

        Assert.True(queue.TryPoll(out var left));
        Assert.Same(first, left);
        Assert.Equal(0, queue.Size());
    }

    [Theory]
    [MemberData(nameof(Queues))]
    public void RemoveAndContains_EqualStrings_StillFoundByValue(string kind)
    {
        var queue = kind == "ArrayBlockingQueue" ? (IBlockingQueue<string>)new ArrayBlockingQueue<string>(4) : new LinkedBlockingQueue<string>();
        queue.Put(new string('x', 3));

        Assert.True(queue.Contains("xxx"));
        Assert.True(queue.Remove("xxx"));
    }

    [Fact]
    public void ThreadPoolExecutorRemove_EqualButDistinctDelegate_LeavesTheQueuedTaskToRun()
    {
        using var gate = new ManualResetEventSlim();
        var pool = ExecutorTesting.NewPool(1, 1);
        try
        {
            pool.Execute(() => ExecutorTesting.AwaitGate(gate));
            var worker = new Worker();
            Action queued = worker.Work;
            Action other = worker.Work;
            pool.Execute(queued);

            Assert.False(pool.Remove(other));
            Assert.True(pool.GetQueue().Contains(queued));

            gate.Set();
            TestWait.Until(() => worker.Runs == 1, "the queued task ran");
        }
        finally
        {
            gate.Set();
            ExecutorTesting.End(pool);
        }
    }

    private static IBlockingQueue<Action> NewQueue(string kind) =>
        kind == "ArrayBlockingQueue" ? new ArrayBlockingQueue<Action>(4) : new LinkedBlockingQueue<Action>();

    private sealed class Worker
    {
        private int _runs;

        public int Runs => Volatile.Read(ref _runs);

        public void Work() => Interlocked.Increment(ref _runs);
    }
}
