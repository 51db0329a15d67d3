using JThreading.Concurrent;

namespace JThreading.Tests.Concurrent;

/// <summary>The <see cref="Executors"/> factories and the default thread factory, after the TCK's ExecutorsTest.</summary>
public sealed class ExecutorsTests
{
    [Fact]
    public void NewFixedThreadPool_RunsTasksOnNThreadsWithAnUnboundedQueue()
    {
        var factory = new DaemonThreadFactory("fixed");
        #pragma warning disable JT0010 // on purpose: a daemon-thread factory, whose workers do not hold the process (the rule cannot see that)
        var pool = Executors.NewFixedThreadPool(2, factory);
        #pragma warning restore JT0010
        var tpe = Assert.IsType<ThreadPoolExecutor>(pool);
        Assert.Equal(2, tpe.GetCorePoolSize());
        Assert.Equal(2, tpe.GetMaximumPoolSize());
        Assert.Equal(int.MaxValue, tpe.GetQueue().RemainingCapacity());

        var futures = Enumerable.Range(0, 10).Select(i => pool.Submit(() => i * i)).ToList();

        Assert.Equal(285, futures.Sum(f => f.Get()));
        Assert.Equal(2, factory.Created);
        Assert.Throws<ArgumentOutOfRangeException>(() => Executors.NewFixedThreadPool(0));
        ExecutorTesting.End(pool);
        factory.JoinAll();
    }

    [Fact]
    public void NewCachedThreadPool_ReusesIdleWorkersWithSixtySecondKeepAlive()
    {
        var factory = new DaemonThreadFactory("cached");
        #pragma warning disable JT0010 // on purpose: a daemon-thread factory, whose workers do not hold the process (the rule cannot see that)
        var pool = Executors.NewCachedThreadPool(factory);
        #pragma warning restore JT0010
        var tpe = Assert.IsType<ThreadPoolExecutor>(pool);
        Assert.Equal(0, tpe.GetCorePoolSize());
        Assert.Equal(int.MaxValue, tpe.GetMaximumPoolSize());
        Assert.Equal(60, tpe.GetKeepAliveTime(TimeUnit.Seconds));
        Assert.IsType<SynchronousQueue<Action>>(tpe.GetQueue());

        Assert.Equal(1, pool.Submit(() => 1).Get());
        TestWait.Until(() => factory.Threads[0].GetState() == JThreadState.TimedWaiting, "the worker waits for work");
        Assert.Equal(2, pool.Submit(() => 2).Get());

        Assert.Equal(1, factory.Created);
        ExecutorTesting.End(pool);
        factory.JoinAll();
    }

    [Fact]
    public void NewSingleThreadExecutor_RunsInOrderAndCannotBeCastBack()
    {
        var factory = new DaemonThreadFactory("single");
        var pool = Executors.NewSingleThreadExecutor(factory);
        Assert.IsNotAssignableFrom<ThreadPoolExecutor>(pool);
        var order = new List<int>();

        var futures = Enumerable.Range(0, 20).Select(i => pool.Submit(() => order.Add(i))).ToList();
        futures.ForEach(f => f.Get());

        Assert.Equal(Enumerable.Range(0, 20), order);
        Assert.Equal(1, factory.Created);
        Assert.Equal(3, pool.InvokeAny<int>([() => 3]));
        Assert.Single(pool.InvokeAll<int>([() => 4]));
        pool.Shutdown();
        Assert.True(pool.IsShutdown());
        Assert.True(pool.AwaitTermination(TestTimeouts.UnexpectedTimeoutMillis, TimeUnit.Milliseconds));
        Assert.True(pool.IsTerminated());
        factory.JoinAll();
    }

