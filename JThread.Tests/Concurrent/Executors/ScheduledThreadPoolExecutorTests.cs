using System.Diagnostics;
using JThreading.Concurrent;

namespace JThreading.Tests.Concurrent;

/// <summary>
/// <see cref="ScheduledThreadPoolExecutor"/> after the JSR-166 TCK's ScheduledExecutorTest: delays, fixed rate and
/// fixed delay, cancellation, the shutdown policies, and the delay queue's moving timeout.
/// </summary>
public sealed class ScheduledThreadPoolExecutorTests
{
    private static readonly TimeSpan s_shortDelay = TimeSpan.FromMilliseconds(50);

    private static long ShortDelayMillis => (long)s_shortDelay.TotalMilliseconds;

    [Fact]
    public void Schedule_Callable_RunsNoEarlierThanTheDelay()
    {
        var pool = NewPool();
        var clock = Stopwatch.StartNew();

        var future = pool.Schedule(() => clock.Elapsed, ShortDelayMillis, TimeUnit.Milliseconds);

        Assert.True(future.Get() >= s_shortDelay);
        Assert.True(future.GetDelay(TimeUnit.Milliseconds) <= 0);
        ExecutorTesting.End(pool);
    }

    [Fact]
    public void Schedule_Action_CompletesWithNullAfterRunning()
    {
        var pool = NewPool();
        var ran = false;

        var future = pool.Schedule(() => { ran = true; }, 1, TimeUnit.Milliseconds);

        Assert.Null(future.Get());
        Assert.True(ran);
        ExecutorTesting.End(pool);
    }

    [Fact]
    public void GetDelay_Pending_CountsDownInTheAskedUnit()
    {
        var pool = NewPool();

        var future = pool.Schedule(() => 1, 1, TimeUnit.Hours);

        var delay = future.GetDelay(TimeUnit.Minutes);
        Assert.InRange(delay, 58, 60);
        Assert.InRange(future.GetDelay(TimeUnit.Seconds), 3590, 3600);
        Assert.True(future.Cancel(false));
        ExecutorTesting.End(pool);
    }

