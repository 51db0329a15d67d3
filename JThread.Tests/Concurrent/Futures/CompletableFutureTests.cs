using JThreading.Concurrent;

namespace JThreading.Tests.Concurrent;

/// <summary>
/// CompletableFuture's own members (after the JSR-166 TCK's CompletableFutureTest): completing, Join/Get/GetNow and
/// their exceptions, interrupts, cancellation, State/ResultNow/ExceptionNow, dependents, obtrude, copy, the statics.
/// </summary>
public sealed class CompletableFutureTests
{
    private static readonly InvalidOperationException s_boom = new("boom");

    [Fact]
    public void Complete_Incomplete_CompletesOnceAndReportsTheValue()
    {
        var f = new CompletableFuture<string>();
        Assert.False(f.IsDone());
        Assert.Equal(FutureState.Running, f.State());
        Assert.Equal("absent", f.GetNow("absent"));
        Assert.True(f.Complete("a"));
        Assert.False(f.Complete("b"));
        Assert.False(f.CompleteExceptionally(s_boom));
        Assert.False(f.Cancel(true));
        Assert.Equal("a", f.Join());
        Assert.Equal("a", f.Get());
        Assert.Equal("a", f.GetNow("absent"));
        Assert.Equal("a", f.ResultNow());
        Assert.Equal(FutureState.Success, f.State());
        Assert.False(f.IsCompletedExceptionally());
        Assert.Throws<InvalidOperationException>(() => f.ExceptionNow());
    }

    [Fact]
    public void Complete_NullValue_IsAValue()
    {
        var f = new CompletableFuture<string?>();
        Assert.True(f.Complete(null));
        Assert.Null(f.Join());
        Assert.Equal(FutureState.Success, f.State());
    }

    [Fact]
    public void CompleteExceptionally_Join_ThrowsCompletionExceptionGetThrowsExecutionException()
    {
        var f = new CompletableFuture<int>();
        Assert.True(f.CompleteExceptionally(s_boom));
        Assert.Same(s_boom, Assert.Throws<CompletionException>(() => f.Join()).InnerException);
        Assert.Same(s_boom, Assert.Throws<ExecutionException>(() => f.Get()).InnerException);
        Assert.Same(s_boom, Assert.Throws<ExecutionException>(() => f.Get(0, TimeUnit.Seconds)).InnerException);
        Assert.Same(s_boom, f.ExceptionNow());
        Assert.Equal(FutureState.Failed, f.State());
        Assert.Throws<InvalidOperationException>(() => f.ResultNow());
    }

    [Fact]
    public void CompleteExceptionally_WithCompletionException_JoinThrowsItAndGetItsCause()
    {
        var wrapped = new CompletionException(s_boom);
        var f = CompletableFuture.FailedFuture<int>(wrapped);
        Assert.Same(wrapped, Assert.Throws<CompletionException>(() => f.Join()));
        Assert.Same(s_boom, Assert.Throws<ExecutionException>(() => f.Get()).InnerException);
    }

    [Fact]
    public void Cancel_Incomplete_CompletesWithCancellationAndNeverInterrupts()
    {
        var f = new CompletableFuture<int>();
        var dependent = f.ThenApply(x => x);
        Assert.True(f.Cancel(true));
        Assert.True(f.Cancel(false));
        Assert.True(f.IsCancelled());
        Assert.True(f.IsDone());
        Assert.True(f.IsCompletedExceptionally());
        Assert.Equal(FutureState.Cancelled, f.State());
        Assert.Throws<CancellationException>(() => f.Join());
        Assert.Throws<CancellationException>(() => f.Get());
        Assert.Throws<InvalidOperationException>(() => f.ExceptionNow());
        Assert.Throws<InvalidOperationException>(() => f.ResultNow());
        FutureAssert.FailedWithCancellation(dependent);
        Assert.False(JThread.CurrentThread().IsInterrupted());
    }

    [Fact]
    public void Get_Timeout_ThrowsTimeoutException()
    {
        var f = new CompletableFuture<int>();
        Assert.Throws<TimeoutException>(() => f.Get(0, TimeUnit.Milliseconds));
        Assert.Throws<TimeoutException>(() => f.Get(TestTimeouts.ExpectedTimeoutMillis, TimeUnit.Milliseconds));
        Assert.Equal(0, f.GetNumberOfDependents());
    }

