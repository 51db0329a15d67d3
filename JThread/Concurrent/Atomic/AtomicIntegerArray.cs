using System.Globalization;

namespace JThreading.Concurrent.Atomic;

/// <summary>An array of <see cref="int"/> whose elements are read and written atomically, without a lock.</summary>
/// <remarks>
/// Java's <c>java.util.concurrent.atomic.AtomicIntegerArray</c>: each element behaves as an
/// <see cref="AtomicInteger"/>, with the index as the first argument. An index outside the array throws
/// <see cref="ArgumentOutOfRangeException"/> where Java throws <c>IndexOutOfBoundsException</c>.
/// <see cref="ToString"/> is Java's <c>[1, 2, 3]</c>.
/// </remarks>
/// <example>
/// <code>
/// var histogram = new AtomicIntegerArray(10);
/// histogram.IncrementAndGet(bucket);
/// </code>
/// </example>
public sealed class AtomicIntegerArray
{
    private readonly int[] _array;

    /// <summary>Creates an array of <paramref name="length"/> elements, all 0.</summary>
    /// <param name="length">The number of elements.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is negative.</exception>
    /// <remarks>Java's <c>AtomicIntegerArray(int)</c>, which throws <c>NegativeArraySizeException</c> instead.</remarks>
    public AtomicIntegerArray(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        _array = new int[length];
    }

