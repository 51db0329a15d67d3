using JThreading.Concurrent;

namespace JThreading.Tests.Concurrent;

/// <summary>
/// <see cref="AbstractExecutorService"/>, after the JSR-166 TCK's AbstractExecutorServiceTest: an executor written the
/// Java way (only <c>Execute</c> and the lifecycle) inherits Submit, InvokeAll, InvokeAny and Close; a subclass's
/// <c>NewTaskFor</c> is what they use; and the executors here derive from it as in Java.
/// </summary>
public sealed class AbstractExecutorServiceTests
{
    private static long LongMillis => TestTimeouts.UnexpectedTimeoutMillis;

    [Fact]
    public void Submit_DirectExecutor_RunsEachOverloadAndCompletesItsFuture()
    {
        using var executor = new DirectExecutorService();
        var ran = 0;

        var plain = executor.Submit(() => { ran++; });
        var valued = executor.Submit(() => ran++, "result");
        var called = executor.Submit(() => 42);

        Assert.True(plain.IsDone());
        plain.Get();
        Assert.Equal("result", valued.Get());
        Assert.Equal(42, called.Get());
        Assert.Equal(2, ran);
        Assert.Equal(3, executor.Executed);
        Assert.IsType<FutureTask<int>>(called);
    }

    [Fact]
    public void Submit_Null_ThrowsArgumentNullWithoutExecuting()
    {
        using var executor = new DirectExecutorService();
        Assert.Throws<ArgumentNullException>(() => executor.Submit((Action)null!));
        Assert.Throws<ArgumentNullException>(() => executor.Submit((Func<int>)null!));
        Assert.Throws<ArgumentNullException>(() => executor.Submit((Action)null!, 1));
        Assert.Equal(0, executor.Executed);
    }

    [Fact]
    public void Submit_TaskThrows_GetThrowsExecutionExceptionWithTheCause()
    {
        using var executor = new DirectExecutorService();
        var thrown = new InvalidOperationException("boom");
        var future = executor.Submit<int>(() => throw thrown);
        Assert.Same(thrown, Assert.Throws<ExecutionException>(() => future.Get()).InnerException);
    }

    [Fact]
    public void Submit_ShutDownExecutor_RejectionFromExecuteReachesTheCaller()
    {
        var executor = new DirectExecutorService();
        executor.Shutdown();
        Assert.Throws<RejectedExecutionException>(() => executor.Submit(() => 1));
        Assert.True(executor.IsTerminated());
    }

    [Fact]
    public void Submit_GetInterruptedWhileTheTaskRuns_ThrowsInterruptedAndTheTaskGoesOn()
    {
        var pool = ExecutorTesting.NewPool(1, 1);
        using var gate = new ManualResetEventSlim();
        try
        {
            var future = pool.Submit(() =>
            {
                ExecutorTesting.AwaitGate(gate);
                return 1;
            });
            var getter = CheckedThread.Start(() => Assert.Throws<InterruptedException>(() => future.Get()));
            TestWait.ForState(getter.Thread, JThreadState.Waiting);
            getter.Thread.Interrupt();
            getter.Join();
            Assert.False(future.IsDone());
            gate.Set();
            Assert.Equal(1, future.Get(LongMillis, TimeUnit.Milliseconds));
        }
        finally
        {
            ExecutorTesting.End(pool);
        }
    }

    [Fact]
    public void NewTaskFor_Overridden_IsWhatSubmitInvokeAllAndInvokeAnyRun()
    {
        using var executor = new CustomTaskExecutorService();

        Assert.IsType<CustomTask<int>>(executor.Submit(() => 1));
        Assert.IsType<CustomTask<string>>(executor.Submit(() => { }, "x"));
        Assert.IsType<CustomTask<object?>>(executor.Submit(() => { }));
        var all = executor.InvokeAll([() => 1, () => 2]);
        Assert.All(all, future => Assert.IsType<CustomTask<int>>(future));
        Assert.Equal([1, 2], all.Select(future => future.Get()));
        Assert.Equal(3, executor.InvokeAll([() => 3], LongMillis, TimeUnit.Milliseconds).Single().Get());
        Assert.Equal(5, executor.InvokeAny([() => 5]));
        Assert.Equal(6, executor.InvokeAny([() => 6], LongMillis, TimeUnit.Milliseconds));
        Assert.Equal(8, executor.TasksMade);
        Assert.Equal(8, CustomTask<int>.Runs + CustomTask<string>.Runs + CustomTask<object?>.Runs - executor.RunsBefore);
    }

