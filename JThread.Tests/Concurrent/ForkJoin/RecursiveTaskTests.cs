using JThreading.Concurrent;

namespace JThreading.Tests.Concurrent;

/// <summary>
/// Java's <c>RecursiveTask</c> (after the JSR-166 TCK's RecursiveTaskTest): fib tasks forked and joined inside a
/// pool, from a worker and from outside, with failures and cancellation.
/// </summary>
public sealed class RecursiveTaskTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void ForkJoinInsideAPool_ResultMatchesSequential(int parallelism)
    {
        using var pool = new ForkJoinPool(parallelism);

        var result = pool.Invoke(ForkJoinTask.Adapt(() =>
        {
            var f = new FibTask(18);
            Assert.Same(f, f.Fork());
            var joined = f.Join();
            Assert.True(f.IsCompletedNormally());
            Assert.Equal(joined, f.GetRawResult());
            return joined;
        }));

        Assert.Equal(FibTask.Sequential(18), result);
    }

    [Fact]
    public void GetInsideAPool_WaitsForAForkedTask()
    {
        using var pool = new ForkJoinPool(2);

        var result = pool.Invoke(ForkJoinTask.Adapt(() =>
        {
            var f = new FibTask(14);
            f.Fork();
            return f.Get() + f.Get(TestTimeouts.UnexpectedTimeoutMillis, TimeUnit.Milliseconds);
        }));

        Assert.Equal(2 * 377, result);
    }

    [Fact]
    public void TimedGetInsideAPool_OwnNewestTask_RunsItInsteadOfTimingOut()
    {
        using var pool = new ForkJoinPool(1);

        var result = pool.Invoke(ForkJoinTask.Adapt(() =>
        {
            var f = new FibTask(10);
            f.Fork();
            return f.Get(TestTimeouts.UnexpectedTimeoutMillis, TimeUnit.Milliseconds);
        }));

        Assert.Equal(55, result);
    }

    [Fact]
    public void Compute_Throws_JoinInsideThePoolRethrowsIt()
    {
        using var pool = new ForkJoinPool(2);

        var caught = pool.Invoke(ForkJoinTask.Adapt(() =>
        {
            var f = new FailingFibTask(9);
            f.Fork();
            try
            {
                f.Join();
                return null;
            }
            catch (FibException e)
            {
                return e;
            }
        }));

        Assert.NotNull(caught);
    }

    [Fact]
    public void CancelledBeforeFork_JoinInsideThePoolThrowsCancellation()
    {
        using var pool = new ForkJoinPool(2);

        var outcome = pool.Invoke(ForkJoinTask.Adapt(() =>
        {
            var f = new FibTask(8);
            Assert.True(f.Cancel(true));
            f.Fork();
            return Record.Exception(() => f.Join());
        }));

        Assert.IsType<CancellationException>(outcome);
    }

    [Fact]
    public void ManyForksFromOneTask_InvokeAllOfAList_AllComplete()
    {
        using var pool = new ForkJoinPool(2);

        var total = pool.Invoke(ForkJoinTask.Adapt(() =>
        {
            var tasks = Enumerable.Range(0, 30).Select(i => new FibTask(i % 15)).ToList();
            ForkJoinTask.InvokeAll(tasks);
            return tasks.Sum(t => t.Join());
        }));

        Assert.Equal(Enumerable.Range(0, 30).Sum(i => FibTask.Sequential(i % 15)), total);
    }

    [Fact]
    public void QueuedTaskCount_AfterForksOnAWorker_CountsThem()
    {
        using var pool = new ForkJoinPool(1);

        var counts = pool.Invoke(ForkJoinTask.Adapt(() =>
        {
            var a = new FibTask(3).Fork();
            var b = new FibTask(4).Fork();
            var queued = ForkJoinTask.GetQueuedTaskCount();
            return (queued, a.Join() + b.Join());
        }));

        Assert.Equal(2, counts.queued);
        Assert.Equal(5, counts.Item2);
        Assert.Equal(0, ForkJoinTask.GetQueuedTaskCount());
    }
}
