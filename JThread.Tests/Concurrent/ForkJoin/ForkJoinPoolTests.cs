using JThreading.Concurrent;

namespace JThreading.Tests.Concurrent;

/// <summary>
/// Java's <c>ForkJoinPool</c> rules (after the JSR-166 TCK's ForkJoinPoolTest): construction, invoke and submit,
/// worker threads, work stealing, the common pool and shutdown.
/// </summary>
public sealed class ForkJoinPoolTests
{
    [Fact]
    public void Constructor_Default_HasOneWorkerPerProcessorAndStartsNone()
    {
        var pool = new ForkJoinPool();
        try
        {
            Assert.Equal(Environment.ProcessorCount, pool.GetParallelism());
            Assert.Equal(0, pool.GetPoolSize());
            Assert.False(pool.GetAsyncMode());
            Assert.False(pool.IsShutdown());
            Assert.False(pool.IsTerminated());
            Assert.True(pool.IsQuiescent());
        }
        finally
        {
            pool.ShutdownNow();
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(0x8000)]
    public void Constructor_ParallelismOutOfRange_Throws(int parallelism) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ForkJoinPool(parallelism));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Invoke_FibTask_ReturnsTheSequentialResult(int parallelism)
    {
        using var pool = new ForkJoinPool(parallelism);

        Assert.Equal(FibTask.Sequential(20), pool.Invoke(new FibTask(20)));
        Assert.True(pool.GetPoolSize() <= parallelism);
    }

    [Fact]
    public void Invoke_RecursiveAction_ReturnsNullAndTheActionHasItsResult()
    {
        using var pool = new ForkJoinPool(2);
        var action = new FibAction(15);

        Assert.Null(pool.Invoke(action));
        Assert.Equal(FibTask.Sequential(15), action.Result);
        Assert.True(action.IsCompletedNormally());
    }

    [Fact]
    public void Invoke_TaskThrows_RethrowsTheSameException()
    {
        using var pool = new ForkJoinPool(2);
        var task = new FailingFibTask(8);

        var thrown = Assert.Throws<FibException>(() => pool.Invoke(task));
        Assert.Same(task.GetException(), thrown);
        Assert.True(task.IsCompletedAbnormally());
    }

    [Fact]
    public void SubmitForkJoinTask_ReturnsTheSameTaskWhichCompletes()
    {
        using var pool = new ForkJoinPool(2);
        var task = new FibTask(12);

        Assert.Same(task, pool.Submit(task));
        Assert.Equal(144, task.Get(TestTimeouts.UnexpectedTimeoutMillis, TimeUnit.Milliseconds));
    }

    [Fact]
    public void SubmitCallableAndRunnable_FuturesAreForkJoinTasks()
    {
        using var pool = new ForkJoinPool(2);
        var ran = 0;

        var callable = pool.Submit(() => 42);
        var runnable = pool.Submit(() => { Interlocked.Increment(ref ran); });
        var withResult = pool.Submit(() => { Interlocked.Increment(ref ran); }, "done");

        Assert.IsAssignableFrom<ForkJoinTask<int>>(callable);
        Assert.Equal(42, callable.Get(TestTimeouts.UnexpectedTimeoutMillis, TimeUnit.Milliseconds));
        runnable.Get(TestTimeouts.UnexpectedTimeoutMillis, TimeUnit.Milliseconds);
        Assert.Equal("done", withResult.Get(TestTimeouts.UnexpectedTimeoutMillis, TimeUnit.Milliseconds));
        Assert.Equal(2, Volatile.Read(ref ran));
    }

    [Fact]
    public void SubmitCallable_Throws_GetWrapsInExecutionException()
    {
        using var pool = new ForkJoinPool(1);
        var failure = new InvalidOperationException("boom");

        var future = pool.Submit<int>(() => throw failure);

        var thrown = Assert.Throws<ExecutionException>(() => future.Get(TestTimeouts.UnexpectedTimeoutMillis, TimeUnit.Milliseconds));
        Assert.Same(failure, thrown.InnerException);
        Assert.Equal(FutureState.Failed, future.State());
    }

    [Fact]
    public void ExecuteAction_RunsOnAWorker()
    {
        using var pool = new ForkJoinPool(2);
        var latch = new JThreading.Concurrent.CountDownLatch(2);
        string? name = null;

        pool.Execute(() =>
        {
            name = JThread.CurrentThread().GetName();
            latch.CountDown();
        });
        pool.Execute(ForkJoinTask.Adapt(latch.CountDown));

        Assert.True(latch.Await(TestTimeouts.UnexpectedTimeoutMillis, TimeUnit.Milliseconds));
        Assert.StartsWith("ForkJoinPool-", name, StringComparison.Ordinal);
    }

