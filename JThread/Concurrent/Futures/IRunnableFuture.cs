namespace JThreading.Concurrent;

/// <summary>A future that is its own task: running it completes it.</summary>
/// <typeparam name="T">The result's type.</typeparam>
/// <remarks>
/// Java's <c>java.util.concurrent.RunnableFuture&lt;V&gt;</c>; <see cref="FutureTask{T}"/> implements it, and
/// <see cref="AbstractExecutorService"/>'s <c>NewTaskFor</c> returns it.
/// </remarks>
public interface IRunnableFuture<T> : IFuture<T>
{
    /// <summary>Runs the task and completes the future, unless it was cancelled.</summary>
    /// <remarks>Java's <c>run()</c>.</remarks>
    void Run();
}

/// <summary>A future that is its own task: Java's <c>RunnableFuture</c>, as the executors queue it.</summary>
internal interface IRunnableFuture : IFuture
{
    /// <summary>The delegate that runs the task; its <see cref="Delegate.Target"/> is the future.</summary>
    Action RunAction { get; }
}
