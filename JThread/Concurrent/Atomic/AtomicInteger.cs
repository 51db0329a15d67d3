using System.Globalization;

namespace JThreading.Concurrent.Atomic;

/// <summary>An <see cref="int"/> read and written atomically, without a lock.</summary>
/// <remarks>
/// <para>
/// Java's <c>java.util.concurrent.atomic.AtomicInteger</c>. Every operation is one interlocked instruction or a
/// compare-and-swap loop. <see cref="Get"/> and <see cref="Set"/> are Java's volatile accesses, which are sequentially
/// consistent: <see cref="Set"/> is an <see cref="Interlocked.Exchange(ref int, int)"/> (a full fence), not the
/// release-only <see cref="Volatile.Write(ref int, int)"/>, so a write followed by a read of another atomic is never
/// reordered. The weaker accessors map as Java's: plain ones to plain field accesses, opaque, acquire and release ones
/// to <see cref="Volatile"/>.
/// </para>
/// <para>
/// Arithmetic wraps on overflow, as in Java. The class is sealed (Java's is not final, but subclassing it is rare);
/// it does not derive from a <c>Number</c> type, and <see cref="IntValue"/>, <see cref="LongValue"/> and the other
/// conversions stand for <c>Number</c>'s methods.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var hits = new AtomicInteger();
/// pool.Execute(() => hits.IncrementAndGet());
/// var highest = new AtomicInteger();
/// highest.AccumulateAndGet(42, Math.Max);
/// </code>
/// </example>
public sealed class AtomicInteger
{
    private int _value;

    /// <summary>Creates an atomic integer holding 0.</summary>
    /// <remarks>Java's <c>AtomicInteger()</c>.</remarks>
    public AtomicInteger()
    {
    }

    /// <summary>Creates an atomic integer holding <paramref name="initialValue"/>.</summary>
    /// <param name="initialValue">The initial value.</param>
    /// <remarks>Java's <c>AtomicInteger(int)</c>.</remarks>
    public AtomicInteger(int initialValue) => _value = initialValue;

    /// <summary>Reads the value with Java's volatile semantics.</summary>
    /// <returns>The current value.</returns>
    /// <remarks>Java's <c>get()</c>.</remarks>
    public int Get() => Volatile.Read(ref _value);

    /// <summary>Writes the value with Java's volatile (sequentially consistent) semantics.</summary>
    /// <param name="newValue">The new value.</param>
    /// <remarks>Java's <c>set(int)</c>; a full fence, as a Java volatile write.</remarks>
    public void Set(int newValue) => Interlocked.Exchange(ref _value, newValue);

    /// <summary>Writes the value with release semantics only.</summary>
    /// <param name="newValue">The new value.</param>
    /// <remarks>Java's <c>lazySet(int)</c>, which is <c>setRelease</c>.</remarks>
    public void LazySet(int newValue) => Volatile.Write(ref _value, newValue);

    /// <summary>Sets the value and returns the old one, atomically.</summary>
    /// <param name="newValue">The new value.</param>
    /// <returns>The previous value.</returns>
    /// <remarks>Java's <c>getAndSet(int)</c>.</remarks>
    public int GetAndSet(int newValue) => Interlocked.Exchange(ref _value, newValue);

    /// <summary>Sets the value to <paramref name="newValue"/> if it is <paramref name="expectedValue"/>, atomically.</summary>
    /// <param name="expectedValue">The value expected.</param>
    /// <param name="newValue">The new value.</param>
    /// <returns><see langword="true"/> if the value was <paramref name="expectedValue"/> and is now <paramref name="newValue"/>.</returns>
    /// <remarks>Java's <c>compareAndSet(int, int)</c>.</remarks>
    public bool CompareAndSet(int expectedValue, int newValue) =>
        Interlocked.CompareExchange(ref _value, newValue, expectedValue) == expectedValue;

    /// <summary>Sets the value to <paramref name="newValue"/> if it is <paramref name="expectedValue"/>, atomically.</summary>
    /// <param name="expectedValue">The value expected.</param>
    /// <param name="newValue">The new value.</param>
    /// <returns>The value found, which equals <paramref name="expectedValue"/> when the exchange happened.</returns>
    /// <remarks>Java's <c>compareAndExchange(int, int)</c>.</remarks>
    public int CompareAndExchange(int expectedValue, int newValue) =>
        Interlocked.CompareExchange(ref _value, newValue, expectedValue);

    /// <summary>As <see cref="CompareAndExchange"/>; Java's acquire-only form, which .NET has no cheaper form of.</summary>
    /// <param name="expectedValue">The value expected.</param>
    /// <param name="newValue">The new value.</param>
    /// <returns>The value found.</returns>
    /// <remarks>Java's <c>compareAndExchangeAcquire(int, int)</c>; here a full fence.</remarks>
    public int CompareAndExchangeAcquire(int expectedValue, int newValue) =>
        Interlocked.CompareExchange(ref _value, newValue, expectedValue);

