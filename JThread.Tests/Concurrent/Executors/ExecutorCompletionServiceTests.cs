using System.Diagnostics;
using JThreading.Concurrent;

namespace JThreading.Tests.Concurrent;

/// <summary>
/// <see cref="ExecutorCompletionService{T}"/>, after the JSR-166 TCK's ExecutorCompletionServiceTest: futures come back
/// in completion order, Take and timed Poll are interruption points, Poll answers null when nothing is done, and an
/// <see cref="AbstractExecutorService"/>'s <c>NewTaskFor</c> makes the futures.
/// </summary>
public sealed class ExecutorCompletionServiceTests
{
    private static long LongMillis => TestTimeouts.UnexpectedTimeoutMillis;

    [Fact]
    public void Constructor_Null_ThrowsArgumentNull()
    {
        var pool = ExecutorTesting.NewPool(1, 1);
        try
        {
            Assert.Throws<ArgumentNullException>(() => new ExecutorCompletionService<int>(null!));
            Assert.Throws<ArgumentNullException>(() => new ExecutorCompletionService<int>(null!, new LinkedBlockingQueue<IFuture<int>>()));
            Assert.Throws<ArgumentNullException>(() => new ExecutorCompletionService<int>(pool, null!));
        }
        finally
        {
            ExecutorTesting.End(pool);
        }
    }

    [Fact]
    public void Submit_Null_ThrowsArgumentNull()
    {
        var service = new ExecutorCompletionService<int>(new InlineExecutor());
        Assert.Throws<ArgumentNullException>(() => service.Submit(null!));
        Assert.Throws<ArgumentNullException>(() => service.Submit(null!, 1));
    }

    [Fact]
    public void SubmitThenTake_TwoTasks_ComeBackInCompletionOrder()
    {
        var pool = ExecutorTesting.NewPool(2, 2);
        using var gate = new ManualResetEventSlim();
        try
        {
            var service = new ExecutorCompletionService<string>(pool);
            var slow = service.Submit(() =>
            {
                ExecutorTesting.AwaitGate(gate);
                return "slow";
            });
            var fast = service.Submit(() => { }, "fast");

            Assert.Same(fast, service.Take());
            Assert.Null(service.Poll());
            gate.Set();
            Assert.Same(slow, service.Poll(LongMillis, TimeUnit.Milliseconds));
            Assert.Equal("slow", slow.Get());
            Assert.Equal("fast", fast.Get());
        }
        finally
        {
            gate.Set();
            ExecutorTesting.End(pool);
        }
    }

    [Fact]
    public void Poll_NothingDone_ReturnsNullAndTimedPollWaitsTheTime()
    {
        var service = new ExecutorCompletionService<int>(new InlineExecutor(run: false));
        service.Submit(() => 1);
        Assert.Null(service.Poll());
        Assert.Null(service.Poll(0, TimeUnit.Seconds));
        var clock = Stopwatch.StartNew();
        Assert.Null(service.Poll(TestTimeouts.ExpectedTimeoutMillis, TimeUnit.Milliseconds));
        Assert.True(clock.Elapsed >= TestTimeouts.ExpectedTimeout, $"gave up after {clock.Elapsed}");
    }

    [Fact]
    public void TakeAndTimedPoll_InterruptedBeforeOrWhileWaiting_ThrowInterruptedAndClearTheFlag()
    {
        var service = new ExecutorCompletionService<int>(new InlineExecutor(run: false));
        CheckedThread.Run(() =>
        {
            JThread.CurrentThread().Interrupt();
            Assert.Throws<InterruptedException>(() => service.Take());
            Assert.False(JThread.CurrentThread().IsInterrupted());
            JThread.CurrentThread().Interrupt();
            Assert.Throws<InterruptedException>(() => service.Poll(LongMillis, TimeUnit.Milliseconds));
            Assert.False(JThread.CurrentThread().IsInterrupted());

            // The untimed Poll never waits and leaves the flag alone.
            JThread.CurrentThread().Interrupt();
            Assert.Null(service.Poll());
            Assert.True(JThread.Interrupted());
        });

        foreach (var timed in new[] { false, true })
        {
            var taker = CheckedThread.Start(() => Assert.Throws<InterruptedException>(() =>
            {
                if (timed)
                {
                    service.Poll(LongMillis, TimeUnit.Milliseconds);
                }
                else
                {
                    service.Take();
                }
            }));
            TestWait.ForState(taker.Thread, timed ? JThreadState.TimedWaiting : JThreadState.Waiting);
            taker.Thread.Interrupt();
            taker.Join();
        }
    }