    [Fact]
    public void Get_InterruptedWhileWaiting_ThrowsInterruptedAndClearsTheFlag()
    {
        var f = new CompletableFuture<int>();
        var waiter = CheckedThread.Start(() =>
        {
            Assert.Throws<InterruptedException>(() => f.Get());
            Assert.False(JThread.CurrentThread().IsInterrupted());
            Assert.Throws<InterruptedException>(() => f.Get(TestTimeouts.UnexpectedTimeoutMillis, TimeUnit.Milliseconds));
        });
        TestWait.ForState(waiter.Thread, JThreadState.Waiting);
        waiter.Thread.Interrupt();
        TestWait.ForState(waiter.Thread, JThreadState.TimedWaiting);
        waiter.Thread.Interrupt();
        waiter.Join();
        Assert.Equal(0, f.GetNumberOfDependents());
    }

    [Fact]
    public void Get_FlagSetBeforeOnIncomplete_ThrowsInterruptedEvenWithZeroTimeout()
    {
        var f = new CompletableFuture<int>();
        TestThreads.RunOnDaemon(() =>
        {
            JThread.CurrentThread().Interrupt();
            Assert.Throws<InterruptedException>(() => f.Get(0, TimeUnit.Seconds));
            JThread.CurrentThread().Interrupt();
            Assert.Throws<InterruptedException>(() => f.Get());
            Assert.False(JThread.CurrentThread().IsInterrupted());
        });
    }

    [Fact]
    public void Get_FlagSetOnCompleted_ReturnsAndKeepsTheFlag()
    {
        var f = CompletableFuture.CompletedFuture(3);
        TestThreads.RunOnDaemon(() =>
        {
            JThread.CurrentThread().Interrupt();
            Assert.Equal(3, f.Get());
            Assert.True(JThread.Interrupted());
        });
    }

    [Fact]
    public void Join_InterruptedWhileWaiting_KeepsWaitingAndReturnsWithTheFlagSet()
    {
        var f = new CompletableFuture<int>();
        var interruptedAfter = false;
        var waiter = CheckedThread.Start(() =>
        {
            Assert.Equal(5, f.Join());
            interruptedAfter = JThread.Interrupted();
        });
        TestWait.ForState(waiter.Thread, JThreadState.Waiting);
        waiter.Thread.Interrupt();
        TestWait.Until(() => f.GetNumberOfDependents() == 1 && waiter.Thread.GetState() == JThreadState.Waiting, "join waits on");
        f.Complete(5);
        waiter.Join();
        Assert.True(interruptedAfter);
    }

    [Fact]
    public void Join_TwoWaiters_BothWokenAndCountedAsDependents()
    {
        var f = new CompletableFuture<int>();
        var first = CheckedThread.Start(() => Assert.Equal(1, f.Join()));
        var second = CheckedThread.Start(() => Assert.Equal(1, f.Get()));
        TestWait.Until(() => f.GetNumberOfDependents() == 2, "both waiters are in the stack");
        f.Complete(1);
        first.Join();
        second.Join();
        Assert.Equal(0, f.GetNumberOfDependents());
    }

    [Fact]
    public void GetNumberOfDependents_StagesAddedAndFired_CountsThem()
    {
        var f = new CompletableFuture<int>();
        var g = new CompletableFuture<int>();
        Assert.Equal(0, f.GetNumberOfDependents());
        var h1 = f.ThenRun(() => { });
        Assert.Equal(1, f.GetNumberOfDependents());
        var h2 = f.ThenAcceptBoth(g, (_, _) => { });
        Assert.Equal(2, f.GetNumberOfDependents());
        Assert.Equal(1, g.GetNumberOfDependents());
        Assert.Equal(0, h1.GetNumberOfDependents());
        f.Complete(1);
        Assert.Equal(0, f.GetNumberOfDependents());
        Assert.Equal(1, g.GetNumberOfDependents());
        g.Complete(1);
        Assert.Equal(0, g.GetNumberOfDependents());
        Assert.True(h2.IsDone());
    }

    [Fact]
    public void ToString_EachState_NamesItAsJava()
    {
        var f = new CompletableFuture<int>();
        Assert.EndsWith("[Incomplete]", f.ToString());
        f.ThenRun(() => { });
        f.ThenRun(() => { });
        Assert.EndsWith("[Incomplete with 2 dependents]", f.ToString());
        f.Complete(1);
        Assert.EndsWith("[Completed normally]", f.ToString());
        Assert.Contains("[Completed exceptionally: System.InvalidOperationException: boom]", CompletableFuture.FailedFuture<int>(s_boom).ToString());
        Assert.Contains("CompletableFuture", f.ToString());
    }

