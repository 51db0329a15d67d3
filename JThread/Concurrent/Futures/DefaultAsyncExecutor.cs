namespace JThreading.Concurrent;

/// <summary>The executor of every <c>*Async</c> method of <see cref="CompletableFuture{T}"/> given none: Java's <c>ASYNC_POOL</c>.</summary>
/// <remarks>
/// As in Java: <see cref="ForkJoinPool.CommonPool"/> (daemon workers: a pending stage never keeps the process alive),
/// except when the common pool's parallelism is 1 (two processors or fewer), where every task gets a new thread,
/// Java's <c>ThreadPerTaskExecutor</c> (<c>new Thread(r).start()</c>): that thread inherits daemon status from the
/// thread that started the stage, so a pending stage started by a non-daemon thread does keep the process alive, as on
/// the JVM. The choice is made once, at first use; <c>DOTNET_PROCESSOR_COUNT</c> changes it as
/// <c>-XX:ActiveProcessorCount</c> does the JVM's.
/// </remarks>
internal static class DefaultAsyncExecutor
{
    private static readonly Lazy<IExecutor> s_instance = new(
        static () => ForkJoinPool.GetCommonPoolParallelism() > 1 ? ForkJoinPool.CommonPool() : new ThreadPerTask());

    internal static IExecutor Instance => s_instance.Value;

    private sealed class ThreadPerTask : IExecutor
    {
        public void Execute(Action command)
        {
            ArgumentNullException.ThrowIfNull(command);
            new JThread(command).Start();
        }

        public override string ToString() => ObjectIdentity.Describe(this);
    }
}
