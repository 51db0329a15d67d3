namespace JThreading.Concurrent;

/// <summary>
/// An <see cref="IThreadFactory"/> over a lambda, for the overloads that take <c>Func&lt;Action, JThread&gt;</c>
/// where Java code passes <c>r -&gt; new Thread(r)</c> as its <c>ThreadFactory</c>.
/// </summary>
/// <remarks>
/// The lambda's result is passed on as it is: a lambda that returns <see langword="null"/> refuses the thread, and a
/// pool then treats the worker as not added, as Java's does with a factory that returns <c>null</c>.
/// </remarks>
internal sealed class DelegateThreadFactory : IThreadFactory
{
    private readonly Func<Action, JThread> _newThread;

    private DelegateThreadFactory(Func<Action, JThread> newThread) => _newThread = newThread;

    /// <summary>The factory for <paramref name="newThread"/>, which must not be <see langword="null"/>.</summary>
    internal static IThreadFactory From(Func<Action, JThread> newThread, string paramName)
    {
        ArgumentNullException.ThrowIfNull(newThread, paramName);
        return new DelegateThreadFactory(newThread);
    }

    public JThread NewThread(Action task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return _newThread(task);
    }
}
