namespace JThreading.Concurrent;

/// <summary>A fork/join task without a result: override <see cref="Compute"/>, which forks and joins subtasks.</summary>
/// <remarks>
/// Java's <c>java.util.concurrent.RecursiveAction</c>, a <c>ForkJoinTask&lt;Void&gt;</c>: here a
/// <see cref="ForkJoinTask{V}"/> of <see cref="object"/> whose result is always <see langword="null"/>.
/// </remarks>
public abstract class RecursiveAction : ForkJoinTask<object?>
{
    /// <summary>For subclasses.</summary>
    /// <remarks>Java's <c>RecursiveAction()</c>.</remarks>
    protected RecursiveAction()
    {
    }

    /// <inheritdoc />
    /// <remarks>Always <see langword="null"/>, as Java's.</remarks>
    public sealed override object? GetRawResult() => null;

    /// <summary>The task's computation.</summary>
    /// <remarks>Java's <c>compute()</c>.</remarks>
    protected abstract void Compute();

    /// <inheritdoc />
    /// <remarks>Ignores <paramref name="value"/>, as Java's.</remarks>
    protected sealed override void SetRawResult(object? value)
    {
    }

    /// <inheritdoc />
    /// <remarks>Java's <c>exec()</c>: runs <see cref="Compute"/>.</remarks>
    protected sealed override bool Exec()
    {
        Compute();
        return true;
    }
}
