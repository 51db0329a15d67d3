namespace JThreading.Concurrent;

/// <summary>A future that is its own task: Java's <c>RunnableFuture</c>, as the executors queue it.</summary>
internal interface IRunnableFuture : IFuture
{
    /// <summary>The delegate that runs the task; its <see cref="Delegate.Target"/> is the future.</summary>
    Action RunAction { get; }
}
