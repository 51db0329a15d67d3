using JThreading.Concurrent;

namespace JThreading.Tests.Concurrent;

/// <summary>
/// <see cref="ThreadPoolExecutor"/> after the JSR-166 TCK's ThreadPoolExecutorTest: sizing, queueing, rejection,
/// shutdown, interrupts, counters and the exception rules of SEMANTICS.md section 9.
/// </summary>
public sealed class ThreadPoolExecutorTests
{
    private static readonly string[] s_policies = ["abort", "callerRuns", "discard", "discardOldest"];

    public static TheoryData<string> Policies => new(s_policies);

    [Fact]
    public void Constructor_BadArguments_ThrowJavasIllegalArgumentAsArgumentExceptions()
    {
        var queue = new LinkedBlockingQueue<Action>();
        Assert.Throws<ArgumentOutOfRangeException>(() => new ThreadPoolExecutor(-1, 1, 1, TimeUnit.Seconds, queue));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ThreadPoolExecutor(1, 0, 1, TimeUnit.Seconds, queue));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ThreadPoolExecutor(0, -1, 1, TimeUnit.Seconds, queue));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ThreadPoolExecutor(1, 2, -1, TimeUnit.Seconds, queue));
        Assert.Throws<ArgumentException>(() => new ThreadPoolExecutor(2, 1, 1, TimeUnit.Seconds, queue));
        Assert.Throws<ArgumentNullException>(() => new ThreadPoolExecutor(1, 2, 1, TimeUnit.Seconds, null!));
    }

    [Fact]
    public void Constructor_Defaults_AbortPolicyAndDefaultThreadFactory()
    {
        var pool = new ThreadPoolExecutor(1, 2, 3, TimeUnit.Seconds, new LinkedBlockingQueue<Action>());

        Assert.IsType<ThreadPoolExecutor.AbortPolicy>(pool.GetRejectedExecutionHandler());
        Assert.Matches("^pool-[0-9]+-thread-1$", pool.GetThreadFactory().NewThread(() => { }).GetName());
        Assert.Equal(1, pool.GetCorePoolSize());
        Assert.Equal(2, pool.GetMaximumPoolSize());
        Assert.Equal(3000, pool.GetKeepAliveTime(TimeUnit.Milliseconds));
        Assert.False(pool.AllowsCoreThreadTimeOut());
        pool.Shutdown();
        Assert.True(pool.IsTerminated());
    }

    [Fact]
    public void Execute_Null_ThrowsArgumentNull()
    {
        var pool = ExecutorTesting.NewPool(1, 1);
        Assert.Throws<ArgumentNullException>(() => pool.Execute(null!));
        Assert.Throws<ArgumentNullException>(() => pool.Submit((Action)null!));
        Assert.Throws<ArgumentNullException>(() => pool.Submit((Func<int>)null!));
        Assert.Throws<ArgumentNullException>(() => pool.Submit(null!, 1));
        ExecutorTesting.End(pool);
    }

    [Fact]
    public void Execute_BelowCore_StartsWorkersFromTheFactoryThenQueues()
    {
        var factory = new DaemonThreadFactory("sized");
        var pool = ExecutorTesting.NewPool(2, 4, new LinkedBlockingQueue<Action>(), factory);
        using var release = new ManualResetEventSlim();

        for (var i = 0; i < 5; i++)
        {
            pool.Execute(() => ExecutorTesting.AwaitGate(release));
        }

        Assert.Equal(2, pool.GetPoolSize());
        Assert.Equal(2, factory.Created);
        Assert.Equal(3, pool.GetQueue().Size());
        TestWait.Until(() => pool.GetActiveCount() == 2, "both workers run a task");
        Assert.Equal(5, pool.GetTaskCount());
        release.Set();
        TestWait.Until(() => pool.GetCompletedTaskCount() == 5, "every task completed");
        Assert.Equal(2, pool.GetLargestPoolSize());
        ExecutorTesting.End(pool);
        factory.JoinAll();
    }

    [Fact]
    public void Execute_QueueFull_GrowsToMaximumThenRejectsWithJavasMessage()
    {
        var pool = ExecutorTesting.NewPool(1, 2, new LinkedBlockingQueue<Action>(1));
        using var release = new ManualResetEventSlim();
        Action blocker = () => ExecutorTesting.AwaitGate(release);

        pool.Execute(blocker);
        pool.Execute(blocker);
        pool.Execute(blocker);
        Assert.Equal(2, pool.GetPoolSize());

        Action rejected = () => { };
        var e = Assert.Throws<RejectedExecutionException>(() => pool.Execute(rejected));
        Assert.Equal($"Task {rejected.GetType()}@{System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(rejected):x} rejected from {pool}", e.Message);
        var submitted = Assert.Throws<RejectedExecutionException>(() => pool.Submit(() => 1));
        Assert.Matches(@"^Task JThreading\.Concurrent\.FutureTask`1\[System\.Int32\]@[0-9a-f]+\[Not completed, task = System\.Func`1\[System\.Int32\]@[0-9a-f]+\] rejected from JThreading\.Concurrent\.ThreadPoolExecutor@[0-9a-f]+\[Running, pool size = 2, active threads = 2, queued tasks = 1, completed tasks = 0\]$", submitted.Message);
        release.Set();
        ExecutorTesting.End(pool);
    }

    [Theory]
    [MemberData(nameof(Policies))]
    public void Policies_SaturatedPool_DoWhatJavasDo(string policy)
    {
        var handler = NewPolicy(policy);
        var pool = ExecutorTesting.NewPool(1, 1, new LinkedBlockingQueue<Action>(1), handler: handler);
        using var release = new ManualResetEventSlim();
        pool.Execute(() => ExecutorTesting.AwaitGate(release));
        var oldestRan = false;
        Action oldest = () => oldestRan = true;
        pool.Execute(oldest);
        JThread? ranOn = null;
        Action extra = () => ranOn = JThread.CurrentThread();

        if (policy == "abort")
        {
            Assert.Throws<RejectedExecutionException>(() => pool.Execute(extra));
        }
        else
        {
            pool.Execute(extra);
        }

        switch (policy)
        {
            case "callerRuns":
                Assert.Same(JThread.CurrentThread(), ranOn);
                break;
            case "discardOldest":
                Assert.Equal([extra], pool.GetQueue().ToArray());
                break;
            default:
                Assert.Equal([oldest], pool.GetQueue().ToArray());
                break;
        }

        release.Set();
        pool.Shutdown();
        Assert.True(pool.AwaitTermination(TestTimeouts.UnexpectedTimeoutMillis, TimeUnit.Milliseconds));
        Assert.Equal(policy != "discardOldest", oldestRan);
        Assert.Equal(policy is "callerRuns" or "discardOldest", ranOn is not null);
    }

    [Theory]
    [MemberData(nameof(Policies))]
    public void Policies_AfterShutdown_OnlyAbortThrowsAndNothingRuns(string policy)
    {
        var handler = NewPolicy(policy);
        var pool = ExecutorTesting.NewPool(1, 1, handler: handler);
        pool.Shutdown();
        var ran = false;

        if (policy == "abort")
        {
            Assert.Throws<RejectedExecutionException>(() => pool.Execute(() => ran = true));
        }
        else
        {
            pool.Execute(() => ran = true);
        }

        Assert.False(ran);
        Assert.True(pool.IsTerminated());
    }

    [Fact]
    public void Submit_ThreeForms_FuturesCompleteWithTheirResults()
    {
        var pool = ExecutorTesting.NewPool(2, 2);
        var ran = 0;

        var plain = pool.Submit(() => { Interlocked.Increment(ref ran); });
        var callable = pool.Submit(() => 42);
        var withResult = pool.Submit(() => { Interlocked.Increment(ref ran); }, "result");

        plain.Get();
        Assert.Equal(42, callable.Get());
        Assert.Equal("result", withResult.Get(TestTimeouts.UnexpectedTimeoutMillis, TimeUnit.Milliseconds));
        Assert.Equal(2, ran);
        Assert.Equal(FutureState.Success, plain.State());
        ExecutorTesting.End(pool);
    }

    [Fact]
    public void Submit_TaskThrows_ExceptionReachesGetAndNotTheUncaughtHandler()
    {
        var factory = new DaemonThreadFactory();
        var pool = ExecutorTesting.NewPool(1, 1, factory: factory);
        var uncaught = 0;
        pool.PrestartAllCoreThreads();
        factory.Threads[0].SetUncaughtExceptionHandler((_, _) => Interlocked.Increment(ref uncaught));
        var thrown = new ArithmeticException("divide");

        var future = pool.Submit<int>(() => throw thrown);

        Assert.Same(thrown, Assert.Throws<ExecutionException>(() => future.Get()).InnerException);
        Assert.Equal(1, pool.Submit(() => 1).Get());
        Assert.Equal(0, uncaught);
        Assert.Equal(1, factory.Created);
        ExecutorTesting.End(pool);
    }

    [Fact]
    public void Execute_CommandThrows_WorkerIsReplacedBeforeTheUncaughtDispatch()
    {
        var factory = new DaemonThreadFactory("replaced");
        var pool = ExecutorTesting.NewPool(1, 1, factory: factory);
        var thrown = new InvalidOperationException("from a command");
        Exception? seen = null;
        var workersAtDispatch = -1;
        using var dispatched = new ManualResetEventSlim();
        pool.PrestartCoreThread();
        factory.Threads[0].SetUncaughtExceptionHandler((_, e) =>
        {
            seen = e;
            workersAtDispatch = factory.Created;
            dispatched.Set();
        });

        pool.Execute(() => throw thrown);

        ExecutorTesting.AwaitGate(dispatched);
        Assert.Same(thrown, seen);
        Assert.Equal(2, workersAtDispatch);
        TestWait.Until(() => !factory.Threads[0].IsAlive(), "the failed worker ended");
        Assert.Equal(1, pool.Submit(() => 1).Get());
        Assert.Equal(1, pool.GetPoolSize());
        ExecutorTesting.End(pool);
        factory.JoinAll();
    }

    [Fact]
    public void Shutdown_QueuedTasksStillRunAndNewOnesAreRejected()
    {
        var pool = ExecutorTesting.NewPool(1, 1);
        using var release = new ManualResetEventSlim();
        var ran = 0;
        pool.Execute(() => ExecutorTesting.AwaitGate(release));
        pool.Execute(() => Interlocked.Increment(ref ran));
        pool.Execute(() => Interlocked.Increment(ref ran));

        pool.Shutdown();

        Assert.True(pool.IsShutdown());
        Assert.True(pool.IsTerminating());
        Assert.False(pool.IsTerminated());
        Assert.Throws<RejectedExecutionException>(() => pool.Execute(() => { }));
        Assert.Contains("[Shutting down, pool size = 1, active threads = 1, queued tasks = 2, completed tasks = 0]", pool.ToString(), StringComparison.Ordinal);
        release.Set();
        Assert.True(pool.AwaitTermination(TestTimeouts.UnexpectedTimeoutMillis, TimeUnit.Milliseconds));
        Assert.Equal(2, ran);
        Assert.False(pool.IsTerminating());
        Assert.EndsWith("[Terminated, pool size = 0, active threads = 0, queued tasks = 0, completed tasks = 3]", pool.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Shutdown_FromInsideATask_DoesNotInterruptThatTask()
    {
        var pool = ExecutorTesting.NewPool(2, 2);
        var future = pool.Submit(() =>
        {
            pool.Shutdown();
            return JThread.CurrentThread().IsInterrupted();
        });

        Assert.False(future.Get());
        Assert.True(pool.AwaitTermination(TestTimeouts.UnexpectedTimeoutMillis, TimeUnit.Milliseconds));
    }

    [Fact]
    public void ShutdownNow_InterruptsRunningTasksAndReturnsQueuedOnesWithTheirFuturesAsTargets()
    {
        var pool = ExecutorTesting.NewPool(1, 1);
        var sleeper = InterruptibleSleeper.StartIn(pool);
        Action plain = () => { };
        pool.Execute(plain);
        var queued = pool.Submit(() => 1);

        var drained = pool.ShutdownNow();

        Assert.Equal(2, drained.Count);
        Assert.Same(plain, drained[0]);
        Assert.Same(queued, drained[1].Target);
        ((IFuture)drained[1].Target!).Cancel(true);
        Assert.True(queued.IsCancelled());
        Assert.True(pool.AwaitTermination(TestTimeouts.UnexpectedTimeoutMillis, TimeUnit.Milliseconds));
        Assert.True(sleeper.Interrupted);
        Assert.Throws<RejectedExecutionException>(() => pool.Submit(() => 2));
    }

    [Fact]
    public void CancelTrue_InterruptNeverLeaksIntoTheWorkersNextTask()
    {
        var pool = ExecutorTesting.NewPool(1, 1);
        var deadline = DateTime.UtcNow + TestTimeouts.RaceDuration;
        var leaks = 0;
        while (DateTime.UtcNow < deadline)
        {
            var victim = pool.Submit(() => Thread.SpinWait(50));
            victim.Cancel(true);
            if (pool.Submit(() => JThread.CurrentThread().IsInterrupted()).Get())
            {
                leaks++;
            }
        }

        Assert.Equal(0, leaks);
        ExecutorTesting.End(pool);
    }

    [Fact]
    public void AwaitTermination_RunningPool_ZeroIsFalseEvenInterruptedAndPositiveTimesOut() => CheckedThread.Run(() =>
    {
        var pool = ExecutorTesting.NewPool(1, 1);
        pool.PrestartCoreThread();

        JThread.CurrentThread().Interrupt();
        Assert.False(pool.AwaitTermination(0, TimeUnit.Seconds));
        Assert.True(JThread.CurrentThread().IsInterrupted());
        Assert.Throws<InterruptedException>(() => pool.AwaitTermination(TestTimeouts.UnexpectedTimeoutMillis, TimeUnit.Milliseconds));
        Assert.False(JThread.CurrentThread().IsInterrupted());
        Assert.False(pool.AwaitTermination(TestTimeouts.ExpectedTimeoutMillis, TimeUnit.Milliseconds));

        ExecutorTesting.End(pool);
        JThread.CurrentThread().Interrupt();
        Assert.True(pool.AwaitTermination(TestTimeouts.UnexpectedTimeoutMillis, TimeUnit.Milliseconds));
        Assert.True(JThread.Interrupted());
    });

    [Fact]
    public void AwaitTermination_Waiting_ReportsTimedWaitingAndWakesOnTermination()
    {
        var pool = ExecutorTesting.NewPool(1, 1);
        using var release = new ManualResetEventSlim();
        pool.Execute(() => ExecutorTesting.AwaitGate(release));
        pool.Shutdown();
        var waiter = CheckedThread.Start(
            () => Assert.True(pool.AwaitTermination(TestTimeouts.UnexpectedTimeoutMillis, TimeUnit.Milliseconds)), "waiter");
        TestWait.ForState(waiter.Thread, JThreadState.TimedWaiting);

        release.Set();

        waiter.Join();
        Assert.True(pool.IsTerminated());
    }

    [Fact]
    public void Close_WaitsForQueuedTasks()
    {
        var pool = ExecutorTesting.NewPool(1, 1);
        var ran = 0;
        for (var i = 0; i < 3; i++)
        {
            pool.Execute(() =>
            {
                JThread.Sleep(10);
                Interlocked.Increment(ref ran);
            });
        }

        using (pool)
        {
        }

        Assert.True(pool.IsTerminated());
        Assert.Equal(3, ran);
        pool.Close();
    }

    [Fact]
    public void Close_InterruptedWhileWaiting_ShutsDownNowKeepsWaitingAndSetsTheFlagAgain()
    {
        var pool = ExecutorTesting.NewPool(1, 1);
        var sleeper = InterruptibleSleeper.StartIn(pool);
        var closer = CheckedThread.Start(() =>
        {
            pool.Close();
            Assert.True(JThread.CurrentThread().IsInterrupted());
        }, "closer");
        TestWait.ForState(closer.Thread, JThreadState.TimedWaiting);

        closer.Thread.Interrupt();

        closer.Join();
        Assert.True(pool.IsTerminated());
        Assert.True(sleeper.Interrupted);
    }

    [Fact]
    public void Hooks_Subclass_SeeEachTaskAndTerminationOnce()
    {
        var pool = new HookedPool();
        var thrown = new InvalidOperationException("x");
        pool.Submit(() => 1).Get();
        Action failing = () => throw thrown;
        pool.PrestartAllCoreThreads();
        foreach (var worker in pool.Factory.Threads)
        {
            worker.SetUncaughtExceptionHandler((_, _) => { });
        }

        pool.Execute(failing);
        TestWait.Until(() => pool.After.Count == 2, "both tasks finished");
        pool.Shutdown();
        Assert.True(pool.AwaitTermination(TestTimeouts.UnexpectedTimeoutMillis, TimeUnit.Milliseconds));

        Assert.Equal(2, pool.Before.Count);
        Assert.All(pool.Before, b => Assert.StartsWith("hooked-", b.Thread.GetName(), StringComparison.Ordinal));
        Assert.Null(pool.After[0].Exception);
        Assert.Same(failing, pool.After[1].Task);
        Assert.Same(thrown, pool.After[1].Exception);
        Assert.Equal(1, pool.TerminatedCalls);
    }

    [Fact]
    public void BeforeExecuteThrows_TaskDoesNotRunAndWorkerIsReplaced()
    {
        #pragma warning disable JT0010 // on purpose: a daemon-thread factory, whose workers do not hold the process (the rule cannot see that)
        var pool = new HookedPool { FailBefore = true };
        #pragma warning restore JT0010
        pool.PrestartAllCoreThreads();
        foreach (var worker in pool.Factory.Threads)
        {
            worker.SetUncaughtExceptionHandler((_, _) => { });
        }

        var future = pool.Submit(() => 1);
        TestWait.Until(() => pool.Factory.Created >= 2, "the worker was replaced");
        Assert.False(future.IsDone());
        pool.FailBefore = false;
        Assert.Equal(2, pool.Submit(() => 2).Get());
        ExecutorTesting.End(pool);
    }

    [Fact]
    public void SetCorePoolSize_Arguments_CheckedAndLargerSizeStartsWorkersForQueuedTasks()
    {
        var pool = ExecutorTesting.NewPool(1, 3);
        Assert.Throws<ArgumentOutOfRangeException>(() => pool.SetCorePoolSize(-1));
        Assert.Throws<ArgumentException>(() => pool.SetCorePoolSize(4));
        Assert.Throws<ArgumentOutOfRangeException>(() => pool.SetMaximumPoolSize(0));
        using var release = new ManualResetEventSlim();
        for (var i = 0; i < 3; i++)
        {
            pool.Execute(() => ExecutorTesting.AwaitGate(release));
        }

        Assert.Equal(1, pool.GetPoolSize());
        pool.SetCorePoolSize(3);
        Assert.Equal(3, pool.GetCorePoolSize());
        TestWait.Until(() => pool.GetActiveCount() == 3, "three workers run");
        release.Set();
        pool.SetMaximumPoolSize(5);
        Assert.Equal(5, pool.GetMaximumPoolSize());
        Assert.Throws<ArgumentException>(() => pool.SetMaximumPoolSize(2));
        ExecutorTesting.End(pool);
    }

    [Fact]
    public void KeepAlive_ArgumentsCheckedAndCoreTimeOutNeedsNonzeroTime()
    {
        var pool = ExecutorTesting.NewPool(1, 2, keepAliveMillis: 0);
        Assert.Throws<ArgumentException>(() => pool.AllowCoreThreadTimeOut(true));
        Assert.Throws<ArgumentOutOfRangeException>(() => pool.SetKeepAliveTime(-1, TimeUnit.Seconds));
        pool.SetKeepAliveTime(5, TimeUnit.Seconds);
        Assert.Equal(5, pool.GetKeepAliveTime(TimeUnit.Seconds));
        pool.AllowCoreThreadTimeOut(true);
        Assert.True(pool.AllowsCoreThreadTimeOut());
        Assert.Throws<ArgumentException>(() => pool.SetKeepAliveTime(0, TimeUnit.Seconds));
        ExecutorTesting.End(pool);
    }

    [Fact]
    public void AllowCoreThreadTimeOut_IdleCoreWorkersEndAfterKeepAlive()
    {
        var factory = new DaemonThreadFactory();
        var pool = ExecutorTesting.NewPool(2, 2, factory: factory, keepAliveMillis: 20);
        Assert.Equal(2, pool.PrestartAllCoreThreads());
        Assert.Equal(0, pool.PrestartAllCoreThreads());
        Assert.False(pool.PrestartCoreThread());

        pool.AllowCoreThreadTimeOut(true);

        TestWait.Until(() => pool.GetPoolSize() == 0, "the idle core workers ended");
        factory.JoinAll();
        Assert.True(pool.PrestartCoreThread());
        ExecutorTesting.End(pool);
    }

    [Fact]
    public void KeepAlive_WorkersAboveCore_EndWhenIdle()
    {
        var pool = ExecutorTesting.NewPool(1, 3, new LinkedBlockingQueue<Action>(1), keepAliveMillis: 20);
        using var release = new ManualResetEventSlim();
        for (var i = 0; i < 4; i++)
        {
            pool.Execute(() => ExecutorTesting.AwaitGate(release));
        }

        Assert.Equal(3, pool.GetPoolSize());
        release.Set();

        TestWait.Until(() => pool.GetPoolSize() == 1, "the extra workers ended");
        Assert.Equal(3, pool.GetLargestPoolSize());
        ExecutorTesting.End(pool);
    }

    [Fact]
    public void RemoveAndPurge_QueuedTasks_NeverRun()
    {
        var pool = ExecutorTesting.NewPool(1, 1);
        using var release = new ManualResetEventSlim();
        pool.Execute(() => ExecutorTesting.AwaitGate(release));
        var ran = 0;
        Action command = () => Interlocked.Increment(ref ran);
        pool.Execute(command);
        var submitted = pool.Submit(() => Interlocked.Increment(ref ran));
        var cancelled = pool.Submit(() => Interlocked.Increment(ref ran));

        Assert.True(pool.Remove(command));
        Assert.False(pool.Remove(command));
        Assert.True(pool.Remove(submitted));
        cancelled.Cancel(false);
        Assert.Equal(1, pool.GetQueue().Size());
        pool.Purge();
        Assert.Equal(0, pool.GetQueue().Size());

        release.Set();
        pool.Shutdown();
        Assert.True(pool.AwaitTermination(TestTimeouts.UnexpectedTimeoutMillis, TimeUnit.Milliseconds));
        Assert.Equal(0, ran);
        Assert.False(submitted.IsDone());
    }

    [Fact]
    public void SetThreadFactoryAndHandler_NullThrowsAndNewOnesAreUsed()
    {
        var pool = ExecutorTesting.NewPool(1, 1);
        Assert.Throws<ArgumentNullException>(() => pool.SetThreadFactory(null!));
        Assert.Throws<ArgumentNullException>(() => pool.SetRejectedExecutionHandler(null!));
        var factory = new DaemonThreadFactory("second");
        var handler = new ThreadPoolExecutor.DiscardPolicy();

        pool.SetThreadFactory(factory);
        pool.SetRejectedExecutionHandler(handler);

        Assert.Same(factory, pool.GetThreadFactory());
        Assert.Same(handler, pool.GetRejectedExecutionHandler());
        Assert.Equal("second-1", pool.Submit(() => JThread.CurrentThread().GetName()).Get());
        ExecutorTesting.End(pool);
    }

    [Fact]
    public void ThreadFactoryReturnsStartedThread_ExecuteThrowsIllegalThreadState()
    {
        var started = new JThread(() => { });
        started.SetDaemon(true);
        started.Start();
        var pool = new ThreadPoolExecutor(1, 1, 0, TimeUnit.Seconds, new LinkedBlockingQueue<Action>(), new FixedFactory(started));

        Assert.Throws<IllegalThreadStateException>(() => pool.Execute(() => { }));

        Assert.Equal(0, pool.GetPoolSize());
        pool.Shutdown();
        Assert.True(pool.IsTerminated());
        TestWait.Joined(started);
    }

    [Fact]
    public void InvokeAll_RunsEveryTaskAndReturnsDoneFuturesInOrder()
    {
        var pool = ExecutorTesting.NewPool(2, 2);
        var thrown = new InvalidOperationException();

        var futures = pool.InvokeAll<int>([() => 1, () => throw thrown, () => 3]);

        Assert.All(futures, f => Assert.True(f.IsDone()));
        Assert.Equal(1, futures[0].Get());
        Assert.Same(thrown, futures[1].ExceptionNow());
        Assert.Equal(3, futures[2].Get());
        Assert.Empty(pool.InvokeAll(Array.Empty<Func<int>>()));
        Assert.Throws<ArgumentNullException>(() => pool.InvokeAll<int>(null!));
        Assert.Throws<ArgumentNullException>(() => pool.InvokeAll<int>([() => 1, null!]));
        ExecutorTesting.End(pool);
    }

    [Fact]
    public void InvokeAllTimed_SlowTask_IsCancelledWhenTheTimeIsUp()
    {
        var pool = ExecutorTesting.NewPool(2, 2);

        var futures = pool.InvokeAll<int>(
            [() => 1, () =>
            {
                JThread.Sleep(TestTimeouts.UnexpectedTimeoutMillis);
                return 2;
            }],
            TestTimeouts.ExpectedTimeoutMillis,
            TimeUnit.Milliseconds);

        Assert.Equal(1, futures[0].Get());
        Assert.True(futures[1].IsCancelled());
        ExecutorTesting.End(pool);
    }

    [Fact]
    public void InvokeAll_InterruptedWhileWaiting_ThrowsAndCancelsTheUnfinishedTasks()
    {
        var pool = ExecutorTesting.NewPool(1, 1);
        var invoker = CheckedThread.Start(() => Assert.Throws<InterruptedException>(() => pool.InvokeAll<int>(
            [() =>
            {
                JThread.Sleep(TestTimeouts.UnexpectedTimeoutMillis);
                return 1;
            }, () => 2])), "invoker");
        TestWait.Until(() => pool.GetActiveCount() == 1 && invoker.Thread.GetState() == JThreadState.Waiting, "the invoker waits for the first task");

        invoker.Thread.Interrupt();

        invoker.Join();
        TestWait.Until(() => pool.GetActiveCount() == 0, "the running task was cancelled with an interrupt");
        Assert.All(pool.GetQueue(), a => Assert.True(((IFuture)a.Target!).IsCancelled()));
        ExecutorTesting.End(pool);
    }

    [Fact]
    public void InvokeAny_ReturnsAResultOfATaskThatSucceeded()
    {
        var pool = ExecutorTesting.NewPool(2, 2);

        Assert.Equal(2, pool.InvokeAny<int>([() => throw new InvalidOperationException(), () => 2]));
        Assert.Equal(5, pool.InvokeAny<int>([() => 5], TestTimeouts.UnexpectedTimeoutMillis, TimeUnit.Milliseconds));
        var thrown = new FormatException();
        Assert.Same(thrown, Assert.Throws<ExecutionException>(() => pool.InvokeAny<int>([() => throw thrown])).InnerException);
        Assert.Throws<ArgumentException>(() => pool.InvokeAny(Array.Empty<Func<int>>()));
        Assert.Throws<ArgumentNullException>(() => pool.InvokeAny<int>([null!]));
        Assert.Throws<TimeoutException>(() => pool.InvokeAny<int>(
            [() =>
            {
                JThread.Sleep(TestTimeouts.UnexpectedTimeoutMillis);
                return 1;
            }],
            TestTimeouts.ExpectedTimeoutMillis,
            TimeUnit.Milliseconds));
        ExecutorTesting.End(pool);
    }

    [Fact]
    public void ShutdownVersusSubmit_Repeated_EveryAcceptedTaskRunsAndEveryOtherIsRejected()
    {
        var deadline = DateTime.UtcNow + TestTimeouts.RaceDuration;
        while (DateTime.UtcNow < deadline)
        {
            var pool = ExecutorTesting.NewPool(1, 2);
            var accepted = new List<IFuture<int>>();
            var submitter = CheckedThread.Start(() =>
            {
                for (var i = 0; i < 20; i++)
                {
                    try
                    {
                        accepted.Add(pool.Submit(() => 1));
                    }
                    catch (RejectedExecutionException)
                    {
                        Assert.True(pool.IsShutdown());
                    }
                }
            }, "submitter");
            pool.Shutdown();
            submitter.Join();

            Assert.True(pool.AwaitTermination(TestTimeouts.UnexpectedTimeoutMillis, TimeUnit.Milliseconds));
            Assert.All(accepted, f => Assert.Equal(1, f.Get()));
        }
    }

    [Fact]
    public void ToString_RunningPool_FollowsJava()
    {
        var pool = ExecutorTesting.NewPool(1, 1);
        Assert.Matches(@"^JThreading\.Concurrent\.ThreadPoolExecutor@[0-9a-f]+\[Running, pool size = 0, active threads = 0, queued tasks = 0, completed tasks = 0\]$", pool.ToString());
        ExecutorTesting.End(pool);
    }

    private static IRejectedExecutionHandler NewPolicy(string policy) => policy switch
    {
        "abort" => new ThreadPoolExecutor.AbortPolicy(),
        "callerRuns" => new ThreadPoolExecutor.CallerRunsPolicy(),
        "discard" => new ThreadPoolExecutor.DiscardPolicy(),
        _ => new ThreadPoolExecutor.DiscardOldestPolicy(),
    };

    private sealed class FixedFactory(JThread thread) : IThreadFactory
    {
        public JThread NewThread(Action task) => thread;
    }

    private sealed class HookedPool() : ThreadPoolExecutor(1, 1, 0, TimeUnit.Seconds, new LinkedBlockingQueue<Action>(), new DaemonThreadFactory("hooked"))
    {
        public List<(JThread Thread, Action Task)> Before { get; } = [];

        public List<(Action Task, Exception? Exception)> After { get; } = [];

        public int TerminatedCalls { get; private set; }

        public bool FailBefore { get; set; }

        public DaemonThreadFactory Factory => (DaemonThreadFactory)GetThreadFactory();

        protected override void BeforeExecute(JThread thread, Action task)
        {
            if (FailBefore)
            {
                throw new InvalidOperationException("before");
            }

            lock (Before)
            {
                Before.Add((thread, task));
            }
        }

        protected override void AfterExecute(Action task, Exception? exception)
        {
            lock (After)
            {
                After.Add((task, exception));
            }
        }

        protected override void Terminated() => TerminatedCalls++;
    }
}