    /// <summary>As <see cref="CompareAndExchange"/>; Java's release-only form, which .NET has no cheaper form of.</summary>
    /// <param name="expectedValue">The value expected.</param>
    /// <param name="newValue">The new value.</param>
    /// <returns>The value found.</returns>
    /// <remarks>Java's <c>compareAndExchangeRelease(int, int)</c>; here a full fence.</remarks>
    public int CompareAndExchangeRelease(int expectedValue, int newValue) =>
        Interlocked.CompareExchange(ref _value, newValue, expectedValue);

    /// <summary>As <see cref="CompareAndSet"/>; Java allows this one to fail spuriously, it never does here.</summary>
    /// <param name="expectedValue">The value expected.</param>
    /// <param name="newValue">The new value.</param>
    /// <returns><see langword="true"/> if the value was set.</returns>
    /// <remarks>Java's <c>weakCompareAndSetPlain(int, int)</c>; here a full fence.</remarks>
    public bool WeakCompareAndSetPlain(int expectedValue, int newValue) => CompareAndSet(expectedValue, newValue);

    /// <summary>As <see cref="CompareAndSet"/>; Java allows this one to fail spuriously, it never does here.</summary>
    /// <param name="expectedValue">The value expected.</param>
    /// <param name="newValue">The new value.</param>
    /// <returns><see langword="true"/> if the value was set.</returns>
    /// <remarks>Java's <c>weakCompareAndSetVolatile(int, int)</c> (and the deprecated <c>weakCompareAndSet</c>).</remarks>
    public bool WeakCompareAndSetVolatile(int expectedValue, int newValue) => CompareAndSet(expectedValue, newValue);

    /// <summary>As <see cref="CompareAndSet"/>; Java allows this one to fail spuriously, it never does here.</summary>
    /// <param name="expectedValue">The value expected.</param>
    /// <param name="newValue">The new value.</param>
    /// <returns><see langword="true"/> if the value was set.</returns>
    /// <remarks>Java's <c>weakCompareAndSetAcquire(int, int)</c>; here a full fence.</remarks>
    public bool WeakCompareAndSetAcquire(int expectedValue, int newValue) => CompareAndSet(expectedValue, newValue);

    /// <summary>As <see cref="CompareAndSet"/>; Java allows this one to fail spuriously, it never does here.</summary>
    /// <param name="expectedValue">The value expected.</param>
    /// <param name="newValue">The new value.</param>
    /// <returns><see langword="true"/> if the value was set.</returns>
    /// <remarks>Java's <c>weakCompareAndSetRelease(int, int)</c>; here a full fence.</remarks>
    public bool WeakCompareAndSetRelease(int expectedValue, int newValue) => CompareAndSet(expectedValue, newValue);

    /// <summary>Adds one and returns the old value, atomically.</summary>
    /// <returns>The previous value.</returns>
    /// <remarks>Java's <c>getAndIncrement()</c>.</remarks>
    public int GetAndIncrement() => Interlocked.Increment(ref _value) - 1;

    /// <summary>Subtracts one and returns the old value, atomically.</summary>
    /// <returns>The previous value.</returns>
    /// <remarks>Java's <c>getAndDecrement()</c>.</remarks>
    public int GetAndDecrement() => Interlocked.Decrement(ref _value) + 1;

    /// <summary>Adds <paramref name="delta"/> and returns the old value, atomically.</summary>
    /// <param name="delta">The value to add.</param>
    /// <returns>The previous value.</returns>
    /// <remarks>Java's <c>getAndAdd(int)</c>.</remarks>
    public int GetAndAdd(int delta) => Interlocked.Add(ref _value, delta) - delta;

    /// <summary>Adds one and returns the new value, atomically.</summary>
    /// <returns>The updated value.</returns>
    /// <remarks>Java's <c>incrementAndGet()</c>.</remarks>
    public int IncrementAndGet() => Interlocked.Increment(ref _value);

    /// <summary>Subtracts one and returns the new value, atomically.</summary>
    /// <returns>The updated value.</returns>
    /// <remarks>Java's <c>decrementAndGet()</c>.</remarks>
    public int DecrementAndGet() => Interlocked.Decrement(ref _value);

    /// <summary>Adds <paramref name="delta"/> and returns the new value, atomically.</summary>
    /// <param name="delta">The value to add.</param>
    /// <returns>The updated value.</returns>
    /// <remarks>Java's <c>addAndGet(int)</c>.</remarks>
    public int AddAndGet(int delta) => Interlocked.Add(ref _value, delta);

