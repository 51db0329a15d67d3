using JThreading.Concurrent;

namespace JThreading.Tests.Concurrent;

/// <summary>
/// CompletableFuture under interleavings: completion racing dependent registration, two completers, timeouts racing
/// completion, and a chain of 100,000 stages completed at the end without deepening the stack.
/// </summary>
public sealed class CompletableFutureRaceTests
{
    private const int Rounds = 2_000;

    [Fact]
    public void Complete_RacingDependentRegistration_EveryDependentRunsExactlyOnce()
    {
        for (var round = 0; round < Rounds; round++)
        {
            var f = new CompletableFuture<int>();
            var g = new CompletableFuture<int>();
            var runs = 0;
            CompletableFuture<int>? applied = null;
            CompletableFuture<int>? combined = null;
            CompletableFuture<object?>? either = null;
            using var start = new Barrier(2);
            var registrar = CheckedThread.Start(() =>
            {
                start.SignalAndWait(TestContext.Current.CancellationToken);
                applied = f.ThenApply(x => { Interlocked.Increment(ref runs); return x + 1; });
                combined = f.ThenCombine(g, (x, y) => { Interlocked.Increment(ref runs); return x + y; });
                either = f.AcceptEither(g, _ => Interlocked.Increment(ref runs));
            });
            start.SignalAndWait(TestContext.Current.CancellationToken);
            f.Complete(1);
            g.Complete(2);
            registrar.Join();
            Assert.Equal(2, applied!.Join());
            Assert.Equal(3, combined!.Join());
            Assert.Null(either!.Join());
            Assert.Equal(3, runs);
        }
    }

    [Fact]
    public void CompleteAndCompleteExceptionally_Racing_ExactlyOneWinsAndEveryoneSeesIt()
    {
        var boom = new InvalidOperationException("boom");
        for (var round = 0; round < Rounds; round++)
        {
            var f = new CompletableFuture<int>();
            var dependent = f.ThenApply(x => x);
            var exceptionalWon = false;
            using var start = new Barrier(2);
            var other = CheckedThread.Start(() =>
            {
                start.SignalAndWait(TestContext.Current.CancellationToken);
                exceptionalWon = f.CompleteExceptionally(boom);
            });
            start.SignalAndWait(TestContext.Current.CancellationToken);
            var normalWon = f.Complete(1);
            other.Join();
            Assert.True(normalWon ^ exceptionalWon);
            if (normalWon)
            {
                Assert.Equal(1, dependent.Join());
            }
            else
            {
                FutureAssert.FailedWithCause(dependent, boom);
            }
        }
    }

    [Fact]
    public void OrTimeout_RacingCompletion_EndsWithOneOfTheTwo()
    {
        var values = 0;
        var timeouts = 0;
        for (var round = 0; round < 200; round++)
        {
            var f = new CompletableFuture<int>();
            f.OrTimeout(1, TimeUnit.Milliseconds);
            var completer = CheckedThread.Start(() =>
            {
                JThread.Sleep(round % 3);
                f.Complete(1);
            });
            completer.Join();
            try
            {
                Assert.Equal(1, f.Join());
                values++;
            }
            catch (CompletionException e) when (e.InnerException is TimeoutException)
            {
                timeouts++;
            }
        }

        Assert.Equal(200, values + timeouts);
    }

    [Fact]
    public void Chain_OneHundredThousandStagesCompletedAtTheEnd_CompletesWithoutStackOverflow()
    {
        const int Length = 100_000;
        var head = new CompletableFuture<int>();
        var tail = head;
        for (var i = 0; i < Length; i++)
        {
            tail = tail.ThenApply(x => x + 1);
        }

        head.Complete(0);
        Assert.Equal(Length, tail.Join());
    }

    [Fact]
    public void Chain_OneHundredThousandComposedStages_CompletesWithoutStackOverflow()
    {
        const int Length = 100_000;
        var head = new CompletableFuture<int>();
        var tail = head;
        for (var i = 0; i < Length; i++)
        {
            tail = tail.ThenCompose(x => CompletableFuture.CompletedFuture(x + 1)).WhenComplete((_, _) => { });
        }

        head.Complete(0);
        Assert.Equal(Length, tail.Join());
    }

    [Fact]
    public void ManyDependentsOfOneFuture_CompletedFromTwoThreads_EachRunsOnce()
    {
        var f = new CompletableFuture<int>();
        var runs = 0;
        var dependents = Enumerable.Range(0, 10_000).Select(_ => f.ThenRun(() => Interlocked.Increment(ref runs))).ToArray();
        var other = CheckedThread.Start(() => f.Complete(1));
        f.Complete(2);
        other.Join();
        Assert.True(CompletableFuture.AllOf(dependents).IsDone());
        Assert.Equal(10_000, runs);
    }
}