    [Fact]
    public void InvokeAny_BadArguments_ThrowJavasExceptions()
    {
        using var executor = new DirectExecutorService();
        Assert.Throws<ArgumentNullException>(() => executor.InvokeAny<int>(null!));
        Assert.Throws<ArgumentException>(() => executor.InvokeAny<int>([]));
        Assert.Throws<ArgumentNullException>(() => executor.InvokeAny([() => 1, null!]));
        Assert.Throws<ArgumentNullException>(() => executor.InvokeAny<int>(null!, 1, TimeUnit.Seconds));
        Assert.Throws<ArgumentException>(() => executor.InvokeAny<int>([], 1, TimeUnit.Seconds));
        Assert.Equal(0, executor.Executed);
    }

    [Fact]
    public void InvokeAny_AllThrow_ThrowsExecutionExceptionAndOneSucceedingWins()
    {
        using var executor = new DirectExecutorService();
        var failure = Assert.Throws<ExecutionException>(() => executor.InvokeAny<int>([() => throw new InvalidOperationException("a"), () => throw new InvalidOperationException("b")]));
        Assert.IsType<InvalidOperationException>(failure.InnerException);
        Assert.Equal(2, executor.InvokeAny<int>([() => throw new InvalidOperationException("a"), () => 2]));
    }

    [Fact]
    public void InvokeAnyTimed_NothingCompletesInTime_ThrowsTimeoutAndCancelsTheTasks()
    {
        var pool = ExecutorTesting.NewPool(2, 2);
        using var gate = new ManualResetEventSlim();
        try
        {
            var interrupted = new CountDownLatch(1);
            Assert.Throws<TimeoutException>(() => pool.InvokeAny<int>(
                [
                    () =>
                    {
                        try
                        {
                            JThread.Sleep(LongMillis);
                        }
                        #pragma warning disable JT0001 // on purpose: the task records the interrupt it was sent and returns
                        catch (InterruptedException)
                        #pragma warning restore JT0001
                        {
                            interrupted.CountDown();
                        }

                        return 1;
                    },
                ],
                TestTimeouts.ExpectedTimeoutMillis,
                TimeUnit.Milliseconds));
            Assert.True(interrupted.Await(LongMillis, TimeUnit.Milliseconds), "the running task was cancelled with an interrupt");
        }
        finally
        {
            ExecutorTesting.End(pool);
        }
    }

    [Fact]
    public void InvokeAll_ResultsAndFailures_AreKeptInTheirFuturesInOrder()
    {
        using var executor = new DirectExecutorService();
        Assert.Empty(executor.InvokeAll(Array.Empty<Func<int>>()));
        Assert.Throws<ArgumentNullException>(() => executor.InvokeAll<int>(null!));
        Assert.Throws<ArgumentNullException>(() => executor.InvokeAll([() => 1, null!]));

        var futures = executor.InvokeAll<int>([() => 1, () => throw new InvalidOperationException("x"), () => 3]);

        Assert.Equal(1, futures[0].Get());
        Assert.IsType<InvalidOperationException>(Assert.Throws<ExecutionException>(() => futures[1].Get()).InnerException);
        Assert.Equal(3, futures[2].Get());
    }

    [Fact]
    public void InvokeAllTimed_OneTaskOutlivesTheTime_ItIsCancelledAndTheOthersComplete()
    {
        var pool = ExecutorTesting.NewPool(2, 2);
        using var gate = new ManualResetEventSlim();
        try
        {
            var futures = pool.InvokeAll(
                [
                    () => 1,
                    () =>
                    {
                        gate.Wait(TestTimeouts.UnexpectedTimeout);
                        return 2;
                    },
                ],
                TestTimeouts.ExpectedTimeoutMillis,
                TimeUnit.Milliseconds);
            Assert.Equal(1, futures[0].Get());
            Assert.True(futures[1].IsCancelled());
        }
        finally
        {
            gate.Set();
            ExecutorTesting.End(pool);
        }
    }

    [Fact]
    public void Close_RunningExecutor_ShutsDownAndWaitsForTermination()
    {
        var executor = new SlowTerminationExecutorService();
        var closer = CheckedThread.Start(executor.Close);
        TestWait.Until(() => executor.IsShutdown(), "close shuts it down");
        Assert.True(closer.Thread.IsAlive());
        executor.Terminate();
        closer.Join();
        Assert.Equal(0, executor.ShutdownNowCalls);
    }

    [Fact]
    public void Close_InterruptedWhileWaiting_CallsShutdownNowOnceAndSetsTheFlagAgain()
    {
        var executor = new SlowTerminationExecutorService();
        var closer = CheckedThread.Start(() =>
        {
            executor.Dispose();
            Assert.True(JThread.Interrupted());
        });
        TestWait.ForState(closer.Thread, JThreadState.TimedWaiting);
        closer.Thread.Interrupt();
        TestWait.Until(() => executor.ShutdownNowCalls == 1, "close calls ShutdownNow");
        TestWait.ForState(closer.Thread, JThreadState.TimedWaiting);
        closer.Thread.Interrupt();
        TestWait.ForState(closer.Thread, JThreadState.TimedWaiting);
        executor.Terminate();
        closer.Join();
        Assert.Equal(1, executor.ShutdownNowCalls);
    }

