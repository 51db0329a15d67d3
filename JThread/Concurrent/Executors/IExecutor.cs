namespace JThreading.Concurrent;

/// <summary>Runs submitted commands.</summary>
/// <remarks>Java's <c>java.util.concurrent.Executor</c>.</remarks>
public interface IExecutor
{
    /// <summary>Runs <paramref name="command"/> at some time in the future, on a thread the executor chooses.</summary>
    /// <param name="command">The command.</param>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> is <see langword="null"/>.</exception>
    /// <exception cref="RejectedExecutionException">The executor does not accept the command.</exception>
    /// <remarks>Java's <c>execute(Runnable)</c>.</remarks>
    void Execute(Action command);
}