    [Fact]
    public void InvokeAll_Callables_EveryFutureDone()
    {
        using var pool = new ForkJoinPool(2);

        var futures = pool.InvokeAll(new Func<int>[] { () => 1, () => 2, () => 3 });

        Assert.Equal([1, 2, 3], futures.Select(f => f.Get()));
    }

    [Fact]
    public void Workers_AreDaemonJThreadsNamedAfterThePoolAndAreCurrentThreadInTasks()
    {
        using var pool = new ForkJoinPool(2);

        var seen = pool.Invoke(ForkJoinTask.Adapt(() => (JThread.CurrentThread(), ForkJoinTask.GetPool(), ForkJoinTask.InForkJoinPool())));

        var (worker, poolSeen, inPool) = seen;
        Assert.True(worker.IsDaemon());
        Assert.Matches(@"^ForkJoinPool-\d+-worker-[12]$", worker.GetName());
        Assert.Same(pool, poolSeen);
        Assert.True(inPool);
        Assert.False(ForkJoinTask.InForkJoinPool());
        Assert.Null(ForkJoinTask.GetPool());
    }

    [Fact]
    public void TwoPools_HaveDifferentPoolNumbersInWorkerNames()
    {
        using var first = new ForkJoinPool(1);
        using var second = new ForkJoinPool(1);

        var a = first.Invoke(ForkJoinTask.Adapt(() => JThread.CurrentThread().GetName()));
        var b = second.Invoke(ForkJoinTask.Adapt(() => JThread.CurrentThread().GetName()));

        Assert.NotEqual(a[..a.LastIndexOf('-')], b[..b.LastIndexOf('-')]);
    }

