namespace JThreading.Concurrent.Atomic;

/// <summary>A <see cref="bool"/> read and written atomically, without a lock.</summary>
/// <remarks>
/// Java's <c>java.util.concurrent.atomic.AtomicBoolean</c>, held as an <see cref="int"/> (0 or 1) so that every
/// operation is one interlocked instruction. <see cref="Get"/> and <see cref="Set"/> are Java's volatile accesses
/// (<see cref="Set"/> is a full fence); plain accessors are plain field accesses, opaque, acquire and release ones use
/// <see cref="Volatile"/>. <see cref="ToString"/> gives Java's <c>true</c> and <c>false</c>, not .NET's
/// <c>True</c> and <c>False</c>.
/// </remarks>
/// <example>
/// <code>
/// var started = new AtomicBoolean();
/// if (started.CompareAndSet(false, true)) { StartOnce(); }
/// </code>
/// </example>
public sealed class AtomicBoolean
{
    private int _value;

    /// <summary>Creates an atomic boolean holding <paramref name="initialValue"/>.</summary>
    /// <param name="initialValue">The initial value; <see langword="false"/> by default.</param>
    /// <remarks>Java's <c>AtomicBoolean()</c> and <c>AtomicBoolean(boolean)</c>.</remarks>
    public AtomicBoolean(bool initialValue = false) => _value = ToInt(initialValue);

    /// <summary>Reads the value with Java's volatile semantics.</summary>
    /// <returns>The current value.</returns>
    /// <remarks>Java's <c>get()</c>.</remarks>
    public bool Get() => Volatile.Read(ref _value) != 0;

    /// <summary>Writes the value with Java's volatile (sequentially consistent) semantics.</summary>
    /// <param name="newValue">The new value.</param>
    /// <remarks>Java's <c>set(boolean)</c>; a full fence, as a Java volatile write.</remarks>
    public void Set(bool newValue) => Interlocked.Exchange(ref _value, ToInt(newValue));

    /// <summary>Writes the value with release semantics only.</summary>
    /// <param name="newValue">The new value.</param>
    /// <remarks>Java's <c>lazySet(boolean)</c>, which is <c>setRelease</c>.</remarks>
    public void LazySet(bool newValue) => Volatile.Write(ref _value, ToInt(newValue));

    /// <summary>Sets the value and returns the old one, atomically.</summary>
    /// <param name="newValue">The new value.</param>
    /// <returns>The previous value.</returns>
    /// <remarks>Java's <c>getAndSet(boolean)</c>.</remarks>
    public bool GetAndSet(bool newValue) => Interlocked.Exchange(ref _value, ToInt(newValue)) != 0;

    /// <summary>Sets the value to <paramref name="newValue"/> if it is <paramref name="expectedValue"/>, atomically.</summary>
    /// <param name="expectedValue">The value expected.</param>
    /// <param name="newValue">The new value.</param>
    /// <returns><see langword="true"/> if the value was <paramref name="expectedValue"/> and is now <paramref name="newValue"/>.</returns>
    /// <remarks>Java's <c>compareAndSet(boolean, boolean)</c>.</remarks>
    public bool CompareAndSet(bool expectedValue, bool newValue) =>
        Interlocked.CompareExchange(ref _value, ToInt(newValue), ToInt(expectedValue)) == ToInt(expectedValue);

    /// <summary>Sets the value to <paramref name="newValue"/> if it is <paramref name="expectedValue"/>, atomically.</summary>
    /// <param name="expectedValue">The value expected.</param>
    /// <param name="newValue">The new value.</param>
    /// <returns>The value found, which equals <paramref name="expectedValue"/> when the exchange happened.</returns>
    /// <remarks>Java's <c>compareAndExchange(boolean, boolean)</c>.</remarks>
    public bool CompareAndExchange(bool expectedValue, bool newValue) =>
        Interlocked.CompareExchange(ref _value, ToInt(newValue), ToInt(expectedValue)) != 0;

    /// <summary>As <see cref="CompareAndExchange"/>; Java's acquire-only form, which .NET has no cheaper form of.</summary>
    /// <param name="expectedValue">The value expected.</param>
    /// <param name="newValue">The new value.</param>
    /// <returns>The value found.</returns>
    /// <remarks>Java's <c>compareAndExchangeAcquire(boolean, boolean)</c>; here a full fence.</remarks>
    public bool CompareAndExchangeAcquire(bool expectedValue, bool newValue) => CompareAndExchange(expectedValue, newValue);

