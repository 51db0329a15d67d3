namespace JThreading.Concurrent;

/// <summary>Turns a .NET <see cref="Task"/> into a <see cref="CompletableFuture{T}"/>, the other way of <see cref="CompletableFuture{T}.AsTask"/>.</summary>
/// <remarks>No Java counterpart: how async/await code meets code ported from Java.</remarks>
public static class CompletableFutureTaskExtensions
{
    /// <summary>A future that completes as <paramref name="task"/> does.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="task">The task.</param>
    /// <returns>
    /// The future: completed with the task's result; cancelled if the task was; failed with the task's exception (its
    /// only inner exception, or the <see cref="AggregateException"/> if there are several) if it faulted.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="task"/> is <see langword="null"/>.</exception>
    public static CompletableFuture<T> ToCompletableFuture<T>(this Task<T> task)
    {
        ArgumentNullException.ThrowIfNull(task);
        var future = new CompletableFuture<T>();
        task.ContinueWith(
            static (t, state) =>
            {
                var f = (CompletableFuture<T>)state!;
                if (t.IsCanceled)
                {
                    f.Cancel(false);
                }
                else if (t.Exception is { } aggregate)
                {
                    f.CompleteExceptionally(aggregate.InnerExceptions.Count == 1 ? aggregate.InnerExceptions[0] : aggregate);
                }
                else
                {
                    f.Complete(t.Result);
                }
            },
            future,
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
        return future;
    }

    /// <summary>A future that completes with <see langword="null"/> as <paramref name="task"/> completes.</summary>
    /// <param name="task">The task.</param>
    /// <returns>The future; cancelled or failed as <see cref="ToCompletableFuture{T}(Task{T})"/> describes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="task"/> is <see langword="null"/>.</exception>
    public static CompletableFuture<object?> ToCompletableFuture(this Task task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return task.ContinueWith(
            static t =>
            {
                t.GetAwaiter().GetResult();
                return (object?)null;
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default).ToCompletableFuture();
    }
}
