using JThreading.Concurrent;

namespace JThreading.Tests.Concurrent;

/// <summary>CompletableFuture and .NET tasks: AsTask for await, ToCompletableFuture for the other way.</summary>
public sealed class CompletableFutureTaskTests
{
    private static readonly InvalidOperationException s_boom = new("boom");

    [Fact]
    public async Task AsTask_CompletedLater_TaskGetsTheValue()
    {
        var f = new CompletableFuture<int>();
        var task = f.AsTask();
        Assert.False(task.IsCompleted);
        f.Complete(3);
        Assert.Equal(3, await task.WaitAsync(TestTimeouts.UnexpectedTimeout, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task AsTask_FailedDependent_FaultsWithTheCauseUnwrapped()
    {
        var f = new CompletableFuture<int>();
        var task = f.ThenApply(x => x).AsTask();
        f.CompleteExceptionally(s_boom);
        Assert.Same(s_boom, await Assert.ThrowsAsync<InvalidOperationException>(() => task.WaitAsync(TestTimeouts.UnexpectedTimeout, TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task AsTask_Cancelled_TaskIsCancelled()
    {
        var f = new CompletableFuture<int>();
        f.Cancel(false);
        var task = f.AsTask();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => task.WaitAsync(TestTimeouts.UnexpectedTimeout, TestContext.Current.CancellationToken));
        Assert.True(task.IsCanceled);
    }

    [Fact]
    public async Task AsTask_ContinuationOfTheTask_DoesNotRunInsideComplete()
    {
        // Not inline in Complete, even with ExecuteSynchronously: it is queued. The same pool thread may run it later,
        // once this test awaits, so the test records whether Complete was still on the stack, not which thread ran it.
        var f = new CompletableFuture<int>();
        var completing = 0;
        var continuation = f.AsTask().ContinueWith(
            _ => Volatile.Read(ref completing), TestContext.Current.CancellationToken, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        Volatile.Write(ref completing, 1);
        f.Complete(1);
        Volatile.Write(ref completing, 0);
        Assert.Equal(0, await continuation.WaitAsync(TestTimeouts.UnexpectedTimeout, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ToCompletableFuture_TaskOfT_CompletesWithTheResultOrFailure()
    {
        var source = new TaskCompletionSource<int>();
        var f = source.Task.ToCompletableFuture();
        Assert.False(f.IsDone());
        source.SetResult(4);
        Assert.Equal(4, FutureAssert.Value(f));
        FutureAssert.FailedWithCause(Task.FromException<int>(s_boom).ToCompletableFuture(), s_boom);
        var cancelled = Task.FromCanceled<int>(new CancellationToken(true)).ToCompletableFuture();
        Assert.True(cancelled.IsCancelled());
        Assert.Equal(5, await Task.Run(() => 5, TestContext.Current.CancellationToken).ToCompletableFuture().AsTask().WaitAsync(TestTimeouts.UnexpectedTimeout, TestContext.Current.CancellationToken));
    }

    [Fact]
    public void ToCompletableFuture_PlainTask_CompletesWithNullOrFailure()
    {
        Assert.Null(FutureAssert.Value(Task.CompletedTask.ToCompletableFuture()));
        var failed = Task.FromException(s_boom).ToCompletableFuture();
        Assert.Same(s_boom, Assert.Throws<ExecutionException>(() => failed.Get()).InnerException);
        Assert.Throws<ArgumentNullException>(() => ((Task)null!).ToCompletableFuture());
    }
}
