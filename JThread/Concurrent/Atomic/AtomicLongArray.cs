using System.Globalization;

namespace JThreading.Concurrent.Atomic;

/// <summary>An array of <see cref="long"/> whose elements are read and written atomically, without a lock.</summary>
/// <remarks>
/// Java's <c>java.util.concurrent.atomic.AtomicLongArray</c>: each element behaves as an
/// <see cref="AtomicLong"/>, with the index as the first argument. An index outside the array throws
/// <see cref="ArgumentOutOfRangeException"/> where Java throws <c>IndexOutOfBoundsException</c>.
/// <see cref="ToString"/> is Java's <c>[1, 2, 3]</c>.
/// </remarks>
/// <example>
/// <code>
/// var histogram = new AtomicLongArray(10);
/// histogram.IncrementAndGet(bucket);
/// </code>
/// </example>
public sealed class AtomicLongArray
{
    private readonly long[] _array;

    /// <summary>Creates an array of <paramref name="length"/> elements, all 0.</summary>
    /// <param name="length">The number of elements.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is negative.</exception>
    /// <remarks>Java's <c>AtomicLongArray(int)</c>, which throws <c>NegativeArraySizeException</c> instead.</remarks>
    public AtomicLongArray(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        _array = new long[length];
    }

    /// <summary>Creates an array holding a copy of <paramref name="array"/>'s elements.</summary>
    /// <param name="array">The elements to copy; later changes to it are not seen.</param>
    /// <exception cref="ArgumentNullException"><paramref name="array"/> is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>AtomicLongArray(long[])</c>.</remarks>
    public AtomicLongArray(long[] array)
    {
        ArgumentNullException.ThrowIfNull(array);
        _array = (long[])array.Clone();
    }

    /// <summary>The number of elements.</summary>
    /// <returns>The length, fixed at construction.</returns>
    /// <remarks>Java's <c>length()</c>.</remarks>
    public int Length() => _array.Length;

    /// <summary>Reads element <paramref name="i"/> with Java's volatile semantics.</summary>
    /// <param name="i">The index.</param>
    /// <returns>The element's value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is outside the array.</exception>
    /// <remarks>Java's <c>get(int)</c>.</remarks>
    public long Get(int i) => Volatile.Read(ref Slot(i));

    /// <summary>Writes element <paramref name="i"/> with Java's volatile (sequentially consistent) semantics.</summary>
    /// <param name="i">The index.</param>
    /// <param name="newValue">The new value.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is outside the array.</exception>
    /// <remarks>Java's <c>set(int, long)</c>; a full fence.</remarks>
    public void Set(int i, long newValue) => Interlocked.Exchange(ref Slot(i), newValue);

    /// <summary>Writes element <paramref name="i"/> with release semantics only.</summary>
    /// <param name="i">The index.</param>
    /// <param name="newValue">The new value.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is outside the array.</exception>
    /// <remarks>Java's <c>lazySet(int, long)</c>.</remarks>
    public void LazySet(int i, long newValue) => Volatile.Write(ref Slot(i), newValue);

    /// <summary>Sets element <paramref name="i"/> and returns its old value, atomically.</summary>
    /// <param name="i">The index.</param>
    /// <param name="newValue">The new value.</param>
    /// <returns>The previous value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is outside the array.</exception>
    /// <remarks>Java's <c>getAndSet(int, long)</c>.</remarks>
    public long GetAndSet(int i, long newValue) => Interlocked.Exchange(ref Slot(i), newValue);

    /// <summary>Sets element <paramref name="i"/> to <paramref name="newValue"/> if it is <paramref name="expectedValue"/>, atomically.</summary>
    /// <param name="i">The index.</param>
    /// <param name="expectedValue">The value expected.</param>
    /// <param name="newValue">The new value.</param>
    /// <returns><see langword="true"/> if the element was <paramref name="expectedValue"/> and is now <paramref name="newValue"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is outside the array.</exception>
    /// <remarks>Java's <c>compareAndSet(int, long, long)</c>.</remarks>
    public bool CompareAndSet(int i, long expectedValue, long newValue) =>
        Interlocked.CompareExchange(ref Slot(i), newValue, expectedValue) == expectedValue;

