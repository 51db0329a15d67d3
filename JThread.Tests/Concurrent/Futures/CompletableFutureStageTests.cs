using JThreading.Concurrent;

namespace JThreading.Tests.Concurrent;

/// <summary>
/// Every one-source stage method in its three forms (after the JSR-166 TCK's CompletableFutureTest): with a value, a
/// failed source, a cancelled source and a function that throws, the source completed before or after the stage exists.
/// </summary>
public sealed class CompletableFutureStageTests
{
    public static TheoryData<StageMode, bool> Modes => Stages.ModesAndOrder();

    private static readonly InvalidOperationException s_boom = new("boom");

    private static CompletableFuture<int> Source(bool completeFirst, out Action complete, int value = 1)
    {
        var f = new CompletableFuture<int>();
        complete = () => Assert.True(f.Complete(value));
        if (completeFirst)
        {
            complete();
            complete = () => { };
        }

        return f;
    }

    private static CompletableFuture<int> FailedSource(bool completeFirst, out Action complete, Exception? ex = null)
    {
        var f = new CompletableFuture<int>();
        complete = () => Assert.True(f.CompleteExceptionally(ex ?? s_boom));
        if (completeFirst)
        {
            complete();
            complete = () => { };
        }

        return f;
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void ThenApply_Value_CompletesWithTheFunctionsResult(StageMode mode, bool completeFirst)
    {
        var stages = new Stages(mode);
        var f = Source(completeFirst, out var complete, 20);
        var g = stages.ThenApply(f, x => x + 1);
        complete();
        Assert.Equal(21, FutureAssert.Value(g));
        stages.AssertExecutorUsed(1);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void ThenApply_FailedSource_FailsWithCompletionExceptionAndSkipsTheFunction(StageMode mode, bool completeFirst)
    {
        var stages = new Stages(mode);
        var f = FailedSource(completeFirst, out var complete);
        var calls = 0;
        var g = stages.ThenApply(f, x => ++calls);
        complete();
        FutureAssert.FailedWithCause(g, s_boom);
        Assert.Equal(0, calls);
        stages.AssertExecutorUsed(0);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void ThenApply_FunctionThrows_FailsWithCompletionExceptionAroundIt(StageMode mode, bool completeFirst)
    {
        var stages = new Stages(mode);
        var f = Source(completeFirst, out var complete);
        var g = stages.ThenApply<int, int>(f, _ => throw s_boom);
        complete();
        FutureAssert.FailedWithCause(g, s_boom);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void ThenApply_CancelledSource_FailsWithCompletionExceptionAroundCancellation(StageMode mode, bool completeFirst)
    {
        var stages = new Stages(mode);
        var f = new CompletableFuture<int>();
        if (completeFirst)
        {
            Assert.True(f.Cancel(true));
        }

        var g = stages.ThenApply(f, x => x);
        f.Cancel(false);
        FutureAssert.FailedWithCancellation(g);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void ThenApply_DependentOfFailedDependent_IsNotWrappedTwice(StageMode mode, bool completeFirst)
    {
        var stages = new Stages(mode);
        var f = FailedSource(completeFirst, out var complete);
        var h = stages.ThenApply(stages.ThenApply(f, x => x), x => x);
        complete();
        FutureAssert.FailedWithCause(h, s_boom);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void ThenAccept_Value_RunsTheActionAndCompletesWithNull(StageMode mode, bool completeFirst)
    {
        var stages = new Stages(mode);
        var f = Source(completeFirst, out var complete, 5);
        var seen = 0;
        var g = stages.ThenAccept(f, x => seen = x);
        complete();
        Assert.Null(FutureAssert.Value(g));
        Assert.Equal(5, seen);
        stages.AssertExecutorUsed(1);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void ThenAccept_FailedSourceOrThrowingAction_FailsWithTheCause(StageMode mode, bool completeFirst)
    {
        var stages = new Stages(mode);
        var failed = FailedSource(completeFirst, out var completeFailed);
        var ok = Source(completeFirst, out var completeOk);
        var calls = 0;
        var g = stages.ThenAccept(failed, _ => calls++);
        var h = stages.ThenAccept(ok, _ => throw s_boom);
        completeFailed();
        completeOk();
        FutureAssert.FailedWithCause(g, s_boom);
        FutureAssert.FailedWithCause(h, s_boom);
        Assert.Equal(0, calls);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void ThenRun_Value_RunsTheAction(StageMode mode, bool completeFirst)
    {
        var stages = new Stages(mode);
        var f = Source(completeFirst, out var complete);
        var calls = 0;
        var g = stages.ThenRun(f, () => calls++);
        complete();
        Assert.Null(FutureAssert.Value(g));
        Assert.Equal(1, calls);
        stages.AssertExecutorUsed(1);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void ThenRun_FailedSourceOrThrowingAction_FailsWithTheCause(StageMode mode, bool completeFirst)
    {
        var stages = new Stages(mode);
        var failed = FailedSource(completeFirst, out var completeFailed);
        var ok = Source(completeFirst, out var completeOk);
        var calls = 0;
        var g = stages.ThenRun(failed, () => calls++);
        var h = stages.ThenRun(ok, () => throw s_boom);
        completeFailed();
        completeOk();
        FutureAssert.FailedWithCause(g, s_boom);
        FutureAssert.FailedWithCause(h, s_boom);
        Assert.Equal(0, calls);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void ThenCompose_Value_CompletesAsTheReturnedStage(StageMode mode, bool completeFirst)
    {
        var stages = new Stages(mode);
        var f = Source(completeFirst, out var complete, 3);
        var inner = new CompletableFuture<string>();
        var g = stages.ThenCompose(f, x => inner.ThenApply(s => s + x));
        complete();
        Assert.False(g.IsDone());
        inner.Complete("x");
        Assert.Equal("x3", FutureAssert.Value(g));
        stages.AssertExecutorUsed(1);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void ThenCompose_FailedSourceThrowingFunctionOrFailedInnerStage_FailsWithTheCause(StageMode mode, bool completeFirst)
    {
        var stages = new Stages(mode);
        var failed = FailedSource(completeFirst, out var completeFailed);
        var ok = Source(completeFirst, out var completeOk);
        var g = stages.ThenCompose<int, int>(failed, x => CompletableFuture.CompletedFuture(x));
        var h = stages.ThenCompose<int, int>(ok, _ => throw s_boom);
        var i = stages.ThenCompose(ok, _ => CompletableFuture.FailedFuture<int>(s_boom));
        var j = stages.ThenCompose<int, int>(ok, _ => null!);
        completeFailed();
        completeOk();
        FutureAssert.FailedWithCause(g, s_boom);
        FutureAssert.FailedWithCause(h, s_boom);
        FutureAssert.FailedWithCause(i, s_boom);
        Assert.IsType<NullReferenceException>(Assert.Throws<CompletionException>(() => j.Join()).InnerException);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void Handle_ValueOrFailure_GetsBothAndCompletesWithItsResult(StageMode mode, bool completeFirst)
    {
        var stages = new Stages(mode);
        var ok = Source(completeFirst, out var completeOk, 4);
        var failed = FailedSource(completeFirst, out var completeFailed);
        var g = stages.Handle(ok, (x, ex) => ex is null ? x * 2 : -1);
        Exception? seen = null;
        var h = stages.Handle(failed, (x, ex) =>
        {
            seen = ex;
            return x - 7;
        });
        completeOk();
        completeFailed();
        Assert.Equal(8, FutureAssert.Value(g));
        Assert.Equal(-7, FutureAssert.Value(h));
        Assert.Same(s_boom, seen);
        stages.AssertExecutorUsed(2);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void Handle_FunctionThrows_FailsWithIt(StageMode mode, bool completeFirst)
    {
        var stages = new Stages(mode);
        var failed = FailedSource(completeFirst, out var complete, new ArgumentException("first"));
        var g = stages.Handle<int, int>(failed, (_, _) => throw s_boom);
        complete();
        FutureAssert.FailedWithCause(g, s_boom);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void Handle_DependentOfFailedDependent_SeesTheCompletionException(StageMode mode, bool completeFirst)
    {
        var stages = new Stages(mode);
        var failed = FailedSource(completeFirst, out var complete);
        Exception? seen = null;
        var g = stages.Handle(stages.ThenApply(failed, x => x), (_, ex) =>
        {
            seen = ex;
            return 0;
        });
        complete();
        FutureAssert.Value(g);
        Assert.Same(s_boom, Assert.IsType<CompletionException>(seen).InnerException);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void WhenComplete_Value_RunsTheActionAndKeepsTheValue(StageMode mode, bool completeFirst)
    {
        var stages = new Stages(mode);
        var f = Source(completeFirst, out var complete, 9);
        var seen = (0, (Exception?)s_boom);
        var g = stages.WhenComplete(f, (x, ex) => seen = (x, ex));
        complete();
        Assert.Equal(9, FutureAssert.Value(g));
        Assert.Equal((9, (Exception?)null), seen);
        stages.AssertExecutorUsed(1);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void WhenComplete_FailedSource_RunsTheActionAndKeepsTheFailure(StageMode mode, bool completeFirst)
    {
        var stages = new Stages(mode);
        var f = FailedSource(completeFirst, out var complete);
        Exception? seen = null;
        var g = stages.WhenComplete(f, (_, ex) => seen = ex);
        var h = stages.WhenComplete(f, (_, _) => throw new ArgumentException("second"));
        complete();
        FutureAssert.FailedWithCause(g, s_boom);
        FutureAssert.FailedWithCause(h, s_boom);
        Assert.Same(s_boom, seen);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void WhenComplete_ActionThrowsOnValue_FailsWithIt(StageMode mode, bool completeFirst)
    {
        var stages = new Stages(mode);
        var f = Source(completeFirst, out var complete);
        var g = stages.WhenComplete(f, (_, _) => throw s_boom);
        complete();
        FutureAssert.FailedWithCause(g, s_boom);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void Exceptionally_Value_PassesItOnWithoutTheFunctionOrExecutor(StageMode mode, bool completeFirst)
    {
        var stages = new Stages(mode);
        var f = Source(completeFirst, out var complete, 6);
        var calls = 0;
        var g = stages.Exceptionally(f, _ => ++calls);
        complete();
        Assert.Equal(6, FutureAssert.Value(g));
        Assert.Equal(0, calls);
        stages.AssertExecutorUsed(0);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void Exceptionally_Failure_CompletesWithTheFunctionsValue(StageMode mode, bool completeFirst)
    {
        var stages = new Stages(mode);
        var f = FailedSource(completeFirst, out var complete);
        Exception? seen = null;
        var g = stages.Exceptionally(f, ex =>
        {
            seen = ex;
            return 42;
        });
        var h = stages.Exceptionally<int>(f, _ => throw new ArgumentException("again"));
        complete();
        Assert.Equal(42, FutureAssert.Value(g));
        Assert.Same(s_boom, seen);
        Assert.IsType<ArgumentException>(Assert.Throws<CompletionException>(() => h.Join()).InnerException);
        stages.AssertExecutorUsed(2);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void ExceptionallyCompose_Failure_CompletesAsTheReturnedStage(StageMode mode, bool completeFirst)
    {
        var stages = new Stages(mode);
        var f = FailedSource(completeFirst, out var complete);
        var ok = Source(completeFirst, out var completeOk, 2);
        var inner = new CompletableFuture<int>();
        var g = stages.ExceptionallyCompose(f, _ => inner);
        var h = stages.ExceptionallyCompose<int>(f, _ => throw s_boom);
        var i = stages.ExceptionallyCompose(ok, _ => inner);
        complete();
        completeOk();
        Assert.False(g.IsDone());
        inner.Complete(11);
        Assert.Equal(11, FutureAssert.Value(g));
        FutureAssert.FailedWithCause(h, s_boom);
        Assert.Equal(2, FutureAssert.Value(i));
        stages.AssertExecutorUsed(2);
    }

    [Fact]
    public void StageMethods_NullArguments_ThrowArgumentNull()
    {
        var f = CompletableFuture.CompletedFuture(1);
        Assert.Throws<ArgumentNullException>(() => f.ThenApply<int>(null!));
        Assert.Throws<ArgumentNullException>(() => f.ThenApplyAsync(x => x, null!));
        Assert.Throws<ArgumentNullException>(() => f.ThenAccept(null!));
        Assert.Throws<ArgumentNullException>(() => f.ThenRunAsync(null!));
        Assert.Throws<ArgumentNullException>(() => f.ThenCombine<int, int>(null!, (a, b) => a));
        Assert.Throws<ArgumentNullException>(() => f.ThenCombine<int, int>(f, null!));
        Assert.Throws<ArgumentNullException>(() => f.ApplyToEither<int>(null!, x => x));
        Assert.Throws<ArgumentNullException>(() => f.ThenCompose<int>(null!));
        Assert.Throws<ArgumentNullException>(() => f.Handle<int>(null!));
        Assert.Throws<ArgumentNullException>(() => f.WhenComplete(null!));
        Assert.Throws<ArgumentNullException>(() => f.Exceptionally(null!));
        Assert.Throws<ArgumentNullException>(() => f.ExceptionallyCompose(null!));
    }

    [Fact]
    public void PlainStage_SourceCompletedLater_RunsOnTheCompletingThread()
    {
        var f = new CompletableFuture<int>();
        JThread? ranOn = null;
        var g = f.ThenApply(x =>
        {
            ranOn = JThread.CurrentThread();
            return x;
        });
        JThread? completer = null;
        TestThreads.RunOnDaemon(() =>
        {
            completer = JThread.CurrentThread();
            f.Complete(1);
        });
        Assert.Equal(1, g.Join());
        Assert.Same(completer, ranOn);
    }

    [Fact]
    public void AsyncStage_Default_RunsOnADaemonThreadThatIsNotTheCaller()
    {
        var f = CompletableFuture.CompletedFuture(1);
        var g = f.ThenApplyAsync(_ => JThread.CurrentThread());
        var thread = g.Join();
        Assert.NotSame(JThread.CurrentThread(), thread);
        Assert.True(thread.IsDaemon());
    }

    [Fact]
    public void AsyncStage_ExecutorRejects_FailsWithCompletionExceptionAroundTheRejection()
    {
        var rejection = new RejectedExecutionException("no");
        var rejecting = new RejectingExecutor(rejection);
        var before = CompletableFuture.CompletedFuture(1).ThenApplyAsync(x => x, rejecting);
        var f = new CompletableFuture<int>();
        var after = f.ThenApplyAsync(x => x, rejecting);
        f.Complete(1);
        FutureAssert.FailedWithCause(before, rejection);
        FutureAssert.FailedWithCause(after, rejection);
    }

    private sealed class RejectingExecutor(Exception rejection) : IExecutor
    {
        public void Execute(Action command) => throw rejection;
    }
}