    [Fact]
    public void Stealing_TwoLeavesThatWaitForEachOther_RunOnTwoWorkersAndCountASteal()
    {
        using var pool = new ForkJoinPool(2);
        var names = new HashSet<string>();

        pool.Invoke(new ThreadRecordingTask(2, names, new JThreading.Concurrent.CountDownLatch(2)));

        Assert.Equal(2, names.Count);
        Assert.True(pool.GetStealCount() > 0, pool.ToString());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void NestedForkJoin_Depth20_CompletesWithoutExhaustingThePool(int parallelism)
    {
        using var pool = new ForkJoinPool(parallelism);

        Assert.Equal(20, pool.Invoke(new NestedTask(20)));
        Assert.True(pool.GetPoolSize() <= parallelism);
    }

    [Fact]
    public void ManyExternalSubmissions_FromTwoThreads_AllComplete()
    {
        using var pool = new ForkJoinPool(2);
        var futures = new List<ForkJoinTask<int>>[2];

        var submitters = Enumerable.Range(0, 2).Select(i => CheckedThread.Start(() =>
        {
            futures[i] = [.. Enumerable.Range(0, 50).Select(_ => pool.Submit(new FibTask(10)))];
        })).ToList();
        submitters.ForEach(t => t.Join());

        Assert.All(futures.SelectMany(f => f), f => Assert.Equal(55, f.Join()));
    }

    [Fact]
    public void Shutdown_ThenSubmit_RejectsAndPoolTerminates()
    {
        var pool = new ForkJoinPool(2);
        Assert.Equal(55, pool.Invoke(new FibTask(10)));

        pool.Shutdown();

        Assert.True(pool.IsShutdown());
        Assert.Throws<RejectedExecutionException>(() => pool.Submit(new FibTask(3)));
        Assert.Throws<RejectedExecutionException>(() => pool.Execute(() => { }));
        Assert.True(pool.AwaitTermination(TestTimeouts.UnexpectedTimeoutMillis, TimeUnit.Milliseconds));
        Assert.True(pool.IsTerminated());
        Assert.Contains("[Terminated, parallelism = 2", pool.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Shutdown_QueuedTasksStillRun()
    {
        var pool = new ForkJoinPool(1);
        var gate = new JThreading.Concurrent.CountDownLatch(1);
        var blocker = pool.Submit(() => gate.Await());
        var queued = pool.Submit(new FibTask(10));

        pool.Shutdown();
        gate.CountDown();

        Assert.Equal(55, queued.Get(TestTimeouts.UnexpectedTimeoutMillis, TimeUnit.Milliseconds));
        blocker.Get(TestTimeouts.UnexpectedTimeoutMillis, TimeUnit.Milliseconds);
        Assert.True(pool.AwaitTermination(TestTimeouts.UnexpectedTimeoutMillis, TimeUnit.Milliseconds));
    }

    [Fact]
    public void ShutdownNow_CancelsQueuedTasksAndInterruptsTheRunningOne()
    {
        var pool = new ForkJoinPool(1);
        var started = new JThreading.Concurrent.CountDownLatch(1);
        var running = pool.Submit(() =>
        {
            started.CountDown();
            JThread.Sleep(TestTimeouts.UnexpectedTimeoutMillis);
        });
        Assert.True(started.Await(TestTimeouts.UnexpectedTimeoutMillis, TimeUnit.Milliseconds));
        var queued = pool.Submit(new FibTask(5));

        Assert.Empty(pool.ShutdownNow());

        Assert.True(queued.IsCancelled());
        Assert.True(pool.AwaitTermination(TestTimeouts.UnexpectedTimeoutMillis, TimeUnit.Milliseconds));
        var failure = Assert.Throws<ExecutionException>(() => running.Get());
        Assert.IsType<InterruptedException>(failure.InnerException);
    }

    [Fact]
    public void AwaitTermination_NotShutDown_TimesOut()
    {
        using var pool = new ForkJoinPool(1);

        Assert.False(pool.AwaitTermination(TestTimeouts.ExpectedTimeoutMillis, TimeUnit.Milliseconds));
    }

    [Fact]
    public void CommonPool_IsSharedWithJavasParallelismAndDaemonWorkers()
    {
        var common = ForkJoinPool.CommonPool();

        Assert.Same(common, ForkJoinPool.CommonPool());
        Assert.Equal(Math.Max(1, Environment.ProcessorCount - 1), ForkJoinPool.GetCommonPoolParallelism());
        Assert.Equal(ForkJoinPool.GetCommonPoolParallelism(), common.GetParallelism());
        var worker = common.Invoke(ForkJoinTask.Adapt(JThread.CurrentThread));
        Assert.True(worker.IsDaemon());
        Assert.Matches(@"^ForkJoinPool\.commonPool-worker-\d+$", worker.GetName());
    }

    [Fact]
    public void CommonPool_ShutdownAndShutdownNow_HaveNoEffect()
    {
        var common = ForkJoinPool.CommonPool();

        common.Shutdown();
        Assert.Empty(common.ShutdownNow());

        Assert.False(common.IsShutdown());
        Assert.False(common.IsTerminated());
        Assert.False(common.AwaitTermination(0, TimeUnit.Milliseconds));
        Assert.Equal(21, common.Submit(new FibTask(8)).Get(TestTimeouts.UnexpectedTimeoutMillis, TimeUnit.Milliseconds));
    }

    [Fact]
    public void Fork_FromOutsideAnyPool_RunsInTheCommonPool()
    {
        var name = ForkJoinTask.Adapt(() => JThread.CurrentThread().GetName()).Fork().Join();

        Assert.StartsWith("ForkJoinPool.commonPool-worker-", name, StringComparison.Ordinal);
    }

    [Fact]
    public void NewWorkStealingPool_IsAnAsyncModeForkJoinPool()
    {
        using var pool = Executors.NewWorkStealingPool(2);

        var forkJoin = Assert.IsType<ForkJoinPool>(pool);
        Assert.True(forkJoin.GetAsyncMode());
        Assert.Equal(2, forkJoin.GetParallelism());
        Assert.Equal(6765, forkJoin.Invoke(new FibTask(20)));
        Assert.Equal(Environment.ProcessorCount, ((ForkJoinPool)Executors.NewWorkStealingPool()).GetParallelism());
    }

    [Fact]
    public void ToString_Running_HasJavasFields()
    {
        using var pool = new ForkJoinPool(3);

        Assert.Matches(
            @"^JThreading\.Concurrent\.ForkJoinPool@[0-9a-f]+\[Running, parallelism = 3, size = 0, active = 0, running = 0, steals = 0, tasks = 0, submissions = 0\]$",
            pool.ToString());
    }

    [Fact]
    public void NullArguments_Throw()
    {
        using var pool = new ForkJoinPool(1);

        Assert.Throws<ArgumentNullException>(() => pool.Invoke<int>(null!));
        Assert.Throws<ArgumentNullException>(() => pool.Submit<int>((ForkJoinTask<int>)null!));
        Assert.Throws<ArgumentNullException>(() => pool.Execute((ForkJoinTask)null!));
        Assert.Throws<ArgumentNullException>(() => pool.Execute((Action)null!));
    }
}