    /// <summary>As <see cref="CompareAndExchange"/>; Java's release-only form, which .NET has no cheaper form of.</summary>
    /// <param name="expectedValue">The value expected.</param>
    /// <param name="newValue">The new value.</param>
    /// <returns>The value found.</returns>
    /// <remarks>Java's <c>compareAndExchangeRelease(boolean, boolean)</c>; here a full fence.</remarks>
    public bool CompareAndExchangeRelease(bool expectedValue, bool newValue) => CompareAndExchange(expectedValue, newValue);

    /// <summary>As <see cref="CompareAndSet"/>; Java allows this one to fail spuriously, it never does here.</summary>
    /// <param name="expectedValue">The value expected.</param>
    /// <param name="newValue">The new value.</param>
    /// <returns><see langword="true"/> if the value was set.</returns>
    /// <remarks>Java's <c>weakCompareAndSetPlain(boolean, boolean)</c>; here a full fence.</remarks>
    public bool WeakCompareAndSetPlain(bool expectedValue, bool newValue) => CompareAndSet(expectedValue, newValue);

    /// <summary>As <see cref="CompareAndSet"/>; Java allows this one to fail spuriously, it never does here.</summary>
    /// <param name="expectedValue">The value expected.</param>
    /// <param name="newValue">The new value.</param>
    /// <returns><see langword="true"/> if the value was set.</returns>
    /// <remarks>Java's <c>weakCompareAndSetVolatile(boolean, boolean)</c> (and the deprecated <c>weakCompareAndSet</c>).</remarks>
    public bool WeakCompareAndSetVolatile(bool expectedValue, bool newValue) => CompareAndSet(expectedValue, newValue);

    /// <summary>As <see cref="CompareAndSet"/>; Java allows this one to fail spuriously, it never does here.</summary>
    /// <param name="expectedValue">The value expected.</param>
    /// <param name="newValue">The new value.</param>
    /// <returns><see langword="true"/> if the value was set.</returns>
    /// <remarks>Java's <c>weakCompareAndSetAcquire(boolean, boolean)</c>; here a full fence.</remarks>
    public bool WeakCompareAndSetAcquire(bool expectedValue, bool newValue) => CompareAndSet(expectedValue, newValue);

    /// <summary>As <see cref="CompareAndSet"/>; Java allows this one to fail spuriously, it never does here.</summary>
    /// <param name="expectedValue">The value expected.</param>
    /// <param name="newValue">The new value.</param>
    /// <returns><see langword="true"/> if the value was set.</returns>
    /// <remarks>Java's <c>weakCompareAndSetRelease(boolean, boolean)</c>; here a full fence.</remarks>
    public bool WeakCompareAndSetRelease(bool expectedValue, bool newValue) => CompareAndSet(expectedValue, newValue);

    /// <summary>Reads the value as a plain field, with no ordering.</summary>
    /// <returns>The value.</returns>
    /// <remarks>Java's <c>getPlain()</c>.</remarks>
    public bool GetPlain() => _value != 0;

    /// <summary>Writes the value as a plain field, with no ordering.</summary>
    /// <param name="newValue">The new value.</param>
    /// <remarks>Java's <c>setPlain(boolean)</c>.</remarks>
    public void SetPlain(bool newValue) => _value = ToInt(newValue);

    /// <summary>Reads the value so that it is never cached in a register.</summary>
    /// <returns>The value.</returns>
    /// <remarks>Java's <c>getOpaque()</c>; here a volatile read.</remarks>
    public bool GetOpaque() => Volatile.Read(ref _value) != 0;

    /// <summary>Writes the value so that it is never cached in a register.</summary>
    /// <param name="newValue">The new value.</param>
    /// <remarks>Java's <c>setOpaque(boolean)</c>; here a volatile write.</remarks>
    public void SetOpaque(bool newValue) => Volatile.Write(ref _value, ToInt(newValue));

    /// <summary>Reads the value with acquire semantics.</summary>
    /// <returns>The value.</returns>
    /// <remarks>Java's <c>getAcquire()</c>.</remarks>
    public bool GetAcquire() => Volatile.Read(ref _value) != 0;

    /// <summary>Writes the value with release semantics.</summary>
    /// <param name="newValue">The new value.</param>
    /// <remarks>Java's <c>setRelease(boolean)</c>.</remarks>
    public void SetRelease(bool newValue) => Volatile.Write(ref _value, ToInt(newValue));

    /// <summary>The value as Java writes a boolean: <c>true</c> or <c>false</c>.</summary>
    /// <returns><c>"true"</c> or <c>"false"</c>.</returns>
    /// <remarks>Java's <c>toString()</c>.</remarks>
    public override string ToString() => Get() ? "true" : "false";

    private static int ToInt(bool value) => value ? 1 : 0;
}
