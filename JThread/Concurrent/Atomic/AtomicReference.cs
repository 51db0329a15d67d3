namespace JThreading.Concurrent.Atomic;

/// <summary>A reference read and written atomically, without a lock.</summary>
/// <typeparam name="V">The type of the object referred to.</typeparam>
/// <remarks>
/// <para>
/// Java's <c>java.util.concurrent.atomic.AtomicReference</c>. The compare operations compare references, as Java's
/// <c>==</c>, never <see cref="object.Equals(object)"/>: two equal strings that are different objects do not match.
/// <see cref="Get"/> and <see cref="Set"/> are Java's volatile accesses (<see cref="Set"/> is a full fence); plain
/// accessors are plain field accesses, opaque, acquire and release ones use <see cref="Volatile"/>.
/// </para>
/// <para><see cref="ToString"/> is the value's <see cref="object.ToString"/>, or <c>null</c> for <see langword="null"/>.</para>
/// </remarks>
/// <example>
/// <code>
/// var head = new AtomicReference&lt;Node&gt;();
/// head.UpdateAndGet(old => new Node(item, old));
/// </code>
/// </example>
public sealed class AtomicReference<V>
    where V : class?
{
    private V _value;

    /// <summary>Creates an atomic reference holding <paramref name="initialValue"/>.</summary>
    /// <param name="initialValue">The initial value; <see langword="null"/> by default.</param>
    /// <remarks>Java's <c>AtomicReference()</c> and <c>AtomicReference(V)</c>.</remarks>
    public AtomicReference(V initialValue = null!) => _value = initialValue;

    /// <summary>Reads the value with Java's volatile semantics.</summary>
    /// <returns>The current value.</returns>
    /// <remarks>Java's <c>get()</c>.</remarks>
    public V Get() => Volatile.Read(ref _value);

    /// <summary>Writes the value with Java's volatile (sequentially consistent) semantics.</summary>
    /// <param name="newValue">The new value.</param>
    /// <remarks>Java's <c>set(V)</c>; a full fence, as a Java volatile write.</remarks>
    public void Set(V newValue) => Interlocked.Exchange(ref _value, newValue);

    /// <summary>Writes the value with release semantics only.</summary>
    /// <param name="newValue">The new value.</param>
    /// <remarks>Java's <c>lazySet(V)</c>, which is <c>setRelease</c>.</remarks>
    public void LazySet(V newValue) => Volatile.Write(ref _value, newValue);

    /// <summary>Sets the value and returns the old one, atomically.</summary>
    /// <param name="newValue">The new value.</param>
    /// <returns>The previous value.</returns>
    /// <remarks>Java's <c>getAndSet(V)</c>.</remarks>
    public V GetAndSet(V newValue) => Interlocked.Exchange(ref _value, newValue);

    /// <summary>Sets the value to <paramref name="newValue"/> if it is the very object <paramref name="expectedValue"/>, atomically.</summary>
    /// <param name="expectedValue">The reference expected.</param>
    /// <param name="newValue">The new value.</param>
    /// <returns><see langword="true"/> if the value was <paramref name="expectedValue"/> and is now <paramref name="newValue"/>.</returns>
    /// <remarks>Java's <c>compareAndSet(V, V)</c>: reference comparison.</remarks>
    public bool CompareAndSet(V expectedValue, V newValue) =>
        ReferenceEquals(Interlocked.CompareExchange(ref _value, newValue, expectedValue), expectedValue);

    /// <summary>Sets the value to <paramref name="newValue"/> if it is the very object <paramref name="expectedValue"/>, atomically.</summary>
    /// <param name="expectedValue">The reference expected.</param>
    /// <param name="newValue">The new value.</param>
    /// <returns>The value found, which is <paramref name="expectedValue"/> when the exchange happened.</returns>
    /// <remarks>Java's <c>compareAndExchange(V, V)</c>: reference comparison.</remarks>
    public V CompareAndExchange(V expectedValue, V newValue) =>
        Interlocked.CompareExchange(ref _value, newValue, expectedValue);

    /// <summary>As <see cref="CompareAndExchange"/>; Java's acquire-only form, which .NET has no cheaper form of.</summary>
    /// <param name="expectedValue">The reference expected.</param>
    /// <param name="newValue">The new value.</param>
    /// <returns>The value found.</returns>
    /// <remarks>Java's <c>compareAndExchangeAcquire(V, V)</c>; here a full fence.</remarks>
    public V CompareAndExchangeAcquire(V expectedValue, V newValue) => CompareAndExchange(expectedValue, newValue);

    /// <summary>As <see cref="CompareAndExchange"/>; Java's release-only form, which .NET has no cheaper form of.</summary>
    /// <param name="expectedValue">The reference expected.</param>
    /// <param name="newValue">The new value.</param>
    /// <returns>The value found.</returns>
    /// <remarks>Java's <c>compareAndExchangeRelease(V, V)</c>; here a full fence.</remarks>
    public V CompareAndExchangeRelease(V expectedValue, V newValue) => CompareAndExchange(expectedValue, newValue);

    /// <summary>As <see cref="CompareAndSet"/>; Java allows this one to fail spuriously, it never does here.</summary>
    /// <param name="expectedValue">The reference expected.</param>
    /// <param name="newValue">The new value.</param>
    /// <returns><see langword="true"/> if the value was set.</returns>
    /// <remarks>Java's <c>weakCompareAndSetPlain(V, V)</c>; here a full fence.</remarks>
    public bool WeakCompareAndSetPlain(V expectedValue, V newValue) => CompareAndSet(expectedValue, newValue);

    /// <summary>As <see cref="CompareAndSet"/>; Java allows this one to fail spuriously, it never does here.</summary>
    /// <param name="expectedValue">The reference expected.</param>
    /// <param name="newValue">The new value.</param>
    /// <returns><see langword="true"/> if the value was set.</returns>
    /// <remarks>Java's <c>weakCompareAndSetVolatile(V, V)</c> (and the deprecated <c>weakCompareAndSet</c>).</remarks>
    public bool WeakCompareAndSetVolatile(V expectedValue, V newValue) => CompareAndSet(expectedValue, newValue);

    /// <summary>As <see cref="CompareAndSet"/>; Java allows this one to fail spuriously, it never does here.</summary>
    /// <param name="expectedValue">The reference expected.</param>
    /// <param name="newValue">The new value.</param>
    /// <returns><see langword="true"/> if the value was set.</returns>
    /// <remarks>Java's <c>weakCompareAndSetAcquire(V, V)</c>; here a full fence.</remarks>
    public bool WeakCompareAndSetAcquire(V expectedValue, V newValue) => CompareAndSet(expectedValue, newValue);

    /// <summary>As <see cref="CompareAndSet"/>; Java allows this one to fail spuriously, it never does here.</summary>
    /// <param name="expectedValue">The reference expected.</param>
    /// <param name="newValue">The new value.</param>
    /// <returns><see langword="true"/> if the value was set.</returns>
    /// <remarks>Java's <c>weakCompareAndSetRelease(V, V)</c>; here a full fence.</remarks>
    public bool WeakCompareAndSetRelease(V expectedValue, V newValue) => CompareAndSet(expectedValue, newValue);

    /// <summary>Replaces the value with <paramref name="updateFunction"/>'s result and returns the old value.</summary>
    /// <param name="updateFunction">Maps the current value to the new one; may run more than once under contention, so it should have no side effects.</param>
    /// <returns>The previous value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="updateFunction"/> is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>getAndUpdate(UnaryOperator)</c>: a compare-and-swap loop. An exception from the function propagates and leaves the value unchanged.</remarks>
    public V GetAndUpdate(Func<V, V> updateFunction)
    {
        ArgumentNullException.ThrowIfNull(updateFunction);
        var prev = Get();
        while (true)
        {
            var found = Interlocked.CompareExchange(ref _value, updateFunction(prev), prev);
            if (ReferenceEquals(found, prev))
            {
                return prev;
            }

            prev = found;
        }
    }

    /// <summary>Replaces the value with <paramref name="updateFunction"/>'s result and returns the new value.</summary>
    /// <param name="updateFunction">Maps the current value to the new one; may run more than once under contention, so it should have no side effects.</param>
    /// <returns>The updated value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="updateFunction"/> is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>updateAndGet(UnaryOperator)</c>: a compare-and-swap loop.</remarks>
    public V UpdateAndGet(Func<V, V> updateFunction)
    {
        ArgumentNullException.ThrowIfNull(updateFunction);
        var prev = Get();
        while (true)
        {
            var next = updateFunction(prev);
            var found = Interlocked.CompareExchange(ref _value, next, prev);
            if (ReferenceEquals(found, prev))
            {
                return next;
            }

            prev = found;
        }
    }

    /// <summary>Replaces the value with <c>accumulatorFunction(current, x)</c> and returns the old value.</summary>
    /// <param name="x">The second argument of the function.</param>
    /// <param name="accumulatorFunction">Combines the current value and <paramref name="x"/>; may run more than once under contention.</param>
    /// <returns>The previous value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="accumulatorFunction"/> is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>getAndAccumulate(V, BinaryOperator)</c>: a compare-and-swap loop.</remarks>
    public V GetAndAccumulate(V x, Func<V, V, V> accumulatorFunction)
    {
        ArgumentNullException.ThrowIfNull(accumulatorFunction);
        var prev = Get();
        while (true)
        {
            var found = Interlocked.CompareExchange(ref _value, accumulatorFunction(prev, x), prev);
            if (ReferenceEquals(found, prev))
            {
                return prev;
            }

            prev = found;
        }
    }

    /// <summary>Replaces the value with <c>accumulatorFunction(current, x)</c> and returns the new value.</summary>
    /// <param name="x">The second argument of the function.</param>
    /// <param name="accumulatorFunction">Combines the current value and <paramref name="x"/>; may run more than once under contention.</param>
    /// <returns>The updated value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="accumulatorFunction"/> is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>accumulateAndGet(V, BinaryOperator)</c>: a compare-and-swap loop.</remarks>
    public V AccumulateAndGet(V x, Func<V, V, V> accumulatorFunction)
    {
        ArgumentNullException.ThrowIfNull(accumulatorFunction);
        var prev = Get();
        while (true)
        {
            var next = accumulatorFunction(prev, x);
            var found = Interlocked.CompareExchange(ref _value, next, prev);
            if (ReferenceEquals(found, prev))
            {
                return next;
            }

            prev = found;
        }
    }

    /// <summary>Reads the value as a plain field, with no ordering.</summary>
    /// <returns>The value.</returns>
    /// <remarks>Java's <c>getPlain()</c>.</remarks>
    public V GetPlain() => _value;

    /// <summary>Writes the value as a plain field, with no ordering.</summary>
    /// <param name="newValue">The new value.</param>
    /// <remarks>Java's <c>setPlain(V)</c>.</remarks>
    public void SetPlain(V newValue) => _value = newValue;

    /// <summary>Reads the value so that it is never cached in a register.</summary>
    /// <returns>The value.</returns>
    /// <remarks>Java's <c>getOpaque()</c>; here a volatile read.</remarks>
    public V GetOpaque() => Volatile.Read(ref _value);

    /// <summary>Writes the value so that it is never cached in a register.</summary>
    /// <param name="newValue">The new value.</param>
    /// <remarks>Java's <c>setOpaque(V)</c>; here a volatile write.</remarks>
    public void SetOpaque(V newValue) => Volatile.Write(ref _value, newValue);

    /// <summary>Reads the value with acquire semantics.</summary>
    /// <returns>The value.</returns>
    /// <remarks>Java's <c>getAcquire()</c>.</remarks>
    public V GetAcquire() => Volatile.Read(ref _value);

    /// <summary>Writes the value with release semantics.</summary>
    /// <param name="newValue">The new value.</param>
    /// <remarks>Java's <c>setRelease(V)</c>.</remarks>
    public void SetRelease(V newValue) => Volatile.Write(ref _value, newValue);

    /// <summary>The value's text, as Java's <c>String.valueOf</c>.</summary>
    /// <returns>The value's <see cref="object.ToString"/>, <c>null</c> for <see langword="null"/>.</returns>
    /// <remarks>Java's <c>toString()</c>. Never throws: a value whose <see cref="object.ToString"/> throws shows as the exception's type in angle brackets.</remarks>
    public override string ToString() => AtomicText.Of(Get());
}
