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
/// constructed with <c>inheritInheritableThreadLocals: false</c> starts from <see cref="JThreadLocal{T}.InitialValue"/>. Works on
/// every thread, the main thread and adopted threads included; the values of an ended thread (an adopted one too,
/// once its .NET thread has ended) are released.
/// </para>
/// <para>
/// Derives from <see cref="JThreadLocal{T}"/> (<see cref="JThreadLocal{T}.Get"/>, <see cref="JThreadLocal{T}.Set"/>,
/// <see cref="JThreadLocal{T}.Remove"/>, <see cref="JThreadLocal{T}.InitialValue"/>), as in Java; its values are kept apart from the plain
/// ones, and only they are copied into a child.
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
public class InheritableThreadLocal<T> : JThreadLocal<T>, IInheritableThreadLocal
{
    /// <summary>Creates a thread-local whose initial value is <see cref="JThreadLocal{T}.InitialValue"/>.</summary>
    public InheritableThreadLocal()
    {
    }

    /// <summary>Creates a thread-local whose initial value comes from <paramref name="initial"/>.</summary>
    /// <param name="initial">Called on a thread's first <see cref="JThreadLocal{T}.Get"/> (and after <see cref="JThreadLocal{T}.Remove"/>).</param>
    /// <returns>The new thread-local.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="initial"/> is <see langword="null"/>.</exception>
    /// <remarks>
    /// Java has no <c>InheritableThreadLocal.withInitial</c>: there the inherited <c>ThreadLocal.withInitial</c> makes a
    /// plain, not inheritable, thread-local. This one hides <see cref="JThreadLocal{T}.WithInitial"/> and makes an
    /// inheritable one; call <c>JThreadLocal&lt;T&gt;.WithInitial</c> for Java's plain kind.
    /// </remarks>
    public static new InheritableThreadLocal<T> WithInitial(Func<T> initial)
    {
        ArgumentNullException.ThrowIfNull(initial);
        return new SuppliedInheritableThreadLocal(initial);
    }

    internal override ThreadLocalValues? ValuesOrNull(JThread thread) => thread.InheritableValuesOrNull();

    internal override ThreadLocalValues ValuesForWrite(JThread thread) => thread.InheritableValuesForWrite();

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
