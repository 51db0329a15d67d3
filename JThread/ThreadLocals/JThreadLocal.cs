namespace JThreading;

/// <summary>A value of which each thread has its own copy: Java's <c>ThreadLocal</c>.</summary>
/// <typeparam name="T">The type of the value.</typeparam>
/// <remarks>
/// <para>
/// Java's <c>java.lang.ThreadLocal</c>, named with a J because <see cref="ThreadLocal{T}"/> is .NET's (imported
/// implicitly). A thread's first <see cref="Get"/> calls <see cref="InitialValue"/> (override it, or use
/// <see cref="WithInitial"/>), and so does the first <see cref="Get"/> after <see cref="Remove"/>. Works on every
/// thread: JThreads, the main thread and threads JThread did not create (thread-pool threads, raw
/// <see cref="Thread"/>s).
/// </para>
/// <para>
/// As in Java, the values of a thread are keyed weakly by their thread-local: one that nobody references any more
/// drops out with its value, even while the thread lives on. A thread's values are dropped when it ends (for a
/// thread JThread did not create, when its .NET thread ends). Unlike Java's map, a value that refers to its own
/// thread-local does not keep either alive. <see cref="InheritableThreadLocal{T}"/> derives from this class; a plain
/// <see cref="JThreadLocal{T}"/> is never copied into a child thread.
/// </para>
/// <para>
/// Differences from .NET's <see cref="ThreadLocal{T}"/>: no <see cref="IDisposable"/> (nothing to release by hand),
/// <see cref="InitialValue"/> runs again after <see cref="Remove"/>, and an exception from it propagates from each
/// <see cref="Get"/> that calls it instead of being cached.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// private static readonly JThreadLocal&lt;StringBuilder&gt; s_buffer = JThreadLocal&lt;StringBuilder&gt;.WithInitial(() => new StringBuilder());
///
/// s_buffer.Get().Clear().Append(line);   // each thread its own builder
/// </code>
/// </example>
public class JThreadLocal<T>
{
    /// <summary>Creates a thread-local whose initial value is <see cref="InitialValue"/>.</summary>
    /// <remarks>Java's <c>ThreadLocal()</c>.</remarks>
    public JThreadLocal()
    {
    }

    /// <summary>Creates a thread-local whose initial value comes from <paramref name="supplier"/>.</summary>
    /// <param name="supplier">Called on a thread's first <see cref="Get"/> (and its first after <see cref="Remove"/>).</param>
    /// <returns>The new thread-local.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="supplier"/> is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>ThreadLocal.withInitial(Supplier)</c>.</remarks>
    public static JThreadLocal<T> WithInitial(Func<T> supplier)
    {
        ArgumentNullException.ThrowIfNull(supplier);
        return new SuppliedThreadLocal(supplier);
    }

    /// <summary>The current thread's value, set from <see cref="InitialValue"/> on the thread's first call.</summary>
    /// <returns>The value.</returns>
    /// <remarks>
    /// Java's <c>get()</c>. The value <see cref="InitialValue"/> returns is stored, even if it called
    /// <see cref="Set"/> meanwhile, as in Java; an exception from it propagates and stores nothing.
    /// </remarks>
    public T Get()
    {
        var thread = JThread.CurrentThread();
        if (ValuesOrNull(thread) is { } values && values.TryGet(this, out var value))
        {
            return (T)value!;
        }

        var initial = InitialValue();
        ValuesForWrite(thread).Set(this, initial);
        return initial;
    }

    /// <summary>Sets the current thread's value.</summary>
    /// <param name="value">The value.</param>
    /// <remarks>Java's <c>set(T)</c>.</remarks>
    public void Set(T value) => ValuesForWrite(JThread.CurrentThread()).Set(this, value);

    /// <summary>Removes the current thread's value; its next <see cref="Get"/> calls <see cref="InitialValue"/> again.</summary>
    /// <remarks>Java's <c>remove()</c>.</remarks>
    public void Remove() => ValuesOrNull(JThread.CurrentThread())?.Remove(this);

    /// <summary>The value a thread sees before it sets one.</summary>
    /// <returns><see langword="default"/> unless overridden.</returns>
    /// <remarks>Java's <c>initialValue()</c>: called on the thread's first <see cref="Get"/> without a value.</remarks>
    protected virtual T InitialValue() => default!;

    /// <summary>The map this kind of thread-local keeps its values in: Java's <c>getMap</c>.</summary>
    internal virtual ThreadLocalValues? ValuesOrNull(JThread thread) => thread.ThreadLocalValuesOrNull();

    /// <summary>The map, created on first use: Java's <c>createMap</c>.</summary>
    internal virtual ThreadLocalValues ValuesForWrite(JThread thread) => thread.ThreadLocalValuesForWrite();

    private sealed class SuppliedThreadLocal(Func<T> supplier) : JThreadLocal<T>
    {
        protected override T InitialValue() => supplier();
    }
}