    /// <summary>Sets element <paramref name="i"/> to <paramref name="newValue"/> if it is <paramref name="expectedValue"/>, atomically.</summary>
    /// <param name="i">The index.</param>
    /// <param name="expectedValue">The value expected.</param>
    /// <param name="newValue">The new value.</param>
    /// <returns>The value found, which equals <paramref name="expectedValue"/> when the exchange happened.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is outside the array.</exception>
    /// <remarks>Java's <c>compareAndExchange(int, long, long)</c>.</remarks>
    public long CompareAndExchange(int i, long expectedValue, long newValue) =>
        Interlocked.CompareExchange(ref Slot(i), newValue, expectedValue);

    /// <summary>As <see cref="CompareAndExchange"/>; Java's acquire-only form, which .NET has no cheaper form of.</summary>
    /// <param name="i">The index.</param>
    /// <param name="expectedValue">The value expected.</param>
    /// <param name="newValue">The new value.</param>
    /// <returns>The value found.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is outside the array.</exception>
    /// <remarks>Java's <c>compareAndExchangeAcquire(int, long, long)</c>; here a full fence.</remarks>
    public long CompareAndExchangeAcquire(int i, long expectedValue, long newValue) => CompareAndExchange(i, expectedValue, newValue);

    /// <summary>As <see cref="CompareAndExchange"/>; Java's release-only form, which .NET has no cheaper form of.</summary>
    /// <param name="i">The index.</param>
    /// <param name="expectedValue">The value expected.</param>
    /// <param name="newValue">The new value.</param>
    /// <returns>The value found.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is outside the array.</exception>
    /// <remarks>Java's <c>compareAndExchangeRelease(int, long, long)</c>; here a full fence.</remarks>
    public long CompareAndExchangeRelease(int i, long expectedValue, long newValue) => CompareAndExchange(i, expectedValue, newValue);

    /// <summary>As <see cref="CompareAndSet"/>; Java allows this one to fail spuriously, it never does here.</summary>
    /// <param name="i">The index.</param>
    /// <param name="expectedValue">The value expected.</param>
    /// <param name="newValue">The new value.</param>
    /// <returns><see langword="true"/> if the element was set.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is outside the array.</exception>
    /// <remarks>Java's <c>weakCompareAndSetPlain(int, long, long)</c>; here a full fence.</remarks>
    public bool WeakCompareAndSetPlain(int i, long expectedValue, long newValue) => CompareAndSet(i, expectedValue, newValue);

    /// <summary>As <see cref="CompareAndSet"/>; Java allows this one to fail spuriously, it never does here.</summary>
    /// <param name="i">The index.</param>
    /// <param name="expectedValue">The value expected.</param>
    /// <param name="newValue">The new value.</param>
    /// <returns><see langword="true"/> if the element was set.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is outside the array.</exception>
    /// <remarks>Java's <c>weakCompareAndSetVolatile(int, long, long)</c> (and the deprecated <c>weakCompareAndSet</c>).</remarks>
    public bool WeakCompareAndSetVolatile(int i, long expectedValue, long newValue) => CompareAndSet(i, expectedValue, newValue);

    /// <summary>As <see cref="CompareAndSet"/>; Java allows this one to fail spuriously, it never does here.</summary>
    /// <param name="i">The index.</param>
    /// <param name="expectedValue">The value expected.</param>
    /// <param name="newValue">The new value.</param>
    /// <returns><see langword="true"/> if the element was set.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is outside the array.</exception>
    /// <remarks>Java's <c>weakCompareAndSetAcquire(int, long, long)</c>; here a full fence.</remarks>
    public bool WeakCompareAndSetAcquire(int i, long expectedValue, long newValue) => CompareAndSet(i, expectedValue, newValue);

    /// <summary>As <see cref="CompareAndSet"/>; Java allows this one to fail spuriously, it never does here.</summary>
    /// <param name="i">The index.</param>
    /// <param name="expectedValue">The value expected.</param>
    /// <param name="newValue">The new value.</param>
    /// <returns><see langword="true"/> if the element was set.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is outside the array.</exception>
    /// <remarks>Java's <c>weakCompareAndSetRelease(int, long, long)</c>; here a full fence.</remarks>
    public bool WeakCompareAndSetRelease(int i, long expectedValue, long newValue) => CompareAndSet(i, expectedValue, newValue);

    /// <summary>Adds one to element <paramref name="i"/> and returns its old value, atomically.</summary>
    /// <param name="i">The index.</param>
    /// <returns>The previous value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is outside the array.</exception>
    /// <remarks>Java's <c>getAndIncrement(int)</c>.</remarks>
    public long GetAndIncrement(int i) => Interlocked.Increment(ref Slot(i)) - 1;

