namespace JThreading.Concurrent;

/// <summary>The executor of every <c>*Async</c> method of <see cref="CompletableFuture{T}"/> given none: Java's <c>ASYNC_POOL</c>.</summary>
/// <remarks>
/// Java uses <c>ForkJoinPool.commonPool()</c>, or a new thread per task when the common pool's parallelism is 1. Until
/// the common pool exists here this is the latter, with daemon threads (as the common pool's workers are), so a pending
/// stage never keeps the process alive. The seam is kept internal so that it can point at
/// <c>ForkJoinPool.CommonPool()</c> later without changing the public surface.
/// </remarks>
internal static class DefaultAsyncExecutor
{
    internal static IExecutor Instance { get; } = new ThreadPerTask();

    private sealed class ThreadPerTask : IExecutor
    {
        private static readonly IThreadFactory s_factory = JThread.OfPlatform().Name("CompletableFuture-async-", 1).Daemon().Factory();

        public void Execute(Action command)
        {
            ArgumentNullException.ThrowIfNull(command);
            s_factory.NewThread(command).Start();
        }

        public override string ToString() => ObjectIdentity.Describe(this);
    }
}
