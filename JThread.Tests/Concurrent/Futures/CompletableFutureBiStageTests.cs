using JThreading.Concurrent;

namespace JThreading.Tests.Concurrent;

/// <summary>
/// The two-source stage methods in their three forms (after the JSR-166 TCK): "both" waits for both sources and fails
/// with either's failure; "either" takes the first outcome, failed or not.
/// </summary>
public sealed class CompletableFutureBiStageTests
{
    public static TheoryData<StageMode, bool> Modes => Stages.ModesAndOrder();

    private static readonly InvalidOperationException s_boom = new("boom");

    [Theory]
    [MemberData(nameof(Modes))]
    public void ThenCombine_BothValues_CompletesOnlyAfterTheSecondWithTheFunctionsResult(StageMode mode, bool firstBeforeSecond)
    {
        var stages = new Stages(mode);
        var f = new CompletableFuture<int>();
        var g = new CompletableFuture<string>();
        var h = stages.ThenCombine(f, g, (x, y) => y + x);
        (firstBeforeSecond ? (Action)(() => f.Complete(1)) : () => g.Complete("a"))();
        Assert.False(h.IsDone());
        (firstBeforeSecond ? (Action)(() => g.Complete("a")) : () => f.Complete(1))();
        Assert.Equal("a1", FutureAssert.Value(h));
        stages.AssertExecutorUsed(1);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void ThenCombine_BothCompletedBefore_CompletesWithTheFunctionsResult(StageMode mode, bool sameFuture)
    {
        var stages = new Stages(mode);
        var f = CompletableFuture.CompletedFuture(3);
        var g = sameFuture ? f : CompletableFuture.CompletedFuture(4);
        Assert.Equal(sameFuture ? 9 : 12, FutureAssert.Value(stages.ThenCombine(f, g, (x, y) => x * y)));
        stages.AssertExecutorUsed(1);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void ThenCombine_EitherFailsOrFunctionThrows_FailsWithTheCause(StageMode mode, bool failFirst)
    {
        var stages = new Stages(mode);
        var ok = new CompletableFuture<int>();
        var failed = new CompletableFuture<int>();
        var calls = 0;
        var h1 = stages.ThenCombine(failFirst ? failed : ok, failFirst ? ok : failed, (_, _) => ++calls);
        var h2 = stages.ThenCombine<int, int, int>(ok, ok, (_, _) => throw s_boom);
        failed.CompleteExceptionally(s_boom);
        ok.Complete(1);
        FutureAssert.FailedWithCause(h1, s_boom);
        FutureAssert.FailedWithCause(h2, s_boom);
        Assert.Equal(0, calls);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void ThenAcceptBoth_BothValues_RunsTheActionWithBoth(StageMode mode, bool completeFirst)
    {
        var stages = new Stages(mode);
        var f = new CompletableFuture<int>();
        var g = new CompletableFuture<int>();
        if (completeFirst)
        {
            f.Complete(2);
            g.Complete(5);
        }

        var seen = 0;
        var h = stages.ThenAcceptBoth(f, g, (x, y) => seen = (x * 10) + y);
        var thrower = stages.ThenAcceptBoth(f, g, (_, _) => throw s_boom);
        f.Complete(2);
        g.Complete(5);
        Assert.Null(FutureAssert.Value(h));
        Assert.Equal(25, seen);
        FutureAssert.FailedWithCause(thrower, s_boom);
        stages.AssertExecutorUsed(2);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void RunAfterBoth_BothValues_RunsTheActionOnce(StageMode mode, bool completeFirst)
    {
        var stages = new Stages(mode);
        var f = new CompletableFuture<int>();
        var g = new CompletableFuture<string>();
        if (completeFirst)
        {
            f.Complete(2);
        }

        var calls = 0;
        var h = stages.RunAfterBoth(f, g, () => Interlocked.Increment(ref calls));
        var failedH = stages.RunAfterBoth(f, CompletableFuture.FailedFuture<int>(s_boom), () => Interlocked.Increment(ref calls));
        f.Complete(2);
        Assert.False(h.IsDone());
        g.Complete("x");
        Assert.Null(FutureAssert.Value(h));
        FutureAssert.FailedWithCause(failedH, s_boom);
        Assert.Equal(1, calls);
        stages.AssertExecutorUsed(1);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void ApplyToEither_FirstValue_CompletesWithTheFunctionAppliedToIt(StageMode mode, bool firstWins)
    {
        var stages = new Stages(mode);
        var f = new CompletableFuture<int>();
        var g = new CompletableFuture<int>();
        var h = stages.ApplyToEither(f, g, x => x + 100);
        (firstWins ? f : g).Complete(firstWins ? 1 : 2);
        Assert.Equal(firstWins ? 101 : 102, FutureAssert.Value(h));
        (firstWins ? g : f).Complete(7);
        Assert.Equal(firstWins ? 101 : 102, h.Join());
        stages.AssertExecutorUsed(1);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void ApplyToEither_FirstFailsOrFunctionThrows_FailsWithTheCause(StageMode mode, bool firstWins)
    {
        var stages = new Stages(mode);
        var f = new CompletableFuture<int>();
        var g = new CompletableFuture<int>();
        var h = stages.ApplyToEither(f, g, x => x);
        var thrower = stages.ApplyToEither<int, int>(CompletableFuture.CompletedFuture(1), g, _ => throw s_boom);
        (firstWins ? f : g).CompleteExceptionally(s_boom);
        (firstWins ? g : f).Complete(1);
        FutureAssert.FailedWithCause(h, s_boom);
        FutureAssert.FailedWithCause(thrower, s_boom);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void AcceptEither_BothCompletedBefore_TakesThisStagesValue(StageMode mode, bool unused)
    {
        _ = unused;
        var stages = new Stages(mode);
        var seen = 0;
        var h = stages.AcceptEither(CompletableFuture.CompletedFuture(1), CompletableFuture.CompletedFuture(2), x => seen = x);
        Assert.Null(FutureAssert.Value(h));
        Assert.Equal(1, seen);
        stages.AssertExecutorUsed(1);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void AcceptEither_OneCompletesLater_RunsTheActionOnceAndLeavesNoLiveDependentOnTheOther(StageMode mode, bool firstWins)
    {
        var stages = new Stages(mode);
        var f = new CompletableFuture<int>();
        var g = new CompletableFuture<int>();
        var calls = 0;
        var h = stages.AcceptEither(f, g, _ => Interlocked.Increment(ref calls));
        Assert.Equal(1, f.GetNumberOfDependents());
        Assert.Equal(1, g.GetNumberOfDependents());
        (firstWins ? f : g).Complete(1);
        FutureAssert.Value(h);
        (firstWins ? g : f).Complete(2);
        Assert.Equal(1, calls);
        Assert.Equal(0, f.GetNumberOfDependents());
        Assert.Equal(0, g.GetNumberOfDependents());
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void RunAfterEither_FirstCompletes_RunsTheAction(StageMode mode, bool firstWins)
    {
        var stages = new Stages(mode);
        var f = new CompletableFuture<int>();
        var g = new CompletableFuture<string>();
        var calls = 0;
        var h = stages.RunAfterEither(f, g, () => Interlocked.Increment(ref calls));
        var thrower = stages.RunAfterEither(f, g, () => throw s_boom);
        if (firstWins)
        {
            f.Complete(1);
        }
        else
        {
            g.Complete("x");
        }

        Assert.Null(FutureAssert.Value(h));
        FutureAssert.FailedWithCause(thrower, s_boom);
        Assert.Equal(1, calls);
        stages.AssertExecutorUsed(2);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void RunAfterEither_FirstFails_FailsWithoutRunning(StageMode mode, bool firstWins)
    {
        var stages = new Stages(mode);
        var f = new CompletableFuture<int>();
        var g = new CompletableFuture<int>();
        var calls = 0;
        var h = stages.RunAfterEither(f, g, () => calls++);
        (firstWins ? f : g).CompleteExceptionally(s_boom);
        FutureAssert.FailedWithCause(h, s_boom);
        Assert.Equal(0, calls);
    }
}