    [Fact]
    public void NewSingleThreadExecutor_WrapperUnreachable_IsShutDownByTheCollector()
    {
        var factory = new DaemonThreadFactory("forgotten");
        UseAndForget(factory);
        var worker = factory.Threads.Single();

        TestWait.Until(() =>
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            return !worker.IsAlive();
        }, "the forgotten executor's worker ended");
    }

    [Fact]
    public void NewScheduledThreadPool_AndSingleThreadScheduled_RunDelayedTasks()
    {
        var factory = new DaemonThreadFactory("scheduled");
        #pragma warning disable JT0010 // on purpose: a daemon-thread factory, whose workers do not hold the process (the rule cannot see that)
        var pool = Executors.NewScheduledThreadPool(2, factory);
        #pragma warning restore JT0010
        Assert.Equal(2, Assert.IsType<ScheduledThreadPoolExecutor>(pool).GetCorePoolSize());
        #pragma warning disable JT0010 // on purpose: a daemon-thread factory, whose workers do not hold the process (the rule cannot see that)
        var single = Executors.NewSingleThreadScheduledExecutor(factory);
        #pragma warning restore JT0010
        Assert.IsNotAssignableFrom<ScheduledThreadPoolExecutor>(single);

        Assert.Equal(1, pool.Schedule(() => 1, 1, TimeUnit.Milliseconds).Get());
        Assert.Equal(2, single.Schedule(() => 2, 1, TimeUnit.Milliseconds).Get());
        var tick = single.ScheduleAtFixedRate(() => { }, 0, 1, TimeUnit.Milliseconds);
        tick.Cancel(false);
        Assert.True(single.ScheduleWithFixedDelay(() => { }, 0, 1, TimeUnit.Milliseconds).Cancel(false));
        Assert.Throws<ArgumentOutOfRangeException>(() => Executors.NewScheduledThreadPool(-1));

        ExecutorTesting.End(pool);
        ExecutorTesting.End(single);
        factory.JoinAll();
    }

    [Fact]
    public void NewThreadPerTaskExecutor_EachTaskGetsANewThreadAndShutdownWaitsForThem()
    {
        var factory = new DaemonThreadFactory("per-task");
        var pool = Executors.NewThreadPerTaskExecutor(factory);
        using var release = new ManualResetEventSlim();

        var names = Enumerable.Range(0, 3).Select(_ => pool.Submit(() => JThread.CurrentThread().GetName())).Select(f => f.Get()).ToList();
        Assert.Equal(["per-task-1", "per-task-2", "per-task-3"], names);
        Assert.Equal(7, pool.Submit(() => { }, 7).Get());
        pool.Execute(() => ExecutorTesting.AwaitGate(release));
        pool.Shutdown();

        Assert.True(pool.IsShutdown());
        Assert.False(pool.IsTerminated());
        Assert.False(pool.AwaitTermination(0, TimeUnit.Seconds));
        Assert.Throws<RejectedExecutionException>(() => pool.Execute(() => { }));
        release.Set();
        Assert.True(pool.AwaitTermination(TestTimeouts.UnexpectedTimeoutMillis, TimeUnit.Milliseconds));
        Assert.Throws<ArgumentNullException>(() => Executors.NewThreadPerTaskExecutor(null!));
        factory.JoinAll();
    }

    [Fact]
    public void NewThreadPerTaskExecutor_ShutdownNowInterruptsAndCommandExceptionIsDispatched()
    {
        var factory = new DaemonThreadFactory("per-task");
        var pool = Executors.NewThreadPerTaskExecutor(factory);
        var sleeper = pool.Submit(() => JThread.Sleep(TestTimeouts.UnexpectedTimeoutMillis));
        TestWait.Until(() => factory.Created == 1 && factory.Threads[0].GetState() == JThreadState.TimedWaiting, "the task sleeps");

        Assert.Empty(pool.ShutdownNow());

        Assert.IsType<InterruptedException>(Assert.Throws<ExecutionException>(() => sleeper.Get()).InnerException);
        Assert.True(pool.AwaitTermination(TestTimeouts.UnexpectedTimeoutMillis, TimeUnit.Milliseconds));

        var second = Executors.NewThreadPerTaskExecutor(new HandlerFactory(factory));
        second.Execute(() => throw new InvalidOperationException("dispatched"));
        TestWait.Until(() => HandlerFactory.Seen is not null, "the exception reached the handler");
        Assert.Equal("dispatched", HandlerFactory.Seen!.Message);
        second.Close();
        factory.JoinAll();
    }

    [Fact]
    public void DefaultThreadFactory_MakesNonDaemonNormPriorityPoolThreadsInTheCreatorsGroup() => CheckedThread.Run(() =>
    {
        var group = new JThreadGroup("creators");
        IThreadFactory? factory = null;
        var creator = new JThread(group, () => factory = Executors.DefaultThreadFactory());
        creator.SetDaemon(true);
        creator.SetPriority(JThread.MaxPriority);
        creator.Start();
        TestWait.Joined(creator);

        var first = factory!.NewThread(() => { });
        var second = factory.NewThread(() => { });
        var other = Executors.DefaultThreadFactory().NewThread(() => { });

        var match = System.Text.RegularExpressions.Regex.Match(first.GetName(), "^pool-([0-9]+)-thread-1$");
        Assert.True(match.Success, first.GetName());
        Assert.Equal($"pool-{match.Groups[1].Value}-thread-2", second.GetName());
        Assert.NotEqual(match.Groups[1].Value, System.Text.RegularExpressions.Regex.Match(other.GetName(), "^pool-([0-9]+)-").Groups[1].Value);
        Assert.False(first.IsDaemon());
        Assert.Equal(JThread.NormPriority, first.GetPriority());
        Assert.Same(group, first.GetThreadGroup());
        Assert.Equal(JThreadState.New, first.GetState());
        Assert.Throws<ArgumentNullException>(() => factory.NewThread(null!));
    });

    private static void UseAndForget(DaemonThreadFactory factory)
    {
        #pragma warning disable JT0010 // on purpose: the test checks that a forgotten single-thread executor is shut down by the collector
        var pool = Executors.NewSingleThreadExecutor(factory);
        #pragma warning restore JT0010
        Assert.Equal(1, pool.Submit(() => 1).Get());
    }

    private sealed class HandlerFactory(DaemonThreadFactory inner) : IThreadFactory
    {
        public static Exception? Seen { get; private set; }

        public JThread NewThread(Action task)
        {
            var thread = inner.NewThread(task);
            thread.SetUncaughtExceptionHandler((_, e) => Seen = e);
            return thread;
        }
    }
}
