using JThreading.Concurrent;

namespace JThreading.Tests.Concurrent;

/// <summary>
/// The futures every executor hands out, with Java's <c>FutureTask</c> rules (after the JSR-166 TCK's
/// FutureTaskTest): states, results, exceptions, cancellation with and without interrupt, timed and interrupted gets.
/// </summary>
public sealed class FutureTaskTests
{
    [Fact]
    public void PublicConstructors_NullTask_ThrowArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => new FutureTask<int>((Func<int>)null!));
        Assert.Throws<ArgumentNullException>(() => new FutureTask<int>((Action)null!, 1));
    }

    [Fact]
    public void PublicConstructors_RunOnANewJThread_CompleteAsJavasNewThreadOfTheTask()
    {
        var callable = new FutureTask<int>(() => 7);
        var ran = 0;
        var runnable = new FutureTask<string?>(() => ran++, null);
        IRunnableFuture<int> asRunnable = callable;

        var first = new JThread(asRunnable.Run);
        var second = new JThread(runnable.Run);
        first.SetDaemon(true);
        second.SetDaemon(true);
        first.Start();
        second.Start();

        Assert.Equal(7, callable.Get(TestTimeouts.UnexpectedTimeoutMillis, TimeUnit.Milliseconds));
        Assert.Null(runnable.Get(TestTimeouts.UnexpectedTimeoutMillis, TimeUnit.Milliseconds));
        Assert.Equal(1, ran);
        TestWait.Joined(first);
        TestWait.Joined(second);
    }

    [Theory]
    [InlineData("result")]
    [InlineData("exception")]
    [InlineData("cancel")]
    public void Done_EachWayOfCompleting_RunsOnceAfterTheStateIsFinal(string how)
    {
        var future = new HookedFuture(() => how == "exception" ? throw new InvalidOperationException("boom") : 5);
        if (how == "cancel")
        {
            Assert.True(future.Cancel(false));
        }

        future.Run();
        future.Run();
        future.Cancel(true);

        Assert.Equal(1, future.DoneCalls);
        Assert.True(future.DoneSawDone);
        Assert.Equal(how == "cancel" ? FutureState.Cancelled : how == "exception" ? FutureState.Failed : FutureState.Success, future.State());
    }

    [Fact]
    public void SetAndSetException_CalledBySubclass_CompleteOnlyOnce()
    {
        var future = new HookedFuture(() => 1);
        future.CallSet(10);
        future.CallSetException(new InvalidOperationException("late"));
        future.CallSet(11);
        future.Run();

        Assert.Equal(10, future.Get());
        Assert.Equal(1, future.DoneCalls);

        var failing = new HookedFuture(() => 1);
        var thrown = new InvalidOperationException("first");
        failing.CallSetException(thrown);
        failing.CallSet(3);
        Assert.Same(thrown, Assert.Throws<ExecutionException>(() => failing.Get()).InnerException);
    }

    [Fact]
    public void SetOverride_RunCallsTheSubclassesSetAndSetException()
    {
        var future = new HookedFuture(() => 2);
        future.Run();
        Assert.Equal([2], future.SetValues);

        var thrown = new InvalidOperationException("boom");
        var failing = new HookedFuture(() => throw thrown);
        failing.Run();
        Assert.Same(thrown, Assert.Single(failing.SetExceptions));
    }

    [Fact]
    public void RunAndReset_BySubclass_RunsAgainUntilItThrowsOrIsCancelled()
    {
        var runs = 0;
        var future = new HookedFuture(() =>
        {
            if (++runs == 3)
            {
                throw new InvalidOperationException("third");
            }

            return runs;
        });

        Assert.True(future.CallRunAndReset());
        Assert.True(future.CallRunAndReset());
        Assert.False(future.IsDone());
        Assert.False(future.CallRunAndReset());
        Assert.Equal(FutureState.Failed, future.State());
        Assert.False(future.CallRunAndReset());
        Assert.Equal(3, runs);

        var cancelled = new HookedFuture(() => 1);
        Assert.True(cancelled.CallRunAndReset());
        cancelled.Cancel(false);
        Assert.False(cancelled.CallRunAndReset());
    }

    [Fact]
    public void Done_OverrideThrows_WaitersAreWokenFirstAndTheExceptionReachesTheCompleter()
    {
        var future = new ThrowingDoneFuture(() => 4);
        var waiter = CheckedThread.Start(() => Assert.Equal(4, future.Get()));
        TestWait.ForState(waiter.Thread, JThreadState.Waiting);

        Assert.Throws<InvalidOperationException>(future.Run);

        waiter.Join();
        Assert.Equal(4, future.Get());
    }

    [Fact]
    public void Run_Callable_GetReturnsResultAndStateIsSuccess()
    {
        var future = new FutureTask<int>(() => 42, "task");
        Assert.Equal(FutureState.Running, future.State());
        Assert.False(future.IsDone());

        future.Run();

        Assert.True(future.IsDone());
        Assert.False(future.IsCancelled());
        Assert.Equal(FutureState.Success, future.State());
        Assert.Equal(42, future.Get());
        Assert.Equal(42, future.Get(0, TimeUnit.Milliseconds));
        Assert.Equal(42, future.ResultNow());
        Assert.Equal("Task completed with a result", Assert.Throws<InvalidOperationException>(future.ExceptionNow).Message);
    }

    [Fact]
    public void Run_ActionWithResult_CompletesWithGivenResult()
    {
        var ran = 0;
        var future = new FutureTask<string>(() => ran++, "done");

        future.Run();

        Assert.Equal(1, ran);
        Assert.Equal("done", future.Get());
    }

    [Fact]
    public void Run_Twice_RunsTaskOnce()
    {
        var runs = 0;
        var future = new FutureTask<int>(() => ++runs, "task");

        future.Run();
        future.Run();

        Assert.Equal(1, runs);
        Assert.Equal(1, future.Get());
    }

    [Fact]
    public void Get_TaskThrew_ThrowsExecutionExceptionWithTheTasksException()
    {
        var thrown = new InvalidOperationException("boom");
        var future = new FutureTask<int>(() => throw thrown, "task");

        future.Run();

        var e = Assert.Throws<ExecutionException>(() => future.Get());
        Assert.Same(thrown, e.InnerException);
        Assert.Equal("System.InvalidOperationException: boom", e.Message);
        Assert.Same(thrown, Assert.Throws<ExecutionException>(() => future.Get(1, TimeUnit.Seconds)).InnerException);
        Assert.Equal(FutureState.Failed, future.State());
        Assert.Same(thrown, future.ExceptionNow());
        Assert.Equal("Task completed with exception", Assert.Throws<InvalidOperationException>(() => future.ResultNow()).Message);
        Assert.True(future.IsDone());
        Assert.False(future.IsCancelled());
    }

    [Fact]
    public void ResultNowAndExceptionNow_NotCompleted_Throw()
    {
        var future = new FutureTask<int>(() => 1, "task");

        Assert.Equal("Task has not completed", Assert.Throws<InvalidOperationException>(() => future.ResultNow()).Message);
        Assert.Equal("Task has not completed", Assert.Throws<InvalidOperationException>(future.ExceptionNow).Message);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Cancel_BeforeRun_TaskNeverRunsAndGetThrowsCancellation(bool mayInterrupt)
    {
        var ran = false;
        var future = new FutureTask<int>(() =>
        {
            ran = true;
            return 1;
        }, "task");

        Assert.True(future.Cancel(mayInterrupt));
        future.Run();

        Assert.False(ran);
        Assert.True(future.IsCancelled());
        Assert.True(future.IsDone());
        Assert.Equal(FutureState.Cancelled, future.State());
        Assert.Throws<CancellationException>(() => future.Get());
        Assert.Throws<CancellationException>(() => future.Get(0, TimeUnit.Seconds));
        Assert.Equal("Task was cancelled", Assert.Throws<InvalidOperationException>(() => future.ResultNow()).Message);
        Assert.Equal("Task was cancelled", Assert.Throws<InvalidOperationException>(future.ExceptionNow).Message);
        Assert.False(future.Cancel(mayInterrupt));
    }

    [Fact]
    public void Cancel_AfterCompletion_ReturnsFalseAndKeepsResult()
    {
        var future = new FutureTask<int>(() => 7, "task");
        future.Run();

        Assert.False(future.Cancel(true));
        Assert.False(future.Cancel(false));
        Assert.False(future.IsCancelled());
        Assert.Equal(7, future.Get());
    }

    [Fact]
    public void CancelTrue_WhileRunning_InterruptsTheRunner()
    {
        using var started = new ManualResetEventSlim();
        var interrupted = false;
        var future = new FutureTask<int>(() =>
        {
            started.Set();
            try
            {
                JThread.Sleep(TestTimeouts.UnexpectedTimeoutMillis);
            }
            #pragma warning disable JT0001 // on purpose: the task records the interrupt it was sent and returns
            catch (InterruptedException)
            #pragma warning restore JT0001
            {
                interrupted = true;
            }

            return 1;
        }, "task");
        var runner = CheckedThread.Start(future.Run, "runner");
        ExecutorTesting.AwaitGate(started);

        Assert.True(future.Cancel(true));

        runner.Join();
        Assert.True(interrupted);
        Assert.True(future.IsCancelled());
        Assert.Throws<CancellationException>(() => future.Get());
    }

    [Fact]
    public void CancelFalse_WhileRunning_DoesNotInterruptAndResultIsDropped()
    {
        using var started = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var sawInterrupt = true;
        var future = new FutureTask<int>(() =>
        {
            started.Set();
            ExecutorTesting.AwaitGate(release);
            sawInterrupt = JThread.CurrentThread().IsInterrupted();
            return 1;
        }, "task");
        var runner = CheckedThread.Start(future.Run, "runner");
        ExecutorTesting.AwaitGate(started);

        Assert.True(future.Cancel(false));
        release.Set();

        runner.Join();
        Assert.False(sawInterrupt);
        Assert.Throws<CancellationException>(() => future.Get());
    }

    [Fact]
    public void CancelTrue_RacingCompletion_InterruptNeverOutlivesRun()
    {
        // Java's FutureTask does not let run() return while cancel(true) is between its interrupt and its final state,
        // so the runner sees the interrupt inside the task or not at all, never after run() returned.
        var deadline = DateTime.UtcNow + TestTimeouts.RaceDuration;
        var rounds = 0;
        CheckedThread.Run(() =>
        {
            var self = JThread.CurrentThread();
            while (DateTime.UtcNow < deadline)
            {
                var future = new FutureTask<int>(() => 1, "task");
                var canceller = CheckedThread.Start(() => future.Cancel(true), "canceller");
                future.Run();
                canceller.Join();

                // After Run and the canceller are done, a cancel that interrupted this thread did so inside Run.
                JThread.Interrupted();
                Assert.True(future.IsDone());
                Assert.True(future.State() is FutureState.Success or FutureState.Cancelled);
                rounds++;
            }

            Assert.False(self.IsInterrupted());
        });
        Assert.True(rounds > 0);
    }

    [Fact]
    public void CancelVersusRun_Repeated_ExactlyOneWinsAndWaitersSeeIt()
    {
        var deadline = DateTime.UtcNow + TestTimeouts.RaceDuration;
        while (DateTime.UtcNow < deadline)
        {
            var runs = 0;
            var future = new FutureTask<int>(() => Interlocked.Increment(ref runs), "task");
            var waiter = CheckedThread.Start(() =>
            {
                try
                {
                    Assert.Equal(1, future.Get());
                }
                catch (CancellationException)
                {
                    Assert.True(future.IsCancelled());
                }
            }, "waiter");
            var runner = CheckedThread.Start(future.Run, "runner");
            var cancelled = future.Cancel(false);
            runner.Join();
            waiter.Join();

            Assert.Equal(cancelled, future.IsCancelled());
            Assert.Equal(cancelled ? FutureState.Cancelled : FutureState.Success, future.State());
        }
    }

    [Fact]
    public void Get_Pending_WaitsInWaitingStateWithTheFutureAsBlockerUntilSet()
    {
        var future = new FutureTask<int>(() => 5, "task");
        var result = 0;
        var waiter = CheckedThread.Start(() => result = future.Get(), "waiter");
        TestWait.ForState(waiter.Thread, JThreadState.Waiting);
        Assert.Same(future, LockSupport.GetBlocker(waiter.Thread));

        future.Run();

        waiter.Join();
        Assert.Equal(5, result);
        Assert.Null(LockSupport.GetBlocker(waiter.Thread));
    }

    [Fact]
    public void GetTimed_Pending_WaitsInTimedWaitingState()
    {
        var future = new FutureTask<int>(() => 5, "task");
        var waiter = CheckedThread.Start(() => future.Get(TestTimeouts.UnexpectedTimeoutMillis, TimeUnit.Milliseconds), "waiter");
        TestWait.ForState(waiter.Thread, JThreadState.TimedWaiting);

        future.Run();

        waiter.Join();
    }

    [Fact]
    public void Get_TwoWaiters_BothGetTheResult()
    {
        var future = new FutureTask<string>(() => "x", "task");
        var first = CheckedThread.Start(() => Assert.Equal("x", future.Get()), "first");
        var second = CheckedThread.Start(() => Assert.Equal("x", future.Get(TestTimeouts.UnexpectedTimeoutMillis, TimeUnit.Milliseconds)), "second");
        TestWait.ForState(first.Thread, JThreadState.Waiting);
        TestWait.ForState(second.Thread, JThreadState.TimedWaiting);

        future.Run();

        first.Join();
        second.Join();
    }

    [Fact]
    public void GetTimed_ManyTimeoutsThenCompletion_LaterWaitersStillWake()
    {
        var future = new FutureTask<int>(() => 8, "task");
        var deadline = DateTime.UtcNow + TestTimeouts.RaceDuration;
        var timers = Enumerable.Range(0, 2).Select(i => CheckedThread.Start(() =>
        {
            while (DateTime.UtcNow < deadline)
            {
                Assert.Throws<TimeoutException>(() => future.Get(1, TimeUnit.Microseconds));
            }
        }, $"timer-{i}")).ToList();
        var waiter = CheckedThread.Start(() => Assert.Equal(8, future.Get()), "waiter");
        timers.ForEach(t => t.Join());
        TestWait.ForState(waiter.Thread, JThreadState.Waiting);

        future.Run();

        waiter.Join();
    }

    [Fact]
    public void GetTimed_NotCompletedInTime_ThrowsTimeoutException()
    {
        var future = new FutureTask<int>(() => 1, "task");
        var started = DateTime.UtcNow;

        Assert.Throws<TimeoutException>(() => future.Get(TestTimeouts.ExpectedTimeoutMillis, TimeUnit.Milliseconds));

        Assert.True(DateTime.UtcNow - started >= TestTimeouts.ExpectedTimeout - TimeSpan.FromMilliseconds(20));
        Assert.Throws<TimeoutException>(() => future.Get(0, TimeUnit.Nanoseconds));
        Assert.Throws<TimeoutException>(() => future.Get(-1, TimeUnit.Seconds));
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-1L)]
    [InlineData(1_000L)]
    public void GetTimed_PendingAndFlagSet_ThrowsInterruptedAndClearsFlag(long timeoutMillis) => CheckedThread.Run(() =>
    {
        var future = new FutureTask<int>(() => 1, "task");
        JThread.CurrentThread().Interrupt();

        Assert.Throws<InterruptedException>(() => future.Get(timeoutMillis, TimeUnit.Milliseconds));

        Assert.False(JThread.CurrentThread().IsInterrupted());
    });

    [Fact]
    public void Get_PendingAndFlagSet_ThrowsInterruptedAndClearsFlag() => CheckedThread.Run(() =>
    {
        var future = new FutureTask<int>(() => 1, "task");
        JThread.CurrentThread().Interrupt();

        Assert.Throws<InterruptedException>(() => future.Get());

        Assert.False(JThread.CurrentThread().IsInterrupted());
    });

    [Fact]
    public void Get_CompletedAndFlagSet_ReturnsAndKeepsFlag() => CheckedThread.Run(() =>
    {
        var future = new FutureTask<int>(() => 3, "task");
        future.Run();
        JThread.CurrentThread().Interrupt();

        Assert.Equal(3, future.Get());
        Assert.Equal(3, future.Get(0, TimeUnit.Seconds));

        Assert.True(JThread.Interrupted());
    });

    [Fact]
    public void Get_InterruptedWhileWaiting_ThrowsInterruptedAndClearsFlag()
    {
        var future = new FutureTask<int>(() => 1, "task");
        var waiter = CheckedThread.Start(() =>
        {
            Assert.Throws<InterruptedException>(() => future.Get());
            Assert.False(JThread.CurrentThread().IsInterrupted());
            Assert.Throws<InterruptedException>(() => future.Get(TestTimeouts.UnexpectedTimeoutMillis, TimeUnit.Milliseconds));
        }, "waiter");
        TestWait.ForState(waiter.Thread, JThreadState.Waiting);
        waiter.Thread.Interrupt();
        TestWait.ForState(waiter.Thread, JThreadState.TimedWaiting);
        waiter.Thread.Interrupt();

        waiter.Join();
        Assert.False(future.IsDone());
    }

    [Fact]
    public async Task AsTask_Completed_HasTheResult()
    {
        var future = new FutureTask<int>(() => 9, "task");
        var before = future.AsTask();

        future.Run();

        Assert.Equal(9, await before.WaitAsync(TestTimeouts.UnexpectedTimeout, TestContext.Current.CancellationToken));
        Assert.Equal(9, await future.AsTask());
        Assert.Same(before, future.AsTask());
    }

    [Fact]
    public async Task AsTask_Failed_IsFaultedWithTheTasksOwnException()
    {
        var thrown = new FormatException("bad");
        var future = new FutureTask<int>(() => throw thrown, "task");
        future.Run();

        Assert.Same(thrown, await Assert.ThrowsAsync<FormatException>(() => future.AsTask()));
        Assert.Same(thrown, await Assert.ThrowsAsync<FormatException>(() => ((IFuture)future).AsTask()));
    }

    [Fact]
    public async Task AsTask_Cancelled_IsCancelled()
    {
        var future = new FutureTask<int>(() => 1, "task");
        var task = future.AsTask();

        future.Cancel(false);

        await Assert.ThrowsAsync<TaskCanceledException>(() => task.WaitAsync(TestTimeouts.UnexpectedTimeout, TestContext.Current.CancellationToken));
        Assert.True(task.IsCanceled);
    }

    [Fact]
    public async Task AsTask_Continuation_NeverRunsInlineOnTheCompletingThread()
    {
        var future = new FutureTask<int>(() => 1, "task");
        JThread? continuationThread = null;
        var continued = future.AsTask().ContinueWith(
            _ => continuationThread = JThread.CurrentThread(), TestContext.Current.CancellationToken, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        var runner = CheckedThread.Start(future.Run, "runner");
        runner.Join();

        await continued.WaitAsync(TestTimeouts.UnexpectedTimeout, TestContext.Current.CancellationToken);
        Assert.NotSame(runner.Thread, continuationThread);
    }

    [Fact]
    public async Task AsTask_CompletionRacingCreation_AlwaysCompletes()
    {
        var deadline = DateTime.UtcNow + TestTimeouts.RaceDuration;
        while (DateTime.UtcNow < deadline)
        {
            var future = new FutureTask<int>(() => 1, "task");
            var runner = CheckedThread.Start(future.Run, "runner");
            var task = future.AsTask();
            runner.Join();
            Assert.Equal(1, await task.WaitAsync(TestTimeouts.UnexpectedTimeout, TestContext.Current.CancellationToken));
        }
    }

    [Fact]
    public void ToString_EachState_FollowsJava21()
    {
        Func<int> callable = () => 1;
        var pending = new FutureTask<int>(callable, callable);
        var prefix = $"{pending.GetType()}@{System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(pending):x}";
        var callableText = $"{callable.GetType()}@{System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(callable):x}";
        Assert.Equal($"{prefix}[Not completed, task = {callableText}]", pending.ToString());

        pending.Run();
        Assert.Equal($"{prefix}[Completed normally]", pending.ToString());

        var failed = new FutureTask<int>(() => throw new InvalidOperationException("boom"), "t");
        failed.Run();
        Assert.EndsWith("[Completed exceptionally: System.InvalidOperationException: boom", failed.ToString().Split('\n')[0].TrimEnd('\r'), StringComparison.Ordinal);

        var cancelled = new FutureTask<int>(callable, callable);
        cancelled.Cancel(true);
        Assert.EndsWith("[Cancelled]", cancelled.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void RunAction_TargetIsTheFuture()
    {
        var future = new FutureTask<int>(() => 1, "task");

        Assert.Same(future, future.RunAction.Target);
        ((IFuture)future.RunAction.Target!).Cancel(true);
        Assert.True(future.IsCancelled());
    }

    /// <summary>A subclass the Java way: counts <c>done()</c>, records <c>set</c>/<c>setException</c>, exposes the protected hooks.</summary>
    private sealed class HookedFuture(Func<int> callable) : FutureTask<int>(callable)
    {
        public int DoneCalls { get; private set; }

        public bool DoneSawDone { get; private set; }

        public List<int> SetValues { get; } = [];

        public List<Exception> SetExceptions { get; } = [];

        public void CallSet(int value) => Set(value);

        public void CallSetException(Exception exception) => SetException(exception);

        public bool CallRunAndReset() => RunAndReset();

        protected override void Done()
        {
            DoneCalls++;
            DoneSawDone = IsDone();
        }

        protected override void Set(int v)
        {
            SetValues.Add(v);
            base.Set(v);
        }

        protected override void SetException(Exception t)
        {
            SetExceptions.Add(t);
            base.SetException(t);
        }
    }

    private sealed class ThrowingDoneFuture(Func<int> callable) : FutureTask<int>(callable)
    {
        protected override void Done() => throw new InvalidOperationException("done threw");
    }
}
