namespace JThreading;

/// <summary>
/// A per-thread value that a new <see cref="JThread"/> inherits from the thread that constructs it.
/// </summary>
/// <typeparam name="T">The type of the value.</typeparam>
/// <remarks>
/// <para>
/// Java's <c>java.lang.InheritableThreadLocal</c>, which .NET lacks: <see cref="ThreadLocal{T}"/> values are never
/// inherited, and <see cref="AsyncLocal{T}"/> values flow with the execution context rather than with thread creation.
/// </para>
/// <para>
/// Values are copied when the child is constructed, not when it starts: <see cref="ChildValue(T)"/> runs in the
/// parent for every value it holds at that moment, and later changes in the parent never reach the child. A thread
/// constructed with <c>inheritInheritableThreadLocals: false</c> starts from <see cref="InitialValue"/>. Works on
/// every thread, the main thread and adopted threads included; the values of an ended thread (an adopted one too,
/// once its .NET thread has ended) are released.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var user = new InheritableThreadLocal&lt;string&gt;();
/// user.Set("alice");
/// var child = new JThread(() => Console.WriteLine(user.Get())); // prints "alice"
/// child.Start();
/// </code>
/// </example>
public class InheritableThreadLocal<T> : IInheritableThreadLocal
{
    /// <summary>Creates a thread-local whose initial value is <see cref="InitialValue"/>.</summary>
    public InheritableThreadLocal()
    {
    }

    /// <summary>Creates a thread-local whose initial value comes from <paramref name="initial"/>.</summary>
    /// <param name="initial">Called on a thread's first <see cref="Get"/> (and after <see cref="Remove"/>).</param>
    /// <returns>The new thread-local.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="initial"/> is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>ThreadLocal.withInitial</c>, for an inheritable thread-local.</remarks>
    public static InheritableThreadLocal<T> WithInitial(Func<T> initial)
    {
        ArgumentNullException.ThrowIfNull(initial);
        return new SuppliedInheritableThreadLocal(initial);
    }

    /// <summary>The current thread's value, set from <see cref="InitialValue"/> on the first call.</summary>
    /// <returns>The value.</returns>
    public T Get()
    {
        var values = JThread.CurrentThread().InheritableValuesForWrite();
        if (values.TryGet(this, out var value))
        {
            return (T)value!;
        }

        var initial = InitialValue();
        values.Set(this, initial);
        return initial;
    }

    /// <summary>Sets the current thread's value.</summary>
    /// <param name="value">The value.</param>
    public void Set(T value) => JThread.CurrentThread().InheritableValuesForWrite().Set(this, value);

    /// <summary>Removes the current thread's value; the next <see cref="Get"/> calls <see cref="InitialValue"/> again.</summary>
    public void Remove() => JThread.CurrentThread().InheritableValuesOrNull()?.Remove(this);

    /// <summary>The value a thread sees before it sets one.</summary>
    /// <returns><see langword="default"/> unless overridden.</returns>
    protected virtual T InitialValue() => default!;

    /// <summary>The child's value, computed from the parent's when the child thread is constructed.</summary>
    /// <param name="parentValue">The parent's value.</param>
    /// <returns><paramref name="parentValue"/> unless overridden.</returns>
    /// <remarks>Runs in the parent thread, which may use its other thread-locals here.</remarks>
    protected virtual T ChildValue(T parentValue) => parentValue;

    object? IInheritableThreadLocal.ChildValueOf(object? parentValue) => ChildValue((T)parentValue!);

    private sealed class SuppliedInheritableThreadLocal(Func<T> initial) : InheritableThreadLocal<T>
    {
        protected override T InitialValue() => initial();
    }
}