    [Fact]
    public void ObtrudeValueAndException_Completed_ReplaceTheOutcome()
    {
        var f = CompletableFuture.CompletedFuture(1);
        f.ObtrudeValue(2);
        Assert.Equal(2, f.Join());
        f.ObtrudeException(s_boom);
        Assert.Same(s_boom, Assert.Throws<CompletionException>(() => f.Join()).InnerException);
        f.ObtrudeValue(3);
        Assert.Equal(3, f.Join());
    }

    [Fact]
    public void Copy_CompletesAsTheSourceAndCompletingItLeavesTheSource()
    {
        var f = new CompletableFuture<int>();
        var copy = f.Copy();
        Assert.True(copy.Complete(9));
        Assert.False(f.IsDone());
        var second = f.Copy();
        f.CompleteExceptionally(s_boom);
        FutureAssert.FailedWithCause(second, s_boom);
        Assert.Equal(9, copy.Join());
    }

    [Fact]
    public void NewIncompleteFuture_Subclass_IsWhatEveryStageReturns()
    {
        var f = new TaggedFuture<int>();
        Assert.IsType<TaggedFuture<string>>(f.ThenApply(x => x.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.IsType<TaggedFuture<object?>>(f.ThenCombine(f, (_, _) => (object?)null));
        Assert.IsType<TaggedFuture<int>>(f.Exceptionally(_ => 0));
    }

    [Fact]
    public void SupplyAsyncAndRunAsync_WithExecutor_RunOnItAndComplete()
    {
        var executor = new CountingExecutor();
        var supplied = CompletableFuture.SupplyAsync(() => 7, executor);
        var ran = 0;
        var run = CompletableFuture.RunAsync(() => ran++, executor);
        Assert.Equal(7, FutureAssert.Value(supplied));
        Assert.Null(FutureAssert.Value(run));
        executor.JoinAll();
        Assert.Equal(2, executor.Count);
        Assert.Equal(1, ran);
    }

    [Fact]
    public void SupplyAsyncAndRunAsync_FunctionThrows_FailWithCompletionException()
    {
        FutureAssert.FailedWithCause(CompletableFuture.SupplyAsync<int>(() => throw s_boom), s_boom);
        FutureAssert.FailedWithCause(CompletableFuture.RunAsync(() => throw s_boom), s_boom);
    }

    [Fact]
    public void SupplyAsync_NullArguments_ThrowArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => CompletableFuture.SupplyAsync<int>(null!));
        Assert.Throws<ArgumentNullException>(() => CompletableFuture.SupplyAsync(() => 1, null!));
        Assert.Throws<ArgumentNullException>(() => CompletableFuture.RunAsync(null!));
        Assert.Throws<ArgumentNullException>(() => CompletableFuture.FailedFuture<int>(null!));
        Assert.Throws<ArgumentNullException>(() => CompletableFuture.AllOf(null!));
        Assert.Throws<ArgumentNullException>(() => CompletableFuture.AnyOf(new CompletableFuture<int>(), null!));
    }

    [Fact]
    public void CompletedAndFailedStage_AreCompletedStages()
    {
        Assert.Equal(4, CompletableFuture.CompletedStage(4).ToCompletableFuture().Join());
        var failed = CompletableFuture.FailedStage<int>(s_boom).ThenApply(x => x).ToCompletableFuture();
        FutureAssert.FailedWithCause(failed, s_boom);
    }

    [Fact]
    public void CompleteAsync_WithExecutor_CompletesWithTheSuppliersValue()
    {
        var executor = new CountingExecutor();
        var f = new CompletableFuture<int>();
        Assert.Same(f, f.CompleteAsync(() => 8, executor));
        Assert.Equal(8, FutureAssert.Value(f));
        Assert.Equal(5, FutureAssert.Value(new CompletableFuture<int>().CompleteAsync(() => 5)));
        executor.JoinAll();
        Assert.Equal(1, executor.Count);
    }

    [Fact]
    public void AllOf_Empty_IsCompletedWithNull()
    {
        var all = CompletableFuture.AllOf();
        Assert.True(all.IsDone());
        Assert.Null(all.Join());
    }

    [Fact]
    public void AllOf_TwoOfDifferentTypes_CompletesOnlyAfterBoth()
    {
        var f = new CompletableFuture<int>();
        var g = new CompletableFuture<string>();
        var all = CompletableFuture.AllOf(f, g, CompletableFuture.CompletedFuture(1.5));
        f.Complete(1);
        Assert.False(all.IsDone());
        g.Complete("a");
        Assert.Null(FutureAssert.Value(all));
    }