    [Fact]
    public void Close_Terminated_ReturnsAtOnceWithoutShuttingDownAgain()
    {
        var executor = new SlowTerminationExecutorService();
        executor.Terminate();
        executor.Close();
        Assert.Equal(0, executor.ShutdownCalls);
    }

    [Fact]
    public void Executors_PoolsAndWrappers_DeriveFromAbstractExecutorServiceAsInJava()
    {
        var factory = new DaemonThreadFactory();
        IExecutorService[] services =
        [
            ExecutorTesting.NewPool(1, 1, factory: factory),
            new ScheduledThreadPoolExecutor(1, factory),
            Executors.NewSingleThreadExecutor(factory),
            Executors.NewSingleThreadScheduledExecutor(factory),
        ];
        try
        {
            Assert.All(services, service => Assert.IsAssignableFrom<AbstractExecutorService>(service));
            Assert.All(services, service => Assert.Equal(3, service.Submit(() => 3).Get(LongMillis, TimeUnit.Milliseconds)));
        }
        finally
        {
            foreach (var service in services)
            {
                ExecutorTesting.End(service);
            }

            factory.JoinAll();
        }
    }

    /// <summary>The TCK's DirectExecutorService: runs each command on the caller; only Execute and the lifecycle are written.</summary>
    private sealed class DirectExecutorService : AbstractExecutorService
    {
        private volatile bool _shutdown;

        public int Executed { get; private set; }

        public override void Execute(Action command)
        {
            ArgumentNullException.ThrowIfNull(command);
            if (_shutdown)
            {
                throw new RejectedExecutionException();
            }

            Executed++;
            command();
        }

        public override void Shutdown() => _shutdown = true;

        public override IList<Action> ShutdownNow()
        {
            _shutdown = true;
            return [];
        }

        public override bool IsShutdown() => _shutdown;

        public override bool IsTerminated() => _shutdown;

        public override bool AwaitTermination(long timeout, TimeUnit unit) => _shutdown;
    }

    /// <summary>Wraps every task in its own future type, as a Java executor overriding <c>newTaskFor</c> does.</summary>
    private sealed class CustomTaskExecutorService : AbstractExecutorService
    {
        public int RunsBefore { get; } = CustomTask<int>.Runs + CustomTask<string>.Runs + CustomTask<object?>.Runs;

        public int TasksMade { get; private set; }

        public override void Execute(Action command) => command();

        public override void Shutdown()
        {
        }

        public override IList<Action> ShutdownNow() => [];

        public override bool IsShutdown() => true;

        public override bool IsTerminated() => true;

        public override bool AwaitTermination(long timeout, TimeUnit unit) => true;

        protected override IRunnableFuture<T> NewTaskFor<T>(Func<T> callable)
        {
            TasksMade++;
            return new CustomTask<T>(callable);
        }

        protected override IRunnableFuture<T> NewTaskFor<T>(Action runnable, T value)
        {
            TasksMade++;
            return new CustomTask<T>(() =>
            {
                runnable();
                return value;
            });
        }
    }

    private sealed class CustomTask<T>(Func<T> callable) : FutureTask<T>(callable)
    {
        private static int s_runs;

        public static int Runs => Volatile.Read(ref s_runs);

        public override void Run()
        {
            Interlocked.Increment(ref s_runs);
            base.Run();
        }
    }

    /// <summary>An executor whose termination the test decides; its AwaitTermination waits in JThread.Sleep.</summary>
    private sealed class SlowTerminationExecutorService : AbstractExecutorService
    {
        private volatile bool _shutdown;
        private volatile bool _terminated;
        private int _shutdownNowCalls;
        private int _shutdownCalls;

        public int ShutdownNowCalls => Volatile.Read(ref _shutdownNowCalls);

        public int ShutdownCalls => Volatile.Read(ref _shutdownCalls);

        public void Terminate() => _terminated = true;

        public override void Execute(Action command) => throw new RejectedExecutionException();

        public override void Shutdown()
        {
            Interlocked.Increment(ref _shutdownCalls);
            _shutdown = true;
        }

        public override IList<Action> ShutdownNow()
        {
            Interlocked.Increment(ref _shutdownNowCalls);
            _shutdown = true;
            return [];
        }

        public override bool IsShutdown() => _shutdown;

        public override bool IsTerminated() => _terminated;

        public override bool AwaitTermination(long timeout, TimeUnit unit)
        {
            while (!_terminated)
            {
                JThread.Sleep(5);
            }

            return true;
        }
    }
}