    [Fact]
    public void Schedule_NullOrBadPeriod_Throws()
    {
        var pool = NewPool();
        Assert.Throws<ArgumentNullException>(() => pool.Schedule((Action)null!, 1, TimeUnit.Seconds));
        Assert.Throws<ArgumentNullException>(() => pool.Schedule((Func<int>)null!, 1, TimeUnit.Seconds));
        Assert.Throws<ArgumentNullException>(() => pool.ScheduleAtFixedRate(null!, 1, 1, TimeUnit.Seconds));
        Assert.Throws<ArgumentNullException>(() => pool.ScheduleWithFixedDelay(null!, 1, 1, TimeUnit.Seconds));
        Assert.Throws<ArgumentOutOfRangeException>(() => pool.ScheduleAtFixedRate(() => { }, 1, 0, TimeUnit.Seconds));
        Assert.Throws<ArgumentOutOfRangeException>(() => pool.ScheduleWithFixedDelay(() => { }, 1, -1, TimeUnit.Seconds));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ScheduledThreadPoolExecutor(-1));
        ExecutorTesting.End(pool);
    }

    [Fact]
    public void Schedule_LaterTaskFirstThenEarlierOne_EarlierRunsFirst()
    {
        // The worker already waits for the far task when the near one arrives: its wait must move to the new head.
        var pool = NewPool();
        var order = new List<string>();
        var far = pool.Schedule(() => { lock (order) { order.Add("far"); } }, TestTimeouts.UnexpectedTimeoutMillis, TimeUnit.Milliseconds);
        TestWait.Until(() => pool.GetPoolSize() == 1, "the worker started");
        TestWait.Until(() => ((DaemonThreadFactory)pool.GetThreadFactory()).Threads[0].GetState() == JThreadState.TimedWaiting, "the worker waits for the far task");

        var near = pool.Schedule(() => { lock (order) { order.Add("near"); } }, 1, TimeUnit.Milliseconds);

        near.Get(TestTimeouts.UnexpectedTimeoutMillis, TimeUnit.Milliseconds);
        Assert.Equal(["near"], order);
        Assert.False(far.IsDone());
        ExecutorTesting.End(pool);
    }

    [Fact]
    public void Schedule_SameDelay_RunInSubmissionOrder()
    {
        var pool = NewPool();
        var order = new List<int>();
        using var release = new ManualResetEventSlim();
        pool.Execute(() => ExecutorTesting.AwaitGate(release));
        var futures = Enumerable.Range(0, 10).Select(i => pool.Schedule(() => order.Add(i), 0, TimeUnit.Milliseconds)).ToList();

        release.Set();
        futures.ForEach(f => f.Get());

        Assert.Equal(Enumerable.Range(0, 10), order);
        ExecutorTesting.End(pool);
    }

    [Fact]
    public void ScheduleAtFixedRate_RunsRepeatedlyUntilCancelled()
    {
        var pool = NewPool();
        var runs = 0;
        var clock = Stopwatch.StartNew();

        var future = pool.ScheduleAtFixedRate(() => Interlocked.Increment(ref runs), 0, 10, TimeUnit.Milliseconds);
        TestWait.Until(() => Volatile.Read(ref runs) >= 5, "five runs");

        Assert.True(clock.ElapsedMilliseconds >= 40);
        Assert.False(future.IsDone());
        Assert.True(future.Cancel(false));
        Assert.Throws<CancellationException>(() => future.Get());
        ExecutorTesting.End(pool);
    }

    [Fact]
    public void ScheduleWithFixedDelay_WaitsTheDelayAfterEachRunEnds()
    {
        var pool = NewPool();
        var starts = new List<long>();
        var clock = Stopwatch.StartNew();

        var future = pool.ScheduleWithFixedDelay(() =>
        {
            lock (starts)
            {
                starts.Add(clock.ElapsedMilliseconds);
            }

            JThread.Sleep(20);
        }, 0, 20, TimeUnit.Milliseconds);
        TestWait.Until(() => { lock (starts) { return starts.Count >= 3; } }, "three runs");
        future.Cancel(false);

        lock (starts)
        {
            Assert.True(starts[2] - starts[0] >= 80, $"runs started at {string.Join(", ", starts)} ms");
        }

        ExecutorTesting.End(pool);
    }

    [Fact]
    public void Periodic_CommandThrows_StopsAndTheFutureHoldsTheException()
    {
        var pool = NewPool();
        var runs = 0;
        var thrown = new InvalidOperationException("third");

        var future = pool.ScheduleAtFixedRate(() =>
        {
            if (Interlocked.Increment(ref runs) == 3)
            {
                throw thrown;
            }
        }, 0, 1, TimeUnit.Milliseconds);

        Assert.Same(thrown, Assert.Throws<ExecutionException>(() => future.Get()).InnerException);
        Assert.Equal(3, runs);
        Assert.Equal(FutureState.Failed, future.State());
        ExecutorTesting.End(pool);
    }

    [Fact]
    public void Execute_CommandThrows_KeptInAFutureAndNothingIsDispatched()
    {
        var factory = new DaemonThreadFactory("stpe");
        #pragma warning disable JT0010 // on purpose: a daemon-thread factory, whose workers do not hold the process (the rule cannot see that)
        var pool = new ScheduledThreadPoolExecutor(1, factory);
        #pragma warning restore JT0010
        pool.PrestartCoreThread();
        var uncaught = 0;
        factory.Threads[0].SetUncaughtExceptionHandler((_, _) => Interlocked.Increment(ref uncaught));

        pool.Execute(() => throw new InvalidOperationException("kept"));
        var after = pool.Submit(() => 1);

        Assert.Equal(1, after.Get());
        Assert.Equal(0, uncaught);
        Assert.Equal(1, factory.Created);
        Assert.True(factory.Threads[0].IsAlive());
        ExecutorTesting.End(pool);
    }

    [Fact]
    public void Submit_ThreeForms_RunNow()
    {
        var pool = NewPool();

        Assert.Equal(2, pool.Submit(() => 2).Get());
        Assert.Equal("r", pool.Submit(() => { }, "r").Get());
        pool.Submit(() => { }).Get();
        Assert.IsAssignableFrom<IScheduledFuture<int>>(pool.Submit(() => 3));
        ExecutorTesting.End(pool);
    }

    [Fact]
    public void Shutdown_DefaultPolicies_DelayedTasksRunPeriodicOnesAreCancelled()
    {
        var pool = NewPool();
        Assert.True(pool.GetExecuteExistingDelayedTasksAfterShutdownPolicy());
        Assert.False(pool.GetContinueExistingPeriodicTasksAfterShutdownPolicy());
        var delayed = pool.Schedule(() => 1, ShortDelayMillis, TimeUnit.Milliseconds);
        var periodic = pool.ScheduleAtFixedRate(() => { }, ShortDelayMillis, 1, TimeUnit.Milliseconds);

        pool.Shutdown();

        Assert.True(periodic.IsCancelled());
        Assert.Equal(1, delayed.Get());
        Assert.True(pool.AwaitTermination(TestTimeouts.UnexpectedTimeoutMillis, TimeUnit.Milliseconds));
        Assert.Throws<RejectedExecutionException>(() => pool.Schedule(() => 1, 0, TimeUnit.Seconds));
    }

    [Fact]
    public void Shutdown_OppositePolicies_DelayedTasksCancelledPeriodicOnesContinue()
    {
        var pool = NewPool();
        pool.SetExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        pool.SetContinueExistingPeriodicTasksAfterShutdownPolicy(true);
        var runs = 0;
        var delayed = pool.Schedule(() => 1, TestTimeouts.UnexpectedTimeoutMillis, TimeUnit.Milliseconds);
        var periodic = pool.ScheduleAtFixedRate(() => Interlocked.Increment(ref runs), 0, 1, TimeUnit.Milliseconds);

        pool.Shutdown();
        var seen = Volatile.Read(ref runs);

        Assert.True(delayed.IsCancelled());
        TestWait.Until(() => Volatile.Read(ref runs) > seen + 2, "the periodic task keeps running after shutdown");
        Assert.False(pool.IsTerminated());
        pool.SetContinueExistingPeriodicTasksAfterShutdownPolicy(false);
        Assert.True(pool.AwaitTermination(TestTimeouts.UnexpectedTimeoutMillis, TimeUnit.Milliseconds));
        Assert.True(periodic.IsCancelled() || periodic.IsDone());
    }

    [Fact]
    public void ShutdownNow_ReturnsTheDelayedTasksAsFutures()
    {
        var pool = NewPool();
        var pending = Enumerable.Range(0, 3).Select(i => pool.Schedule(() => i, 1, TimeUnit.Hours)).ToList();

        var drained = pool.ShutdownNow();

        Assert.Equal(3, drained.Count);
        Assert.All(drained, a => Assert.Contains(a.Target, pending));
        Assert.True(pool.AwaitTermination(TestTimeouts.UnexpectedTimeoutMillis, TimeUnit.Milliseconds));
    }

    [Fact]
    public void RemoveOnCancelPolicy_DecidesWhetherACancelledTaskStaysQueued()
    {
        var pool = NewPool();
        Assert.False(pool.GetRemoveOnCancelPolicy());
        var kept = pool.Schedule(() => 1, 1, TimeUnit.Hours);
        kept.Cancel(false);
        Assert.Equal(1, pool.GetQueue().Size());
        pool.Purge();
        Assert.Equal(0, pool.GetQueue().Size());

        pool.SetRemoveOnCancelPolicy(true);
        Assert.True(pool.GetRemoveOnCancelPolicy());
        var removed = pool.Schedule(() => 1, 1, TimeUnit.Hours);
        Assert.Equal(1, pool.GetQueue().Size());
        removed.Cancel(true);
        Assert.Equal(0, pool.GetQueue().Size());
        ExecutorTesting.End(pool);
    }

    [Fact]
    public void DelayQueue_TakeAndTimedPoll_AreInterruptibleOnEntryAndWhileWaiting()
    {
        var queue = new DelayedWorkQueue();
        CheckedThread.Run(() =>
        {
            JThread.CurrentThread().Interrupt();
            Assert.Throws<InterruptedException>(() => queue.Take());
            JThread.CurrentThread().Interrupt();
            Assert.Throws<InterruptedException>(() => queue.TryPoll(0, TimeUnit.Seconds, out _));
            Assert.False(queue.TryPoll(TestTimeouts.ExpectedTimeoutMillis, TimeUnit.Milliseconds, out _));
        });
        var taker = CheckedThread.Start(() => Assert.Throws<InterruptedException>(() => queue.Take()), "taker");
        TestWait.ForState(taker.Thread, JThreadState.Waiting);

        taker.Thread.Interrupt();

        taker.Join();
        Assert.Throws<ArgumentException>(() => queue.Add(() => { }));
        Assert.Throws<ArgumentNullException>(() => queue.Add(null!));
    }

    [Fact]
    public void Schedule_ManyRandomDelays_RunInDueOrder()
    {
        var pool = NewPool();
        var random = new Random(12345);
        var order = new List<int>();
        using var release = new ManualResetEventSlim();
        pool.Execute(() => ExecutorTesting.AwaitGate(release));
        var delays = Enumerable.Range(0, 50).Select(_ => random.Next(0, 8) * 5).ToArray();
        var futures = delays.Select((d, i) => pool.Schedule(() => { lock (order) { order.Add(i); } }, d, TimeUnit.Milliseconds)).ToList();
        JThread.Sleep(60);

        release.Set();
        futures.ForEach(f => f.Get());

        var expected = Enumerable.Range(0, 50).OrderBy(i => delays[i]).ThenBy(i => i);
        Assert.Equal(expected, order);
        ExecutorTesting.End(pool);
    }

    [Fact]
    public void CorePoolSizeZero_StillStartsAWorkerForScheduledTasks()
    {
        var factory = new DaemonThreadFactory("zero");
        #pragma warning disable JT0010 // on purpose: a daemon-thread factory, whose workers do not hold the process (the rule cannot see that)
        var pool = new ScheduledThreadPoolExecutor(0, factory);
        #pragma warning restore JT0010

        Assert.Equal(4, pool.Schedule(() => 4, 1, TimeUnit.Milliseconds).Get());

        Assert.Equal(1, factory.Created);
        ExecutorTesting.End(pool);
        factory.JoinAll();
    }

    [Fact]
    public void ToString_AndRejection_FollowJava()
    {
        var pool = NewPool();
        pool.Shutdown();

        var e = Assert.Throws<RejectedExecutionException>(() => pool.Schedule(() => 1, 1, TimeUnit.Seconds));

        Assert.Matches(@"^Task JThreading\.Concurrent\.ScheduledFutureTask`1\[System\.Int32\]@[0-9a-f]+\[Not completed, task = System\.Func`1\[System\.Int32\]@[0-9a-f]+\] rejected from JThreading\.Concurrent\.ScheduledThreadPoolExecutor@[0-9a-f]+\[Terminated, pool size = 0, active threads = 0, queued tasks = 0, completed tasks = 0\]$", e.Message);
    }

    private static ScheduledThreadPoolExecutor NewPool() => new(1, new DaemonThreadFactory("scheduled"));
}