    /// <summary>Subtracts one from element <paramref name="i"/> and returns its old value, atomically.</summary>
    /// <param name="i">The index.</param>
    /// <returns>The previous value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is outside the array.</exception>
    /// <remarks>Java's <c>getAndDecrement(int)</c>.</remarks>
    public long GetAndDecrement(int i) => Interlocked.Decrement(ref Slot(i)) + 1;

    /// <summary>Adds <paramref name="delta"/> to element <paramref name="i"/> and returns its old value, atomically.</summary>
    /// <param name="i">The index.</param>
    /// <param name="delta">The value to add.</param>
    /// <returns>The previous value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is outside the array.</exception>
    /// <remarks>Java's <c>getAndAdd(int, long)</c>.</remarks>
    public long GetAndAdd(int i, long delta) => Interlocked.Add(ref Slot(i), delta) - delta;

    /// <summary>Adds one to element <paramref name="i"/> and returns its new value, atomically.</summary>
    /// <param name="i">The index.</param>
    /// <returns>The updated value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is outside the array.</exception>
    /// <remarks>Java's <c>incrementAndGet(int)</c>.</remarks>
    public long IncrementAndGet(int i) => Interlocked.Increment(ref Slot(i));

    /// <summary>Subtracts one from element <paramref name="i"/> and returns its new value, atomically.</summary>
    /// <param name="i">The index.</param>
    /// <returns>The updated value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is outside the array.</exception>
    /// <remarks>Java's <c>decrementAndGet(int)</c>.</remarks>
    public long DecrementAndGet(int i) => Interlocked.Decrement(ref Slot(i));

    /// <summary>Adds <paramref name="delta"/> to element <paramref name="i"/> and returns its new value, atomically.</summary>
    /// <param name="i">The index.</param>
    /// <param name="delta">The value to add.</param>
    /// <returns>The updated value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is outside the array.</exception>
    /// <remarks>Java's <c>addAndGet(int, long)</c>.</remarks>
    public long AddAndGet(int i, long delta) => Interlocked.Add(ref Slot(i), delta);

    /// <summary>Replaces element <paramref name="i"/> with <paramref name="updateFunction"/>'s result and returns its old value.</summary>
    /// <param name="i">The index.</param>
    /// <param name="updateFunction">Maps the current value to the new one; may run more than once under contention.</param>
    /// <returns>The previous value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is outside the array.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="updateFunction"/> is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>getAndUpdate(int, LongUnaryOperator)</c>: a compare-and-swap loop.</remarks>
    public long GetAndUpdate(int i, Func<long, long> updateFunction)
    {
        ref var slot = ref Slot(i);
        ArgumentNullException.ThrowIfNull(updateFunction);
        var prev = Volatile.Read(ref slot);
        while (true)
        {
            var found = Interlocked.CompareExchange(ref slot, updateFunction(prev), prev);
            if (found == prev)
            {
                return prev;
            }

            prev = found;
        }
    }

    /// <summary>Replaces element <paramref name="i"/> with <paramref name="updateFunction"/>'s result and returns its new value.</summary>
    /// <param name="i">The index.</param>
    /// <param name="updateFunction">Maps the current value to the new one; may run more than once under contention.</param>
    /// <returns>The updated value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is outside the array.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="updateFunction"/> is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>updateAndGet(int, LongUnaryOperator)</c>: a compare-and-swap loop.</remarks>
    public long UpdateAndGet(int i, Func<long, long> updateFunction)
    {
        ref var slot = ref Slot(i);
        ArgumentNullException.ThrowIfNull(updateFunction);
        var prev = Volatile.Read(ref slot);
        while (true)
        {
            var next = updateFunction(prev);
            var found = Interlocked.CompareExchange(ref slot, next, prev);
            if (found == prev)
            {
                return next;
            }

            prev = found;
        }
    }

