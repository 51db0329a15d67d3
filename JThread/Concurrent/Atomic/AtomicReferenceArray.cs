namespace JThreading.Concurrent.Atomic;

/// <summary>An array of references whose elements are read and written atomically, without a lock.</summary>
/// <typeparam name="E">The type of the elements.</typeparam>
/// <remarks>
/// Java's <c>java.util.concurrent.atomic.AtomicReferenceArray</c>: each element behaves as an
/// <see cref="AtomicReference{V}"/> (compared by reference), with the index as the first argument. An index outside the array throws
/// <see cref="ArgumentOutOfRangeException"/> where Java throws <c>IndexOutOfBoundsException</c>.
/// <see cref="ToString"/> is Java's <c>[a, null, c]</c>.
/// </remarks>
/// <example>
/// <code>
/// var slots = new AtomicReferenceArray&lt;string&gt;(4);
/// if (slots.CompareAndSet(i, null, "taken")) { Use(i); }
/// </code>
/// </example>
public sealed class AtomicReferenceArray<E>
    where E : class?
{
    private readonly E[] _array;

    /// <summary>Creates an array of <paramref name="length"/> elements, all <see langword="null"/>.</summary>
    /// <param name="length">The number of elements.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is negative.</exception>
    /// <remarks>Java's <c>AtomicReferenceArray(int)</c>, which throws <c>NegativeArraySizeException</c> instead.</remarks>
    public AtomicReferenceArray(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        _array = new E[length];
    }

    /// <summary>Creates an array holding a copy of <paramref name="array"/>'s elements.</summary>
    /// <param name="array">The elements to copy; later changes to it are not seen.</param>
    /// <exception cref="ArgumentNullException"><paramref name="array"/> is <see langword="null"/>.</exception>
    /// <remarks>
    /// Java's <c>AtomicReferenceArray(E[])</c>. The copy is a true <typeparamref name="E"/>[] even when
    /// <paramref name="array"/> is an array of a derived type (array covariance), so any <typeparamref name="E"/> can be
    /// stored in it, as in Java.
    /// </remarks>
    public AtomicReferenceArray(E[] array)
    {
        ArgumentNullException.ThrowIfNull(array);
        _array = new E[array.Length];
        Array.Copy(array, _array, array.Length);
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
    public E Get(int i) => Volatile.Read(ref Slot(i));

    /// <summary>Writes element <paramref name="i"/> with Java's volatile (sequentially consistent) semantics.</summary>
    /// <param name="i">The index.</param>
    /// <param name="newValue">The new value.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is outside the array.</exception>
    /// <remarks>Java's <c>set(int, E)</c>; a full fence.</remarks>
    public void Set(int i, E newValue) => Interlocked.Exchange(ref Slot(i), newValue);

    /// <summary>Writes element <paramref name="i"/> with release semantics only.</summary>
    /// <param name="i">The index.</param>
    /// <param name="newValue">The new value.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is outside the array.</exception>
    /// <remarks>Java's <c>lazySet(int, E)</c>.</remarks>
    public void LazySet(int i, E newValue) => Volatile.Write(ref Slot(i), newValue);

    /// <summary>Sets element <paramref name="i"/> and returns its old value, atomically.</summary>
    /// <param name="i">The index.</param>
    /// <param name="newValue">The new value.</param>
    /// <returns>The previous value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is outside the array.</exception>
    /// <remarks>Java's <c>getAndSet(int, E)</c>.</remarks>
    public E GetAndSet(int i, E newValue) => Interlocked.Exchange(ref Slot(i), newValue);

    /// <summary>Sets element <paramref name="i"/> to <paramref name="newValue"/> if it is <paramref name="expectedValue"/>, atomically.</summary>
    /// <param name="i">The index.</param>
    /// <param name="expectedValue">The value expected.</param>
    /// <param name="newValue">The new value.</param>
    /// <returns><see langword="true"/> if the element was <paramref name="expectedValue"/> and is now <paramref name="newValue"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is outside the array.</exception>
    /// <remarks>Java's <c>compareAndSet(int, E, E)</c>.</remarks>
    public bool CompareAndSet(int i, E expectedValue, E newValue) =>
        Interlocked.CompareExchange(ref Slot(i), newValue, expectedValue) is var found && ReferenceEquals(found, expectedValue);

    /// <summary>Sets element <paramref name="i"/> to <paramref name="newValue"/> if it is <paramref name="expectedValue"/>, atomically.</summary>
    /// <param name="i">The index.</param>
    /// <param name="expectedValue">The value expected.</param>
    /// <param name="newValue">The new value.</param>
    /// <returns>The value found, which equals <paramref name="expectedValue"/> when the exchange happened.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is outside the array.</exception>
    /// <remarks>Java's <c>compareAndExchange(int, E, E)</c>.</remarks>
    public E CompareAndExchange(int i, E expectedValue, E newValue) =>
        Interlocked.CompareExchange(ref Slot(i), newValue, expectedValue);

    /// <summary>As <see cref="CompareAndExchange"/>; Java's acquire-only form, which .NET has no cheaper form of.</summary>
    /// <param name="i">The index.</param>
    /// <param name="expectedValue">The value expected.</param>
    /// <param name="newValue">The new value.</param>
    /// <returns>The value found.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is outside the array.</exception>
    /// <remarks>Java's <c>compareAndExchangeAcquire(int, E, E)</c>; here a full fence.</remarks>
    public E CompareAndExchangeAcquire(int i, E expectedValue, E newValue) => CompareAndExchange(i, expectedValue, newValue);

    /// <summary>As <see cref="CompareAndExchange"/>; Java's release-only form, which .NET has no cheaper form of.</summary>
    /// <param name="i">The index.</param>
    /// <param name="expectedValue">The value expected.</param>
    /// <param name="newValue">The new value.</param>
    /// <returns>The value found.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is outside the array.</exception>
    /// <remarks>Java's <c>compareAndExchangeRelease(int, E, E)</c>; here a full fence.</remarks>
    public E CompareAndExchangeRelease(int i, E expectedValue, E newValue) => CompareAndExchange(i, expectedValue, newValue);

    /// <summary>As <see cref="CompareAndSet"/>; Java allows this one to fail spuriously, it never does here.</summary>
    /// <param name="i">The index.</param>
    /// <param name="expectedValue">The value expected.</param>
    /// <param name="newValue">The new value.</param>
    /// <returns><see langword="true"/> if the element was set.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is outside the array.</exception>
    /// <remarks>Java's <c>weakCompareAndSetPlain(int, E, E)</c>; here a full fence.</remarks>
    public bool WeakCompareAndSetPlain(int i, E expectedValue, E newValue) => CompareAndSet(i, expectedValue, newValue);

    /// <summary>As <see cref="CompareAndSet"/>; Java allows this one to fail spuriously, it never does here.</summary>
    /// <param name="i">The index.</param>
    /// <param name="expectedValue">The value expected.</param>
    /// <param name="newValue">The new value.</param>
    /// <returns><see langword="true"/> if the element was set.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is outside the array.</exception>
    /// <remarks>Java's <c>weakCompareAndSetVolatile(int, E, E)</c> (and the deprecated <c>weakCompareAndSet</c>).</remarks>
    public bool WeakCompareAndSetVolatile(int i, E expectedValue, E newValue) => CompareAndSet(i, expectedValue, newValue);

    /// <summary>As <see cref="CompareAndSet"/>; Java allows this one to fail spuriously, it never does here.</summary>
    /// <param name="i">The index.</param>
    /// <param name="expectedValue">The value expected.</param>
    /// <param name="newValue">The new value.</param>
    /// <returns><see langword="true"/> if the element was set.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is outside the array.</exception>
    /// <remarks>Java's <c>weakCompareAndSetAcquire(int, E, E)</c>; here a full fence.</remarks>
    public bool WeakCompareAndSetAcquire(int i, E expectedValue, E newValue) => CompareAndSet(i, expectedValue, newValue);

    /// <summary>As <see cref="CompareAndSet"/>; Java allows this one to fail spuriously, it never does here.</summary>
    /// <param name="i">The index.</param>
    /// <param name="expectedValue">The value expected.</param>
    /// <param name="newValue">The new value.</param>
    /// <returns><see langword="true"/> if the element was set.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is outside the array.</exception>
    /// <remarks>Java's <c>weakCompareAndSetRelease(int, E, E)</c>; here a full fence.</remarks>
    public bool WeakCompareAndSetRelease(int i, E expectedValue, E newValue) => CompareAndSet(i, expectedValue, newValue);

    /// <summary>Replaces element <paramref name="i"/> with <paramref name="updateFunction"/>'s result and returns its old value.</summary>
    /// <param name="i">The index.</param>
    /// <param name="updateFunction">Maps the current value to the new one; may run more than once under contention.</param>
    /// <returns>The previous value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is outside the array.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="updateFunction"/> is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>getAndUpdate(int, UnaryOperator)</c>: a compare-and-swap loop.</remarks>
    public E GetAndUpdate(int i, Func<E, E> updateFunction)
    {
        ref var slot = ref Slot(i);
        ArgumentNullException.ThrowIfNull(updateFunction);
        var prev = Volatile.Read(ref slot);
        while (true)
        {
            var found = Interlocked.CompareExchange(ref slot, updateFunction(prev), prev);
            if (ReferenceEquals(found, prev))
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
    /// <remarks>Java's <c>updateAndGet(int, UnaryOperator)</c>: a compare-and-swap loop.</remarks>
    public E UpdateAndGet(int i, Func<E, E> updateFunction)
    {
        ref var slot = ref Slot(i);
        ArgumentNullException.ThrowIfNull(updateFunction);
        var prev = Volatile.Read(ref slot);
        while (true)
        {
            var next = updateFunction(prev);
            var found = Interlocked.CompareExchange(ref slot, next, prev);
            if (ReferenceEquals(found, prev))
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
    /// <remarks>Java's <c>getAndAccumulate(int, E, BinaryOperator)</c>: a compare-and-swap loop.</remarks>
    public E GetAndAccumulate(int i, E x, Func<E, E, E> accumulatorFunction)
    {
        ref var slot = ref Slot(i);
        ArgumentNullException.ThrowIfNull(accumulatorFunction);
        var prev = Volatile.Read(ref slot);
        while (true)
        {
            var found = Interlocked.CompareExchange(ref slot, accumulatorFunction(prev, x), prev);
            if (ReferenceEquals(found, prev))
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
    /// <remarks>Java's <c>accumulateAndGet(int, E, BinaryOperator)</c>: a compare-and-swap loop.</remarks>
    public E AccumulateAndGet(int i, E x, Func<E, E, E> accumulatorFunction)
    {
        ref var slot = ref Slot(i);
        ArgumentNullException.ThrowIfNull(accumulatorFunction);
        var prev = Volatile.Read(ref slot);
        while (true)
        {
            var next = accumulatorFunction(prev, x);
            var found = Interlocked.CompareExchange(ref slot, next, prev);
            if (ReferenceEquals(found, prev))
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
    public E GetPlain(int i) => Slot(i);

    /// <summary>Writes element <paramref name="i"/> as a plain field, with no ordering.</summary>
    /// <param name="i">The index.</param>
    /// <param name="newValue">The new value.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is outside the array.</exception>
    /// <remarks>Java's <c>setPlain(int, E)</c>.</remarks>
    public void SetPlain(int i, E newValue) => Slot(i) = newValue;

    /// <summary>Reads element <paramref name="i"/> so that it is never cached in a register.</summary>
    /// <param name="i">The index.</param>
    /// <returns>The element's value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is outside the array.</exception>
    /// <remarks>Java's <c>getOpaque(int)</c>; here a volatile read.</remarks>
    public E GetOpaque(int i) => Volatile.Read(ref Slot(i));

    /// <summary>Writes element <paramref name="i"/> so that it is never cached in a register.</summary>
    /// <param name="i">The index.</param>
    /// <param name="newValue">The new value.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is outside the array.</exception>
    /// <remarks>Java's <c>setOpaque(int, E)</c>; here a volatile write.</remarks>
    public void SetOpaque(int i, E newValue) => Volatile.Write(ref Slot(i), newValue);

    /// <summary>Reads element <paramref name="i"/> with acquire semantics.</summary>
    /// <param name="i">The index.</param>
    /// <returns>The element's value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is outside the array.</exception>
    /// <remarks>Java's <c>getAcquire(int)</c>.</remarks>
    public E GetAcquire(int i) => Volatile.Read(ref Slot(i));

    /// <summary>Writes element <paramref name="i"/> with release semantics.</summary>
    /// <param name="i">The index.</param>
    /// <param name="newValue">The new value.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is outside the array.</exception>
    /// <remarks>Java's <c>setRelease(int, E)</c>.</remarks>
    public void SetRelease(int i, E newValue) => Volatile.Write(ref Slot(i), newValue);

    /// <summary>The elements as Java's <c>Arrays.toString</c> writes them: <c>[a, null, c]</c>.</summary>
    /// <returns>The elements in order, each read atomically (the whole is not a snapshot).</returns>
    /// <remarks>Java's <c>toString()</c>. Never throws: an element whose <see cref="object.ToString"/> throws shows as the exception's type in angle brackets.</remarks>
    public override string ToString() => AtomicText.Format(_array.Length, i => AtomicText.Of(Get(i)));

    private ref E Slot(int i)
    {
        if ((uint)i >= (uint)_array.Length)
        {
            AtomicText.ThrowIndexOutOfRange(i, _array.Length);
        }

        return ref _array[i];
    }
}
