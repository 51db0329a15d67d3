using System.Runtime.InteropServices;

namespace JThreading.Concurrent.Atomic;

/// <summary>
/// The striped counter behind <see cref="LongAdder"/> and <see cref="LongAccumulator"/>: Java's
/// <c>java.util.concurrent.atomic.Striped64</c>, held as a field of its owner (a struct, so no extra object).
/// </summary>
/// <remarks>
/// <para>
/// Updates go to one base value until a compare-and-swap on it fails, that is until two threads really race. Then a
/// table of cells is made, two at first, and each thread updates the cell its probe (a per-thread hash) picks. A
/// thread whose cell update fails moves its probe elsewhere; when it fails again and the table is smaller than the
/// processor count, the table doubles. Cells are padded so that two of them never share a cache line, which is what
/// lets two cores count at once without moving one line back and forth.
/// </para>
/// <para>
/// The table only grows, and only while a thread holds the <c>_cellsBusy</c> spin flag (a compare-and-swap, never a
/// lock); reads of the whole (<see cref="Combine"/>) are not atomic snapshots, as in Java.
/// </para>
/// </remarks>
internal struct Striped64
{
    private static readonly int s_processorCount = Environment.ProcessorCount;
    private static int s_probeSeed;

    // Java keeps its probe in Thread (threadLocalRandomProbe); 0 means not yet set for this thread.
    [ThreadStatic]
    private static int t_probe;

    private long _base;
    private volatile Cell[]? _cells;
    private int _cellsBusy;

    /// <summary>The identity: what the base and every cell hold after a reset.</summary>
    internal Striped64(long identity) => _base = identity;

    /// <summary>Combines <paramref name="x"/> into the counter: <c>+</c> when <paramref name="function"/> is null.</summary>
    internal void Accumulate(long x, Func<long, long, long>? function, long identity)
    {
        var cells = _cells;
        if (cells is null)
        {
            var b = Volatile.Read(ref _base);
            var r = function is null ? b + x : function(b, x);
            if (r == b || Interlocked.CompareExchange(ref _base, r, b) == b)
            {
                return;
            }
        }

        var probe = Probe();
        var uncontended = true;
        if (cells is not null && cells[probe & (cells.Length - 1)] is { } cell)
        {
            var v = Volatile.Read(ref cell.Value);
            var r = function is null ? v + x : function(v, x);
            if (r == v || Interlocked.CompareExchange(ref cell.Value, r, v) == v)
            {
                return;
            }

            uncontended = false;
        }

        AccumulateSlow(x, function, identity, probe, uncontended);
    }

    /// <summary>The base combined with every cell: the sum, or <paramref name="function"/> folded over them.</summary>
    internal readonly long Combine(Func<long, long, long>? function)
    {
        var result = Volatile.Read(in _base);
        if (_cells is { } cells)
        {
            foreach (var cell in cells)
            {
                if (cell is not null)
                {
                    var v = Volatile.Read(in cell.Value);
                    result = function is null ? result + v : function(result, v);
                }
            }
        }

        return result;
    }

    /// <summary>Sets the base and every cell to <paramref name="identity"/>; not atomic with concurrent updates, as in Java.</summary>
    internal void Reset(long identity)
    {
        Volatile.Write(ref _base, identity);
        if (_cells is { } cells)
        {
            foreach (var cell in cells)
            {
                if (cell is not null)
                {
                    Volatile.Write(ref cell.Value, identity);
                }
            }
        }
    }

    /// <summary>Combines, then resets each part as it is read, so no update is counted twice or lost between the two.</summary>
    internal long CombineThenReset(Func<long, long, long>? function, long identity)
    {
        var result = Interlocked.Exchange(ref _base, identity);
        if (_cells is { } cells)
        {
            foreach (var cell in cells)
            {
                if (cell is not null)
                {
                    var v = Interlocked.Exchange(ref cell.Value, identity);
                    result = function is null ? result + v : function(result, v);
                }
            }
        }

        return result;
    }

