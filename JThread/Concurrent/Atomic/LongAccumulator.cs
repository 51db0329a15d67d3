using System.Globalization;

namespace JThreading.Concurrent.Atomic;

/// <summary>
/// A value that many threads fold values into at once with one associative function (a maximum, a minimum, a sum),
/// striped over padded cells under contention as <see cref="LongAdder"/> is.
/// </summary>
/// <remarks>
/// <para>
/// Java's <c>java.util.concurrent.atomic.LongAccumulator</c>. The function must be associative and commutative and
/// free of side effects, with <c>identity</c> as its identity: it may run more than once for one
/// <see cref="Accumulate"/>, and the order in which values are combined is not fixed. <see cref="Get"/> folds the
/// cells together; it is exact when no update runs meanwhile, and otherwise not an atomic snapshot, as in Java.
/// </para>
/// <para>An exception from the function propagates from the call that ran it. <see cref="ToString"/> is <see cref="Get"/>.</para>
/// </remarks>
/// <example>
/// <code>
/// var slowest = new LongAccumulator(Math.Max, long.MinValue);
/// pool.Execute(() => slowest.Accumulate(elapsedTicks));
/// Console.WriteLine(slowest.Get());
/// </code>
/// </example>
public sealed class LongAccumulator
{
    private readonly Func<long, long, long> _function;
    private readonly long _identity;
    private Striped64 _cells;

    /// <summary>Creates an accumulator that combines values with <paramref name="accumulatorFunction"/>.</summary>
    /// <param name="accumulatorFunction">The function, called as <c>function(current, x)</c>.</param>
    /// <param name="identity">The function's identity: the value before any <see cref="Accumulate"/> and after <see cref="Reset"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="accumulatorFunction"/> is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>LongAccumulator(LongBinaryOperator, long)</c>.</remarks>
    public LongAccumulator(Func<long, long, long> accumulatorFunction, long identity)
    {
        ArgumentNullException.ThrowIfNull(accumulatorFunction);
        _function = accumulatorFunction;
        _identity = identity;
        _cells = new Striped64(identity);
    }

    /// <summary>Combines <paramref name="x"/> into the value.</summary>
    /// <param name="x">The value to combine.</param>
    /// <remarks>Java's <c>accumulate(long)</c>: when the function leaves the value unchanged, nothing is written.</remarks>
    public void Accumulate(long x) => _cells.Accumulate(x, _function, _identity);

    /// <summary>The current value.</summary>
    /// <returns>The identity folded with the base and every cell.</returns>
    /// <remarks>Java's <c>get()</c>.</remarks>
    public long Get() => _cells.Combine(_function);

    /// <summary>Sets the value back to the identity.</summary>
    /// <remarks>Java's <c>reset()</c>: exact only when no update runs meanwhile.</remarks>
    public void Reset() => _cells.Reset(_identity);

    /// <summary>Returns the value and sets it back to the identity.</summary>
    /// <returns>The value before the reset.</returns>
    /// <remarks>
    /// Java's <c>getThenReset()</c>. Each part is read and reset in one exchange, so a value combined meanwhile shows
    /// either in this result or in the next <see cref="Get"/>, never lost.
    /// </remarks>
    public long GetThenReset() => _cells.CombineThenReset(_function, _identity);

    /// <summary>The value, as <see cref="Get"/>.</summary>
    /// <returns>The value.</returns>
    /// <remarks>Java's <c>longValue()</c>.</remarks>
    public long LongValue() => Get();

    /// <summary>The value narrowed to <see cref="int"/>, keeping the low 32 bits.</summary>
    /// <returns>The value.</returns>
    /// <remarks>Java's <c>intValue()</c>.</remarks>
    public int IntValue() => unchecked((int)Get());

    /// <summary>The value converted to <see cref="float"/>.</summary>
    /// <returns>The value.</returns>
    /// <remarks>Java's <c>floatValue()</c>.</remarks>
    public float FloatValue() => Get();

    /// <summary>The value converted to <see cref="double"/>.</summary>
    /// <returns>The value.</returns>
    /// <remarks>Java's <c>doubleValue()</c>.</remarks>
    public double DoubleValue() => Get();

    /// <summary>The value in decimal, as Java's <c>Long.toString</c>.</summary>
    /// <returns>The value as text, in the invariant culture; an exception from the function shows as its type in angle brackets.</returns>
    /// <remarks>Java's <c>toString()</c>; never throws, even when the function does.</remarks>
    public override string ToString()
    {
        try
        {
            return Get().ToString(CultureInfo.InvariantCulture);
        }
        catch (Exception exception)
        {
            // ToString() never throws (STYLE.md), even when the user's function does.
            return $"<{exception.GetType()}>";
        }
    }
}
