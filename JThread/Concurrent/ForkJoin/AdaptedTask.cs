namespace JThreading.Concurrent;

/// <summary>
/// A delegate as a fork/join task: Java's <c>AdaptedRunnable</c> and <c>AdaptedCallable</c>. When
/// <paramref name="dispatchUncaught"/> is set (Java's <c>RunnableExecuteAction</c>, what <c>Execute(Action)</c> queues),
/// an exception also goes to the worker's uncaught-exception handler, since nobody can join the task.
/// </summary>
internal sealed class AdaptedTask<V>(Delegate submitted, Func<V> callable, bool dispatchUncaught = false) : ForkJoinTask<V>
{
    private V _result = default!;

    /// <summary>The delegate the caller submitted, for <see cref="JavaText.Task"/> and tests.</summary>
    internal Delegate Submitted => submitted;

    public override V GetRawResult() => _result;

    protected override void SetRawResult(V value) => _result = value;

    protected override bool Exec()
    {
        try
        {
            _result = callable();
        }
        catch (Exception exception) when (dispatchUncaught)
        {
            TrySetException(exception);
            JThread.CurrentThread().DispatchUncaughtException(exception);
        }

        return true;
    }
}
