using System.Globalization;

namespace JThreading.Concurrent.Atomic;

/// <summary>
/// A sum that many threads add to at once: under contention it spreads the updates over padded cells, so it scales
/// where one interlocked counter does not.
/// </summary>
/// <remarks>
/// <para>
/// Java's <c>java.util.concurrent.atomic.LongAdder</c>. Uncontended, an update is one compare-and-swap on a base
/// value; once two threads race, a table of cells (at most one per processor, each on its own cache line) takes the
/// updates, as Java's <c>Striped64</c>. <see cref="Sum"/> adds the base and the cells: it is exact when no update
/// runs meanwhile, and otherwise not an atomic snapshot, as in Java. Use it for statistics that are written often
/// and read rarely; use <see cref="AtomicLong"/> where each update needs the new value.
/// </para>
/// <para>Arithmetic wraps on overflow, as in Java. <see cref="ToString"/> is the sum.</para>
/// </remarks>
/// <example>
/// <code>
/// var requests = new LongAdder();
/// pool.Execute(() => requests.Increment());
/// Console.WriteLine(requests.Sum());
/// </code>
/// </example>
public sealed class LongAdder
{
    private Striped64 _cells;

    /// <summary>Creates an adder whose sum is 0.</summary>
    /// <remarks>Java's <c>LongAdder()</c>.</remarks>
    public LongAdder()
    {
    }

    /// <summary>Adds <paramref name="x"/>.</summary>
    /// <param name="x">The value to add.</param>
    /// <remarks>Java's <c>add(long)</c>.</remarks>
    public void Add(long x) => _cells.Accumulate(x, null, 0);

    /// <summary>Adds one.</summary>
    /// <remarks>Java's <c>increment()</c>.</remarks>
    public void Increment() => _cells.Accumulate(1, null, 0);

    /// <summary>Subtracts one.</summary>
    /// <remarks>Java's <c>decrement()</c>.</remarks>
    public void Decrement() => _cells.Accumulate(-1, null, 0);

    /// <summary>The current sum.</summary>
    /// <returns>The base plus every cell; updates made while it runs may or may not be counted.</returns>
    /// <remarks>Java's <c>sum()</c>.</remarks>
    public long Sum() => _cells.Combine(null);

    /// <summary>Sets the sum to 0.</summary>
    /// <remarks>Java's <c>reset()</c>: exact only when no update runs meanwhile.</remarks>
    public void Reset() => _cells.Reset(0);

    /// <summary>Returns the sum and sets it to 0.</summary>
    /// <returns>The sum before the reset.</returns>
    /// <remarks>
    /// Java's <c>sumThenReset()</c>. Each part is read and cleared in one exchange, so an update that runs meanwhile is
    /// counted either in this result or in the next sum, never lost.
    /// </remarks>
    public long SumThenReset() => _cells.CombineThenReset(null, 0);

    /// <summary>The sum, as <see cref="Sum"/>.</summary>
    /// <returns>The sum.</returns>
    /// <remarks>Java's <c>longValue()</c>.</remarks>
    public long LongValue() => Sum();

    /// <summary>The sum narrowed to <see cref="int"/>, keeping the low 32 bits.</summary>
    /// <returns>The sum.</returns>
    /// <remarks>Java's <c>intValue()</c>.</remarks>
    public int IntValue() => unchecked((int)Sum());

    /// <summary>The sum converted to <see cref="float"/>.</summary>
    /// <returns>The sum.</returns>
    /// <remarks>Java's <c>floatValue()</c>.</remarks>
    public float FloatValue() => Sum();

    /// <summary>The sum converted to <see cref="double"/>.</summary>
    /// <returns>The sum.</returns>
    /// <remarks>Java's <c>doubleValue()</c>.</remarks>
    public double DoubleValue() => Sum();

    /// <summary>The sum in decimal, as Java's <c>Long.toString</c>.</summary>
    /// <returns>The sum as text, in the invariant culture.</returns>
    /// <remarks>Java's <c>toString()</c>.</remarks>
    public override string ToString() => Sum().ToString(CultureInfo.InvariantCulture);
}