    private static int Probe()
    {
        var probe = t_probe;
        if (probe == 0)
        {
            // Java's probeGenerator: a Weyl sequence with the golden-ratio step, so consecutive threads spread out.
            probe = Interlocked.Add(ref s_probeSeed, unchecked((int)0x9e3779b9));
            t_probe = probe = probe == 0 ? 1 : probe;
        }

        return probe;
    }

    private static int AdvanceProbe(int probe)
    {
        // Marsaglia's xorshift, as Java's advanceProbe.
        probe ^= probe << 13;
        probe ^= (int)((uint)probe >> 17);
        probe ^= probe << 5;
        t_probe = probe;
        return probe;
    }

    // Java's Striped64.longAccumulate: attach a cell, update it, rehash, or grow the table, until one update lands.
    private void AccumulateSlow(long x, Func<long, long, long>? function, long identity, int probe, bool uncontended)
    {
        var collide = false;
        while (true)
        {
            var cells = _cells;
            if (cells is not null)
            {
                var n = cells.Length;
                var cell = cells[probe & (n - 1)];
                if (cell is null)
                {
                    if (Volatile.Read(ref _cellsBusy) == 0)
                    {
                        var created = new Cell(function is null ? x : function(identity, x));
                        if (TryLockCells())
                        {
                            var attached = false;
                            try
                            {
                                var current = _cells!;
                                var slot = probe & (current.Length - 1);
                                if (current[slot] is null)
                                {
                                    Volatile.Write(ref current[slot], created);
                                    attached = true;
                                }
                            }
                            finally
                            {
                                Volatile.Write(ref _cellsBusy, 0);
                            }

                            if (attached)
                            {
                                return;
                            }

                            continue;
                        }
                    }

                    collide = false;
                }
                else if (!uncontended)
                {
                    // The caller's compare-and-swap on this cell failed: move elsewhere before trying again.
                    uncontended = true;
                }
                else
                {
                    var v = Volatile.Read(ref cell.Value);
                    var r = function is null ? v + x : function(v, x);
                    if (r == v || Interlocked.CompareExchange(ref cell.Value, r, v) == v)
                    {
                        return;
                    }

                    if (n >= s_processorCount || !ReferenceEquals(_cells, cells))
                    {
                        collide = false;
                    }
                    else if (!collide)
                    {
                        collide = true;
                    }
                    else if (TryLockCells())
                    {
                        try
                        {
                            if (ReferenceEquals(_cells, cells))
                            {
                                var grown = new Cell[n << 1];
                                Array.Copy(cells, grown, n);
                                _cells = grown;
                            }
                        }
                        finally
                        {
                            Volatile.Write(ref _cellsBusy, 0);
                        }

                        collide = false;
                        continue;
                    }
                }

                probe = AdvanceProbe(probe);
            }
            else if (Volatile.Read(ref _cellsBusy) == 0 && TryLockCells())
            {
                var initialized = false;
                try
                {
                    if (_cells is null)
                    {
                        var table = new Cell[2];
                        table[probe & 1] = new Cell(function is null ? x : function(identity, x));
                        _cells = table;
                        initialized = true;
                    }
                }
                finally
                {
                    Volatile.Write(ref _cellsBusy, 0);
                }

                if (initialized)
                {
                    return;
                }
            }
            else
            {
                // Another thread is making the table: fall back on the base.
                var b = Volatile.Read(ref _base);
                var r = function is null ? b + x : function(b, x);
                if (r == b || Interlocked.CompareExchange(ref _base, r, b) == b)
                {
                    return;
                }
            }
        }
    }

    private bool TryLockCells() => Interlocked.CompareExchange(ref _cellsBusy, 1, 0) == 0;

    /// <summary>One padded counter: 120 bytes of nothing before the value keep two cells off one cache line.</summary>
    [StructLayout(LayoutKind.Explicit)]
    private sealed class Cell(long value)
    {
        // Two cells' values are at least 128 bytes apart, as Java's @Contended (adjacent-line prefetch included).
        [FieldOffset(120)]
        internal long Value = value;
    }
}
