namespace JThreading.Concurrent;

/// <summary>A fork/join task with a result: override <see cref="Compute"/>, which forks and joins subtasks.</summary>
/// <typeparam name="V">The result's type.</typeparam>
/// <remarks>Java's <c>java.util.concurrent.RecursiveTask&lt;V&gt;</c>.</remarks>
/// <example>
/// <code>
/// sealed class Fibonacci(int n) : RecursiveTask&lt;int&gt;
/// {
///     protected override int Compute()
///     {
///         if (n &lt;= 1) return n;
///         var f1 = new Fibonacci(n - 1);
///         f1.Fork();
///         return new Fibonacci(n - 2).Compute() + f1.Join();
///     }
/// }
/// </code>
/// </example>
public abstract class RecursiveTask<V> : ForkJoinTask<V>
{
    private V _result = default!;

    /// <summary>For subclasses.</summary>
    /// <remarks>Java's <c>RecursiveTask()</c>.</remarks>
    protected RecursiveTask()
    {
    }

    /// <inheritdoc />
    public sealed override V GetRawResult() => _result;

    /// <summary>The task's computation.</summary>
    /// <returns>The result.</returns>
    /// <remarks>Java's <c>compute()</c>.</remarks>
    protected abstract V Compute();

    /// <inheritdoc />
    protected sealed override void SetRawResult(V value) => _result = value;

    /// <inheritdoc />
    /// <remarks>Java's <c>exec()</c>: stores what <see cref="Compute"/> returns.</remarks>
    protected sealed override bool Exec()
    {
        _result = Compute();
        return true;
    }
}