    /// <summary>Replaces the value with <paramref name="updateFunction"/>'s result and returns the old value.</summary>
    /// <param name="updateFunction">Maps the current value to the new one; may run more than once under contention, so it should have no side effects.</param>
    /// <returns>The previous value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="updateFunction"/> is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>getAndUpdate(IntUnaryOperator)</c>: a compare-and-swap loop. An exception from the function propagates and leaves the value unchanged.</remarks>
    public int GetAndUpdate(Func<int, int> updateFunction)
    {
        ArgumentNullException.ThrowIfNull(updateFunction);
        var prev = Get();
        while (true)
        {
            var found = Interlocked.CompareExchange(ref _value, updateFunction(prev), prev);
            if (found == prev)
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
    /// <remarks>Java's <c>updateAndGet(IntUnaryOperator)</c>: a compare-and-swap loop.</remarks>
    public int UpdateAndGet(Func<int, int> updateFunction)
    {
        ArgumentNullException.ThrowIfNull(updateFunction);
        var prev = Get();
        while (true)
        {
            var next = updateFunction(prev);
            var found = Interlocked.CompareExchange(ref _value, next, prev);
            if (found == prev)
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
    /// <remarks>Java's <c>getAndAccumulate(int, IntBinaryOperator)</c>: a compare-and-swap loop.</remarks>
    public int GetAndAccumulate(int x, Func<int, int, int> accumulatorFunction)
    {
        ArgumentNullException.ThrowIfNull(accumulatorFunction);
        var prev = Get();
        while (true)
        {
            var found = Interlocked.CompareExchange(ref _value, accumulatorFunction(prev, x), prev);
            if (found == prev)
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
    /// <remarks>Java's <c>accumulateAndGet(int, IntBinaryOperator)</c>: a compare-and-swap loop.</remarks>
    public int AccumulateAndGet(int x, Func<int, int, int> accumulatorFunction)
    {
        ArgumentNullException.ThrowIfNull(accumulatorFunction);
        var prev = Get();
        while (true)
        {
            var next = accumulatorFunction(prev, x);
            var found = Interlocked.CompareExchange(ref _value, next, prev);
            if (found == prev)
            {
                return next;
            }

            prev = found;
        }
    }

    /// <summary>Reads the value as a plain field, with no ordering.</summary>
    /// <returns>The value.</returns>
    /// <remarks>Java's <c>getPlain()</c>.</remarks>
    public int GetPlain() => _value;

    /// <summary>Writes the value as a plain field, with no ordering.</summary>
    /// <param name="newValue">The new value.</param>
    /// <remarks>Java's <c>setPlain(int)</c>.</remarks>
    public void SetPlain(int newValue) => _value = newValue;

    /// <summary>Reads the value so that it is never cached in a register.</summary>
    /// <returns>The value.</returns>
    /// <remarks>Java's <c>getOpaque()</c>; here a volatile read.</remarks>
    public int GetOpaque() => Volatile.Read(ref _value);

    /// <summary>Writes the value so that it is never cached in a register.</summary>
    /// <param name="newValue">The new value.</param>
    /// <remarks>Java's <c>setOpaque(int)</c>; here a volatile write.</remarks>
    public void SetOpaque(int newValue) => Volatile.Write(ref _value, newValue);

    /// <summary>Reads the value with acquire semantics.</summary>
    /// <returns>The value.</returns>
    /// <remarks>Java's <c>getAcquire()</c>.</remarks>
    public int GetAcquire() => Volatile.Read(ref _value);

    /// <summary>Writes the value with release semantics.</summary>
    /// <param name="newValue">The new value.</param>
    /// <remarks>Java's <c>setRelease(int)</c>.</remarks>
    public void SetRelease(int newValue) => Volatile.Write(ref _value, newValue);

    /// <summary>The value, as <see cref="Get"/>.</summary>
    /// <returns>The value.</returns>
    /// <remarks>Java's <c>intValue()</c>.</remarks>
    public int IntValue() => Get();

    /// <summary>The value widened to <see cref="long"/>.</summary>
    /// <returns>The value.</returns>
    /// <remarks>Java's <c>longValue()</c>.</remarks>
    public long LongValue() => Get();

    /// <summary>The value converted to <see cref="float"/>.</summary>
    /// <returns>The value.</returns>
    /// <remarks>Java's <c>floatValue()</c>.</remarks>
    public float FloatValue() => Get();

    /// <summary>The value converted to <see cref="double"/>.</summary>
    /// <returns>The value.</returns>
    /// <remarks>Java's <c>doubleValue()</c>.</remarks>
    public double DoubleValue() => Get();

    /// <summary>The value narrowed to <see cref="short"/>, keeping the low 16 bits.</summary>
    /// <returns>The value.</returns>
    /// <remarks>Java's <c>shortValue()</c>.</remarks>
    public short ShortValue() => unchecked((short)Get());

    /// <summary>The value narrowed to <see cref="sbyte"/>, keeping the low 8 bits (Java's <c>byte</c> is signed).</summary>
    /// <returns>The value.</returns>
    /// <remarks>Java's <c>byteValue()</c>.</remarks>
    public sbyte ByteValue() => unchecked((sbyte)Get());

    /// <summary>The value in decimal, as Java's <c>Integer.toString</c>.</summary>
    /// <returns>The current value as text, in the invariant culture.</returns>
    /// <remarks>Java's <c>toString()</c>.</remarks>
    public override string ToString() => Get().ToString(CultureInfo.InvariantCulture);
}
