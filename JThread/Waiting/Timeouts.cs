using System.Diagnostics;

namespace JThreading;

/// <summary>
/// Java's timeout arguments and their arithmetic, in one place: the argument checks of <c>(millis, nanos)</c> pairs,
/// Java's rounding of nanoseconds up to a whole millisecond, and conversions to <see cref="Stopwatch"/> ticks that
/// saturate instead of overflowing.
/// </summary>
internal static class Timeouts
{
    /// <summary>The longest wait in ticks that is still treated as finite; longer ones are clamped to it.</summary>
    /// <remarks>A quarter of <see cref="long.MaxValue"/>, so a deadline of "now + this" never overflows.</remarks>
    internal const long MaxTicks = long.MaxValue / 4;

    /// <summary>Throws Java's exceptions for a negative timeout or nanoseconds outside 0..999999.</summary>
    internal static void Check(long millis, int nanos)
    {
        if (millis < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(millis), millis, ExceptionMessages.TimeoutNegative);
        }

        if (nanos is < 0 or > 999_999)
        {
            throw new ArgumentOutOfRangeException(nameof(nanos), nanos, ExceptionMessages.NanosOutOfRange);
        }
    }

    /// <summary>
    /// Java's <c>join(long, int)</c> and <c>wait(long, int)</c> rounding: any nanoseconds add a whole millisecond, so
    /// <c>(0, 1)</c> is one millisecond and not "forever".
    /// </summary>
    internal static long RoundUpToMillis(long millis, int nanos) => nanos > 0 && millis < long.MaxValue ? millis + 1 : millis;

    /// <summary>A <see cref="TimeSpan"/> in whole milliseconds, any remainder rounded up.</summary>
    internal static long RoundUpToMillis(TimeSpan timeout)
    {
        var millis = timeout.Ticks / TimeSpan.TicksPerMillisecond;
        return timeout.Ticks % TimeSpan.TicksPerMillisecond > 0 ? millis + 1 : millis;
    }

    /// <summary>Milliseconds plus nanoseconds as nanoseconds, saturating at <see cref="long.MaxValue"/>.</summary>
    internal static long ToNanos(long millis, int nanos) =>
        millis > (long.MaxValue - nanos) / 1_000_000 ? long.MaxValue : (millis * 1_000_000) + nanos;

    /// <summary>A <see cref="TimeSpan"/> as nanoseconds, saturating at <see cref="long.MaxValue"/>.</summary>
    internal static long ToNanos(TimeSpan duration) =>
        duration.Ticks > long.MaxValue / 100 ? long.MaxValue : duration.Ticks * 100;

    /// <summary>Milliseconds as <see cref="Stopwatch"/> ticks, saturating at <see cref="MaxTicks"/>.</summary>
    internal static long MillisToTicks(long millis) =>
        NanosToTicks(millis > long.MaxValue / 1_000_000 ? long.MaxValue : millis * 1_000_000);

    /// <summary>Nanoseconds as <see cref="Stopwatch"/> ticks, saturating at <see cref="MaxTicks"/>; 0 or less is 0.</summary>
    internal static long NanosToTicks(long nanos)
    {
        if (nanos <= 0)
        {
            return 0;
        }

        var ticks = (Int128)nanos * Stopwatch.Frequency / 1_000_000_000;
        return ticks > MaxTicks ? MaxTicks : (long)ticks;
    }

    /// <summary>
    /// <see cref="Stopwatch"/> ticks as whole milliseconds for a blocking call, rounded down (the caller yields through
    /// the rest, so the wait ends at its deadline and not up to a millisecond after it), at most
    /// <see cref="int.MaxValue"/> - 1.
    /// </summary>
    internal static int WholeMillis(long ticks)
    {
        var millis = (Int128)ticks * 1000 / Stopwatch.Frequency;
        return millis >= int.MaxValue ? int.MaxValue - 1 : (int)millis;
    }
}