    [Fact]
    public void AllOf_OneFails_FailsOnlyAfterAllCompletedWithTheFirstFailureInTheArray()
    {
        var f = new CompletableFuture<int>();
        var g = new CompletableFuture<int>();
        var h = new CompletableFuture<int>();
        var all = CompletableFuture.AllOf(f, g, h);
        h.CompleteExceptionally(new ArgumentException("later in the array"));
        g.CompleteExceptionally(s_boom);
        Assert.False(all.IsDone());
        f.Complete(1);
        FutureAssert.FailedWithCause(all, s_boom);
    }

    [Fact]
    public void AnyOf_Empty_NeverCompletes()
    {
        var any = CompletableFuture.AnyOf();
        Assert.False(any.IsDone());
    }

    [Fact]
    public void AnyOf_CompletedAlready_TakesTheFirstInTheArray()
    {
        var any = CompletableFuture.AnyOf(new CompletableFuture<int>(), CompletableFuture.CompletedFuture("b"), CompletableFuture.CompletedFuture(3));
        Assert.Equal("b", any.Join());
    }

    [Fact]
    public void AnyOf_FirstToCompleteLater_WinsAndLeavesNoDependentsOnTheOthers()
    {
        var f = new CompletableFuture<int>();
        var g = new CompletableFuture<string>();
        var any = CompletableFuture.AnyOf(f, g);
        Assert.False(any.IsDone());
        g.CompleteExceptionally(s_boom);
        FutureAssert.FailedWithCause(any, s_boom);
        f.Complete(1);
        Assert.Equal(0, f.GetNumberOfDependents());
    }

    [Fact]
    public void OrTimeout_NotCompletedInTime_FailsWithTimeoutException()
    {
        var f = new CompletableFuture<int>();
        Assert.Same(f, f.OrTimeout(1, TimeUnit.Milliseconds));
        var join = Assert.Throws<CompletionException>(() => f.Join());
        Assert.IsType<TimeoutException>(join.InnerException);
        Assert.IsType<TimeoutException>(Assert.Throws<ExecutionException>(() => f.Get()).InnerException);
    }

    [Fact]
    public void OrTimeout_CompletedInTime_KeepsTheValue()
    {
        var f = new CompletableFuture<int>();
        f.OrTimeout(TestTimeouts.UnexpectedTimeoutMillis, TimeUnit.Milliseconds);
        f.Complete(1);
        Assert.Equal(1, f.Join());
        Assert.Equal(2, CompletableFuture.CompletedFuture(2).OrTimeout(1, TimeUnit.Nanoseconds).Join());
    }

    [Fact]
    public void CompleteOnTimeout_NotCompletedInTime_CompletesWithTheValue()
    {
        var f = new CompletableFuture<int>();
        Assert.Same(f, f.CompleteOnTimeout(-1, 1, TimeUnit.Milliseconds));
        Assert.Equal(-1, FutureAssert.Value(f));
        var done = new CompletableFuture<int>();
        done.CompleteOnTimeout(-1, TestTimeouts.ExpectedTimeoutMillis, TimeUnit.Milliseconds);
        done.Complete(4);
        Assert.Equal(4, done.Join());
    }

    [Fact]
    public void DelayedExecutor_RunsTheTaskOnTheExecutorAfterTheDelay()
    {
        var executor = new CountingExecutor();
        var delayed = CompletableFuture.DelayedExecutor(TestTimeouts.ExpectedTimeoutMillis, TimeUnit.Milliseconds, executor);
        var started = System.Diagnostics.Stopwatch.StartNew();
        var f = CompletableFuture.SupplyAsync(() => started.Elapsed, delayed);
        Assert.True(FutureAssert.Value(f) >= TestTimeouts.ExpectedTimeout - TimeSpan.FromMilliseconds(20));
        executor.JoinAll();
        Assert.Equal(1, executor.Count);
        Assert.Equal(3, FutureAssert.Value(CompletableFuture.SupplyAsync(() => 3, CompletableFuture.DelayedExecutor(1, TimeUnit.Milliseconds))));
    }

    private sealed class TaggedFuture<T> : CompletableFuture<T>
    {
        public override CompletableFuture<U> NewIncompleteFuture<U>() => new TaggedFuture<U>();
    }
}