    /// <summary>Creates an array holding a copy of <paramref name="array"/>'s elements.</summary>
    /// <param name="array">The elements to copy; later changes to it are not seen.</param>
    /// <exception cref="ArgumentNullException"><paramref name="array"/> is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>AtomicIntegerArray(int[])</c>.</remarks>
    public AtomicIntegerArray(int[] array)
    {
        ArgumentNullException.ThrowIfNull(array);
        _array = (int[])array.Clone();
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
    public int Get(int i) => Volatile.Read(ref Slot(i));

    /// <summary>Writes element <paramref name="i"/> with Java's volatile (sequentially consistent) semantics.</summary>
    /// <param name="i">The index.</param>
    /// <param name="newValue">The new value.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is outside the array.</exception>
    /// <remarks>Java's <c>set(int, int)</c>; a full fence.</remarks>
    public void Set(int i, int newValue) => Interlocked.Exchange(ref Slot(i), newValue);

    /// <summary>Writes element <paramref name="i"/> with release semantics only.</summary>
    /// <param name="i">The index.</param>
    /// <param name="newValue">The new value.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is outside the array.</exception>
    /// <remarks>Java's <c>lazySet(int, int)</c>.</remarks>
    public void LazySet(int i, int newValue) => Volatile.Write(ref Slot(i), newValue);

    /// <summary>Sets element <paramref name="i"/> and returns its old value, atomically.</summary>
    /// <param name="i">The index.</param>
    /// <param name="newValue">The new value.</param>
    /// <returns>The previous value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is outside the array.</exception>
    /// <remarks>Java's <c>getAndSet(int, int)</c>.</remarks>
    public int GetAndSet(int i, int newValue) => Interlocked.Exchange(ref Slot(i), newValue);

    /// <summary>Sets element <paramref name="i"/> to <paramref name="newValue"/> if it is <paramref name="expectedValue"/>, atomically.</summary>
    /// <param name="i">The index.</param>
    /// <param name="expectedValue">The value expected.</param>
    /// <param name="newValue">The new value.</param>
    /// <returns><see langword="true"/> if the element was <paramref name="expectedValue"/> and is now <paramref name="newValue"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is outside the array.</exception>
    /// <remarks>Java's <c>compareAndSet(int, int, int)</c>.</remarks>
    public bool CompareAndSet(int i, int expectedValue, int newValue) =>
        Interlocked.CompareExchange(ref Slot(i), newValue, expectedValue) == expectedValue;

    /// <summary>Sets element <paramref name="i"/> to <paramref name="newValue"/> if it is <paramref name="expectedValue"/>, atomically.</summary>
    /// <param name="i">The index.</param>
    /// <param name="expectedValue">The value expected.</param>
    /// <param name="newValue">The new value.</param>
    /// <returns>The value found, which equals <paramref name="expectedValue"/> when the exchange happened.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is outside the array.</exception>
    /// <remarks>Java's <c>compareAndExchange(int, int, int)</c>.</remarks>
    public int CompareAndExchange(int i, int expectedValue, int newValue) =>
        Interlocked.CompareExchange(ref Slot(i), newValue, expectedValue);

    /// <summary>As <see cref="CompareAndExchange"/>; Java's acquire-only form, which .NET has no cheaper form of.</summary>
    /// <param name="i">The index.</param>
    /// <param name="expectedValue">The value expected.</param>
    /// <param name="newValue">The new value.</param>
    /// <returns>The value found.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is outside the array.</exception>
    /// <remarks>Java's <c>compareAndExchangeAcquire(int, int, int)</c>; here a full fence.</remarks>
    public int CompareAndExchangeAcquire(int i, int expectedValue, int newValue) => CompareAndExchange(i, expectedValue, newValue);

    /// <summary>As <see cref="CompareAndExchange"/>; Java's release-only form, which .NET has no cheaper form of.</summary>
    /// <param name="i">The index.</param>
    /// <param name="expectedValue">The value expected.</param>
    /// <param name="newValue">The new value.</param>
    /// <returns>The value found.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is outside the array.</exception>
    /// <remarks>Java's <c>compareAndExchangeRelease(int, int, int)</c>; here a full fence.</remarks>
    public int CompareAndExchangeRelease(int i, int expectedValue, int newValue) => CompareAndExchange(i, expectedValue, newValue);

    /// <summary>As <see cref="CompareAndSet"/>; Java allows this one to fail spuriously, it never does here.</summary>
    /// <param name="i">The index.</param>
    /// <param name="expectedValue">The value expected.</param>
    /// <param name="newValue">The new value.</param>
    /// <returns><see langword="true"/> if the element was set.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is outside the array.</exception>
    /// <remarks>Java's <c>weakCompareAndSetPlain(int, int, int)</c>; here a full fence.</remarks>
    public bool WeakCompareAndSetPlain(int i, int expectedValue, int newValue) => CompareAndSet(i, expectedValue, newValue);

    /// <summary>As <see cref="CompareAndSet"/>; Java allows this one to fail spuriously, it never does here.</summary>
    /// <param name="i">The index.</param>
    /// <param name="expectedValue">The value expected.</param>
    /// <param name="newValue">The new value.</param>
    /// <returns><see langword="true"/> if the element was set.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is outside the array.</exception>
    /// <remarks>Java's <c>weakCompareAndSetVolatile(int, int, int)</c> (and the deprecated <c>weakCompareAndSet</c>).</remarks>
    public bool WeakCompareAndSetVolatile(int i, int expectedValue, int newValue) => CompareAndSet(i, expectedValue, newValue);

    /// <summary>As <see cref="CompareAndSet"/>; Java allows this one to fail spuriously, it never does here.</summary>
    /// <param name="i">The index.</param>
    /// <param name="expectedValue">The value expected.</param>
    /// <param name="newValue">The new value.</param>
    /// <returns><see langword="true"/> if the element was set.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is outside the array.</exception>
    /// <remarks>Java's <c>weakCompareAndSetAcquire(int, int, int)</c>; here a full fence.</remarks>
    public bool WeakCompareAndSetAcquire(int i, int expectedValue, int newValue) => CompareAndSet(i, expectedValue, newValue);

    /// <summary>As <see cref="CompareAndSet"/>; Java allows this one to fail spuriously, it never does here.</summary>
    /// <param name="i">The index.</param>
    /// <param name="expectedValue">The value expected.</param>
    /// <param name="newValue">The new value.</param>
    /// <returns><see langword="true"/> if the element was set.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is outside the array.</exception>
    /// <remarks>Java's <c>weakCompareAndSetRelease(int, int, int)</c>; here a full fence.</remarks>
    public bool WeakCompareAndSetRelease(int i, int expectedValue, int newValue) => CompareAndSet(i, expectedValue, newValue);

    /// <summary>Adds one to element <paramref name="i"/> and returns its old value, atomically.</summary>
    /// <param name="i">The index.</param>
    /// <returns>The previous value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is outside the array.</exception>
    /// <remarks>Java's <c>getAndIncrement(int)</c>.</remarks>
    public int GetAndIncrement(int i) => Interlocked.Increment(ref Slot(i)) - 1;

    /// <summary>Subtracts one from element <paramref name="i"/> and returns its old value, atomically.</summary>
    /// <param name="i">The index.</param>
    /// <returns>The previous value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is outside the array.</exception>
    /// <remarks>Java's <c>getAndDecrement(int)</c>.</remarks>
    public int GetAndDecrement(int i) => Interlocked.Decrement(ref Slot(i)) + 1;

    /// <summary>Adds <paramref name="delta"/> to element <paramref name="i"/> and returns its old value, atomically.</summary>
    /// <param name="i">The index.</param>
    /// <param name="delta">The value to add.</param>
    /// <returns>The previous value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is outside the array.</exception>
    /// <remarks>Java's <c>getAndAdd(int, int)</c>.</remarks>
    public int GetAndAdd(int i, int delta) => Interlocked.Add(ref Slot(i), delta) - delta;

    /// <summary>Adds one to element <paramref name="i"/> and returns its new value, atomically.</summary>
    /// <param name="i">The index.</param>
    /// <returns>The updated value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is outside the array.</exception>
    /// <remarks>Java's <c>incrementAndGet(int)</c>.</remarks>
    public int IncrementAndGet(int i) => Interlocked.Increment(ref Slot(i));

    /// <summary>Subtracts one from element <paramref name="i"/> and returns its new value, atomically.</summary>
    /// <param name="i">The index.</param>
    /// <returns>The updated value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is outside the array.</exception>
    /// <remarks>Java's <c>decrementAndGet(int)</c>.</remarks>
    public int DecrementAndGet(int i) => Interlocked.Decrement(ref Slot(i));

    /// <summary>Adds <paramref name="delta"/> to element <paramref name="i"/> and returns its new value, atomically.</summary>
    /// <param name="i">The index.</param>
    /// <param name="delta">The value to add.</param>
    /// <returns>The updated value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is outside the array.</exception>
    /// <remarks>Java's <c>addAndGet(int, int)</c>.</remarks>
    public int AddAndGet(int i, int delta) => Interlocked.Add(ref Slot(i), delta);

    /// <summary>Replaces element <paramref name="i"/> with <paramref name="updateFunction"/>'s result and returns its old value.</summary>
    /// <param name="i">The index.</param>
    /// <param name="updateFunction">Maps the current value to the new one; may run more than once under contention.</param>
    /// <returns>The previous value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is outside the array.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="updateFunction"/> is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>getAndUpdate(int, IntUnaryOperator)</c>: a compare-and-swap loop.</remarks>
    public int GetAndUpdate(int i, Func<int, int> updateFunction)
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
    /// <remarks>Java's <c>updateAndGet(int, IntUnaryOperator)</c>: a compare-and-swap loop.</remarks>
    public int UpdateAndGet(int i, Func<int, int> updateFunction)
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
    /// <remarks>Java's <c>getAndAccumulate(int, int, IntBinaryOperator)</c>: a compare-and-swap loop.</remarks>
    public int GetAndAccumulate(int i, int x, Func<int, int, int> accumulatorFunction)
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
    /// <remarks>Java's <c>accumulateAndGet(int, int, IntBinaryOperator)</c>: a compare-and-swap loop.</remarks>
    public int AccumulateAndGet(int i, int x, Func<int, int, int> accumulatorFunction)
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
    public int GetPlain(int i) => Slot(i);

    /// <summary>Writes element <paramref name="i"/> as a plain field, with no ordering.</summary>
    /// <param name="i">The index.</param>
    /// <param name="newValue">The new value.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is outside the array.</exception>
    /// <remarks>Java's <c>setPlain(int, int)</c>.</remarks>
    public void SetPlain(int i, int newValue) => Slot(i) = newValue;

    /// <summary>Reads element <paramref name="i"/> so that it is never cached in a register.</summary>
    /// <param name="i">The index.</param>
    /// <returns>The element's value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is outside the array.</exception>
    /// <remarks>Java's <c>getOpaque(int)</c>; here a volatile read.</remarks>
    public int GetOpaque(int i) => Volatile.Read(ref Slot(i));

    /// <summary>Writes element <paramref name="i"/> so that it is never cached in a register.</summary>
    /// <param name="i">The index.</param>
    /// <param name="newValue">The new value.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is outside the array.</exception>
    /// <remarks>Java's <c>setOpaque(int, int)</c>; here a volatile write.</remarks>
    public void SetOpaque(int i, int newValue) => Volatile.Write(ref Slot(i), newValue);

    /// <summary>Reads element <paramref name="i"/> with acquire semantics.</summary>
    /// <param name="i">The index.</param>
    /// <returns>The element's value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is outside the array.</exception>
    /// <remarks>Java's <c>getAcquire(int)</c>.</remarks>
    public int GetAcquire(int i) => Volatile.Read(ref Slot(i));

    /// <summary>Writes element <paramref name="i"/> with release semantics.</summary>
    /// <param name="i">The index.</param>
    /// <param name="newValue">The new value.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is outside the array.</exception>
    /// <remarks>Java's <c>setRelease(int, int)</c>.</remarks>
    public void SetRelease(int i, int newValue) => Volatile.Write(ref Slot(i), newValue);

    /// <summary>The elements as Java's <c>Arrays.toString</c> writes them: <c>[1, 2, 3]</c>.</summary>
    /// <returns>The elements in order, each read atomically (the whole is not a snapshot).</returns>
    /// <remarks>Java's <c>toString()</c>.</remarks>
    public override string ToString() =>
        AtomicText.Format(_array.Length, i => Get(i).ToString(CultureInfo.InvariantCulture));

    private ref int Slot(int i)
    {
        if ((uint)i >= (uint)_array.Length)
        {
            AtomicText.ThrowIndexOutOfRange(i, _array.Length);
        }

        return ref _array[i];
    }
}