    [Fact]
    public void Take_TaskThrows_ItsFutureComesBackFailed()
    {
        var service = new ExecutorCompletionService<int>(new InlineExecutor());
        var thrown = new InvalidOperationException("boom");
        var future = service.Submit(() => throw thrown);
        Assert.Same(future, service.Take());
        Assert.Same(thrown, Assert.Throws<ExecutionException>(() => future.Get()).InnerException);
    }

    [Fact]
    public void Take_RacingCompletion_EveryFutureComesBackOnce()
    {
        var pool = ExecutorTesting.NewPool(2, 2);
        try
        {
            var service = new ExecutorCompletionService<int>(pool);
            var clock = Stopwatch.StartNew();
            var rounds = 0;
            while (clock.Elapsed < TestTimeouts.RaceDuration)
            {
                var submitted = new HashSet<IFuture<int>>(ReferenceEqualityComparer.Instance);
                for (var i = 0; i < 4; i++)
                {
                    var value = i;
                    submitted.Add(service.Submit(() => value));
                }

                for (var i = 0; i < 4; i++)
                {
                    Assert.True(submitted.Remove(service.Take()));
                }

                Assert.Null(service.Poll());
                rounds++;
            }

            Assert.True(rounds > 1);
        }
        finally
        {
            ExecutorTesting.End(pool);
        }
    }

    [Fact]
    public void Submit_OverAbstractExecutorService_UsesItsNewTaskFor()
    {
        var executor = new TaggingExecutorService();
        var service = new ExecutorCompletionService<int>(executor);
        var called = service.Submit(() => 1);
        var run = service.Submit(() => { }, 2);
        Assert.IsType<TaggedTask<int>>(called);
        Assert.IsType<TaggedTask<int>>(run);
        Assert.Same(called, service.Take());
        Assert.Same(run, service.Take());
        Assert.Equal(2, run.Get());
    }

    [Fact]
    public void Submit_OverAPlainExecutor_QueuesFutureTasksIntoTheGivenQueue()
    {
        var queue = new LinkedBlockingQueue<IFuture<int>>();
        var service = new ExecutorCompletionService<int>(new InlineExecutor(), queue);
        var future = service.Submit(() => 5);
        Assert.IsType<FutureTask<int>>(future);
        Assert.Equal(1, queue.Size());
        Assert.Same(future, service.Poll());
        Assert.Equal(0, queue.Size());
    }

    [Fact]
    public void Cancel_SubmittedButNotRun_ItsFutureIsQueuedAsJavasDone()
    {
        var executor = new InlineExecutor(run: false);
        var service = new ExecutorCompletionService<int>(executor);
        var future = service.Submit(() => 1);
        Assert.True(future.Cancel(false));
        executor.RunAll();
        Assert.Same(future, service.Poll());
        Assert.True(future.IsCancelled());
    }

    /// <summary>Runs each command on the caller, or keeps it to run later.</summary>
    private sealed class InlineExecutor(bool run = true) : IExecutor
    {
        private readonly List<Action> _kept = [];

        public void Execute(Action command)
        {
            if (run)
            {
                command();
            }
            else
            {
                _kept.Add(command);
            }
        }

        public void RunAll() => _kept.ForEach(command => command());
    }

    private sealed class TaggingExecutorService : AbstractExecutorService
    {
        public override void Execute(Action command) => command();

        public override void Shutdown()
        {
        }

        public override IList<Action> ShutdownNow() => [];

        public override bool IsShutdown() => false;

        public override bool IsTerminated() => false;

        public override bool AwaitTermination(long timeout, TimeUnit unit) => false;

        protected override IRunnableFuture<T> NewTaskFor<T>(Func<T> callable) => new TaggedTask<T>(callable);

        protected override IRunnableFuture<T> NewTaskFor<T>(Action runnable, T value) => new TaggedTask<T>(() =>
        {
            runnable();
            return value;
        });
    }

    private sealed class TaggedTask<T>(Func<T> callable) : FutureTask<T>(callable);
}
