using JThreading.Concurrent;

namespace JThreading.Tests.Concurrent;

/// <summary>
/// Java's <c>ForkJoinTask</c> rules (after the JSR-166 TCK's ForkJoinTaskTest): states, join and get, cancellation,
/// explicit completion, quiet joins and invokeAll.
/// </summary>
public sealed class ForkJoinTaskTests
{
    [Fact]
    public void NewTask_IsNotDoneAndHasNoOutcome()
    {
        var task = new FibTask(3);

        Assert.False(task.IsDone());
        Assert.False(task.IsCancelled());
        Assert.False(task.IsCompletedNormally());
        Assert.False(task.IsCompletedAbnormally());
        Assert.Null(task.GetException());
        Assert.Equal(FutureState.Running, task.State());
        Assert.Throws<InvalidOperationException>(() => task.ResultNow());
        Assert.EndsWith("[Not completed]", task.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Invoke_OutsideAPool_RunsOnTheCallerAndForksToTheCommonPool()
    {
        var caller = JThread.CurrentThread();
        JThread? ranOn = null;
        var task = ForkJoinTask.Adapt(() =>
        {
            ranOn = JThread.CurrentThread();
            return new FibTask(15).Fork().Join();
        });

        Assert.Equal(610, task.Invoke());
        Assert.Same(caller, ranOn);
        Assert.True(task.IsCompletedNormally());
        Assert.Equal(610, task.ResultNow());
        Assert.Equal(610, task.GetRawResult());
        Assert.EndsWith("[Completed normally]", task.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Join_TaskThrew_RethrowsTheSameInstanceAndGetWrapsIt()
    {
        var failure = new InvalidOperationException("boom");
        var task = ForkJoinTask.Adapt<int>(() => throw failure);

        task.Fork();

        Assert.Same(failure, Assert.Throws<InvalidOperationException>(() => task.Join()));
        Assert.Same(failure, Assert.Throws<ExecutionException>(() => task.Get()).InnerException);
        Assert.Same(failure, Assert.Throws<ExecutionException>(() => task.Get(0, TimeUnit.Seconds)).InnerException);
        Assert.Same(failure, task.GetException());
        Assert.Same(failure, task.ExceptionNow());
        Assert.Equal(FutureState.Failed, task.State());
        Assert.Contains("[Completed exceptionally: System.InvalidOperationException: boom]", task.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Cancel_BeforeRunning_JoinAndGetThrowCancellationAndTheTaskNeverRuns()
    {
        var ran = false;
        var task = ForkJoinTask.Adapt(() => { ran = true; });

        Assert.True(task.Cancel(true));
        Assert.True(task.Cancel(false));
        Assert.Throws<CancellationException>(() => task.Invoke());

        Assert.False(ran);
        Assert.True(task.IsCancelled());
        Assert.True(task.IsDone());
        Assert.True(task.IsCompletedAbnormally());
        Assert.IsType<CancellationException>(task.GetException());
        Assert.Throws<CancellationException>(() => task.Join());
        Assert.Throws<CancellationException>(() => task.Get());
        Assert.Equal(FutureState.Cancelled, task.State());
    }

    [Fact]
    public void Cancel_AfterCompletion_ReturnsFalse()
    {
        var task = new FibTask(5);
        task.Invoke();

        Assert.False(task.Cancel(false));
        Assert.False(task.IsCancelled());
        Assert.Equal(5, task.Join());
    }

    [Fact]
    public void Cancel_RunningTask_DoesNotInterruptIt()
    {
        using var pool = new ForkJoinPool(1);
        var started = new JThreading.Concurrent.CountDownLatch(1);
        var release = new JThreading.Concurrent.CountDownLatch(1);
        var interrupted = true;
        var task = pool.Submit(ForkJoinTask.Adapt(() =>
        {
            started.CountDown();
            release.Await(TestTimeouts.UnexpectedTimeoutMillis, TimeUnit.Milliseconds);
            interrupted = JThread.CurrentThread().IsInterrupted();
        }));
        Assert.True(started.Await(TestTimeouts.UnexpectedTimeoutMillis, TimeUnit.Milliseconds));

        Assert.True(task.Cancel(true));
        release.CountDown();

        Assert.True(pool.Submit(ForkJoinTask.Adapt(() => 1)).Join() == 1);
        Assert.False(Volatile.Read(ref interrupted));
        Assert.True(task.IsCancelled());
    }

    [Fact]
    public void GetWithTimeout_TaskNeverRuns_ThrowsTimeout()
    {
        var task = new FibTask(3);

        Assert.Throws<TimeoutException>(() => task.Get(TestTimeouts.ExpectedTimeoutMillis, TimeUnit.Milliseconds));
        Assert.Throws<TimeoutException>(() => task.Get(0, TimeUnit.Milliseconds));
    }

    [Fact]
    public void Get_Interrupted_ThrowsInterruptedAndClearsTheFlag()
    {
        var task = new FibTask(3);
        CheckedThread.Run(() =>
        {
            JThread.CurrentThread().Interrupt();
            Assert.Throws<InterruptedException>(() => task.Get());
            Assert.False(JThread.CurrentThread().IsInterrupted());
        });
    }

    [Fact]
    public void Join_FromOutsideAPool_IsNotAnInterruptionPoint()
    {
        var gate = new JThreading.Concurrent.CountDownLatch(1);
        var task = ForkJoinTask.Adapt(() =>
        {
            gate.Await();
            return 7;
        });
        task.Fork();
        var joiner = CheckedThread.Start(() =>
        {
            Assert.Equal(7, task.Join());
            Assert.True(JThread.CurrentThread().IsInterrupted());
        });
        TestWait.ForState(joiner.Thread, JThreadState.Waiting);

        joiner.Thread.Interrupt();
        JThread.Sleep(TestTimeouts.ExpectedTimeoutMillis);
        Assert.True(joiner.Thread.IsAlive());
        gate.CountDown();
        joiner.Join();
    }

    [Fact]
    public void Complete_BeforeRunning_SetsTheResultAndTheTaskDoesNotRun()
    {
        var ran = false;
        var task = ForkJoinTask.Adapt(() =>
        {
            ran = true;
            return 1;
        });

        task.Complete(99);
        task.Complete(100);
        task.CompleteExceptionally(new InvalidOperationException());

        Assert.Equal(99, task.Invoke());
        Assert.False(ran);
        Assert.True(task.IsCompletedNormally());
    }

    [Fact]
    public void CompleteExceptionally_JoinRethrowsIt()
    {
        var task = new FibTask(3);
        var failure = new ArithmeticException("x");

        task.CompleteExceptionally(failure);

        Assert.Same(failure, Assert.Throws<ArithmeticException>(() => task.Join()));
        Assert.Throws<ArgumentNullException>(() => task.CompleteExceptionally(null!));
    }

    [Fact]
    public void QuietlyJoinAndQuietlyInvoke_FailingTask_DoNotThrow()
    {
        var forked = new FailingFibTask(6);
        forked.Fork();
        forked.QuietlyJoin();
        Assert.IsType<FibException>(forked.GetException());

        var invoked = new FailingFibTask(4);
        invoked.QuietlyInvoke();
        Assert.True(invoked.IsCompletedAbnormally());

        var cancelled = new FibTask(3);
        cancelled.Cancel(false);
        cancelled.QuietlyJoin();
        Assert.True(cancelled.IsCancelled());
    }

    [Fact]
    public void InvokeAll_Two_BothComplete()
    {
        var a = new FibTask(10);
        var b = new FibTask(11);

        ForkJoinTask.InvokeAll(a, b);

        Assert.Equal(55, a.ResultNow());
        Assert.Equal(89, b.ResultNow());
    }

    [Fact]
    public void InvokeAll_ParamsAndCollection_AllComplete()
    {
        var tasks = Enumerable.Range(0, 5).Select(i => new FibTask(i + 5)).ToArray();
        ForkJoinTask.InvokeAll(tasks);
        Assert.Equal([5, 8, 13, 21, 34], tasks.Select(t => t.ResultNow()));

        List<FibTask> list = [new FibTask(6), new FibTask(7)];
        Assert.Same(list, ForkJoinTask.InvokeAll(list));
        Assert.Equal([8, 13], list.Select(t => t.ResultNow()));

        ForkJoinTask.InvokeAll(Array.Empty<ForkJoinTask>());
    }

    [Fact]
    public void InvokeAll_OneThrows_RethrowsIt()
    {
        var ok = new FibTask(8);
        var failing = new FailingFibTask(5);

        Assert.Throws<FibException>(() => ForkJoinTask.InvokeAll(ok, failing));
        Assert.Throws<FibException>(() => ForkJoinTask.InvokeAll(new FibTask(3), new FailingFibTask(2), new FibTask(4)));
        Assert.True(failing.IsCompletedAbnormally());
    }

    [Fact]
    public void InvokeAll_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => ForkJoinTask.InvokeAll(null!, new FibTask(1)));
        Assert.Throws<ArgumentNullException>(() => ForkJoinTask.InvokeAll(new FibTask(1), null!, new FibTask(2)));
        Assert.Throws<ArgumentNullException>(() => ForkJoinTask.InvokeAll((ForkJoinTask[])null!));
        Assert.Throws<ArgumentNullException>(() => ForkJoinTask.Adapt((Action)null!));
        Assert.Throws<ArgumentNullException>(() => ForkJoinTask.Adapt((Func<int>)null!));
    }

    [Fact]
    public void Reinitialize_CompletedTask_CanBeInvokedAgain()
    {
        var task = new FibTask(9);
        Assert.Equal(34, task.Invoke());

        task.Reinitialize();

        Assert.False(task.IsDone());
        Assert.Equal(34, task.Invoke());
    }

    [Fact]
    public async Task AsTask_CompletesWithTheResult()
    {
        var task = new FibTask(12);
        var awaited = task.AsTask();
        task.Fork();

        Assert.Equal(144, await awaited.WaitAsync(TestTimeouts.UnexpectedTimeout, TestContext.Current.CancellationToken));
        Assert.Equal(144, await task.AsTask());
    }

    [Fact]
    public void Adapt_RunnableWithResult_ReturnsTheResult() =>
        Assert.Equal("r", ForkJoinTask.Adapt(() => { }, "r").Invoke());
}