    /// <summary>Replaces element <paramref name="i"/> with <c>accumulatorFunction(current, x)</c> and returns its old value.</summary>
    /// <param name="i">The index.</param>
    /// <param name="x">The second argument of the function.</param>
    /// <param name="accumulatorFunction">Combines the current value and <paramref name="x"/>; may run more than once under contention.</param>
    /// <returns>The previous value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is outside the array.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="accumulatorFunction"/> is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>getAndAccumulate(int, long, LongBinaryOperator)</c>: a compare-and-swap loop.</remarks>
    public long GetAndAccumulate(int i, long x, Func<long, long, long> accumulatorFunction)
    {
        ref var slot = ref Slot(i);
        ArgumentNullException.ThrowIfNull(accumulatorFunction);
        var prev = Volatile.Read(ref slot);
        while (true)
        {
            var found = Interlocked.CompareExchange(ref slot, accumulatorFunction(prev, x), prev);
            if (found == prev)
            {
                return prev;
            }

            prev = found;
        }
    }

    /// <summary>Replaces element <paramref name="i"/> with <c>accumulatorFunction(current, x)</c> and returns its new value.</summary>
    /// <param name="i">The index.</param>
    /// <param name="x">The second argument of the function.</param>
    /// <param name="accumulatorFunction">Combines the current value and <paramref name="x"/>; may run more than once under contention.</param>
    /// <returns>The updated value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is outside the array.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="accumulatorFunction"/> is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>accumulateAndGet(int, long, LongBinaryOperator)</c>: a compare-and-swap loop.</remarks>
    public long AccumulateAndGet(int i, long x, Func<long, long, long> accumulatorFunction)
    {
        ref var slot = ref Slot(i);
        ArgumentNullException.ThrowIfNull(accumulatorFunction);
        var prev = Volatile.Read(ref slot);
        while (true)
        {
            var next = accumulatorFunction(prev, x);
            var found = Interlocked.CompareExchange(ref slot, next, prev);
            if (found == prev)
            {
                return next;
            }

            prev = found;
        }
    }

    /// <summary>Reads element <paramref name="i"/> as a plain field, with no ordering.</summary>
    /// <param name="i">The index.</param>
    /// <returns>The element's value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is outside the array.</exception>
    /// <remarks>Java's <c>getPlain(int)</c>.</remarks>
    public long GetPlain(int i) => Slot(i);

    /// <summary>Writes element <paramref name="i"/> as a plain field, with no ordering.</summary>
    /// <param name="i">The index.</param>
    /// <param name="newValue">The new value.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is outside the array.</exception>
    /// <remarks>Java's <c>setPlain(int, long)</c>.</remarks>
    public void SetPlain(int i, long newValue) => Slot(i) = newValue;

    /// <summary>Reads element <paramref name="i"/> so that it is never cached in a register.</summary>
    /// <param name="i">The index.</param>
    /// <returns>The element's value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is outside the array.</exception>
    /// <remarks>Java's <c>getOpaque(int)</c>; here a volatile read.</remarks>
    public long GetOpaque(int i) => Volatile.Read(ref Slot(i));

    /// <summary>Writes element <paramref name="i"/> so that it is never cached in a register.</summary>
    /// <param name="i">The index.</param>
    /// <param name="newValue">The new value.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is outside the array.</exception>
    /// <remarks>Java's <c>setOpaque(int, long)</c>; here a volatile write.</remarks>
    public void SetOpaque(int i, long newValue) => Volatile.Write(ref Slot(i), newValue);

    /// <summary>Reads element <paramref name="i"/> with acquire semantics.</summary>
    /// <param name="i">The index.</param>
    /// <returns>The element's value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is outside the array.</exception>
    /// <remarks>Java's <c>getAcquire(int)</c>.</remarks>
    public long GetAcquire(int i) => Volatile.Read(ref Slot(i));

    /// <summary>Writes element <paramref name="i"/> with release semantics.</summary>
    /// <param name="i">The index.</param>
    /// <param name="newValue">The new value.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is outside the array.</exception>
    /// <remarks>Java's <c>setRelease(int, long)</c>.</remarks>
    public void SetRelease(int i, long newValue) => Volatile.Write(ref Slot(i), newValue);

    /// <summary>The elements as Java's <c>Arrays.toString</c> writes them: <c>[1, 2, 3]</c>.</summary>
    /// <returns>The elements in order, each read atomically (the whole is not a snapshot).</returns>
    /// <remarks>Java's <c>toString()</c>.</remarks>
    public override string ToString() =>
        AtomicText.Format(_array.Length, i => Get(i).ToString(CultureInfo.InvariantCulture));

    private ref long Slot(int i)
    {
        if ((uint)i >= (uint)_array.Length)
        {
            AtomicText.ThrowIndexOutOfRange(i, _array.Length);
        }

        return ref _array[i];
    }
}
