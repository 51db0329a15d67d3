namespace JThreading.Concurrent;

/// <summary>Java's <c>TimeUnit</c> methods: conversions between units and the timed waits that take a unit.</summary>
/// <remarks>
/// Conversions to a finer unit saturate at <see cref="long.MaxValue"/> or <see cref="long.MinValue"/> instead of
/// overflowing; conversions to a coarser unit truncate toward zero. Both are exactly Java's rules.
/// </remarks>
/// <example>
/// <code>
/// long nanos = TimeUnit.Seconds.ToNanos(5);                               // 5_000_000_000
/// long days = TimeUnit.Days.Convert(long.MaxValue, TimeUnit.Nanoseconds); // 106751
/// TimeUnit.Milliseconds.Sleep(10);                                        // interruptible
/// </code>
/// </example>
public static class TimeUnitExtensions
{
    private const long NanoScale = 1L;
    private const long MicroScale = 1000L * NanoScale;
    private const long MilliScale = 1000L * MicroScale;

    /// <summary>Converts <paramref name="duration"/> in <paramref name="unit"/> to nanoseconds.</summary>
    /// <param name="unit">The unit of <paramref name="duration"/>.</param>
    /// <param name="duration">The duration.</param>
    /// <returns>The duration in nanoseconds, saturated at <see cref="long.MinValue"/> or <see cref="long.MaxValue"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a <see cref="TimeUnit"/> value.</exception>
    /// <remarks>Java's <c>TimeUnit.toNanos</c>.</remarks>
    public static long ToNanos(this TimeUnit unit, long duration) => Scale(duration, ScaleOf(unit), NanoScale);

    /// <summary>Converts <paramref name="duration"/> in <paramref name="unit"/> to microseconds.</summary>
    /// <param name="unit">The unit of <paramref name="duration"/>.</param>
    /// <param name="duration">The duration.</param>
    /// <returns>The duration in microseconds, truncated or saturated as in Java.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a <see cref="TimeUnit"/> value.</exception>
    /// <remarks>Java's <c>TimeUnit.toMicros</c>.</remarks>
    public static long ToMicros(this TimeUnit unit, long duration) => Scale(duration, ScaleOf(unit), MicroScale);

    /// <summary>Converts <paramref name="duration"/> in <paramref name="unit"/> to milliseconds.</summary>
    /// <param name="unit">The unit of <paramref name="duration"/>.</param>
    /// <param name="duration">The duration.</param>
    /// <returns>The duration in milliseconds, truncated or saturated as in Java.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a <see cref="TimeUnit"/> value.</exception>
    /// <remarks>Java's <c>TimeUnit.toMillis</c>.</remarks>
    public static long ToMillis(this TimeUnit unit, long duration) => Scale(duration, ScaleOf(unit), MilliScale);

    /// <summary>Converts <paramref name="duration"/> in <paramref name="unit"/> to seconds.</summary>
    /// <param name="unit">The unit of <paramref name="duration"/>.</param>
    /// <param name="duration">The duration.</param>
    /// <returns>The duration in seconds, truncated or saturated as in Java.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a <see cref="TimeUnit"/> value.</exception>
    /// <remarks>Java's <c>TimeUnit.toSeconds</c>.</remarks>
    public static long ToSeconds(this TimeUnit unit, long duration) => Scale(duration, ScaleOf(unit), ScaleOf(TimeUnit.Seconds));

    /// <summary>Converts <paramref name="duration"/> in <paramref name="unit"/> to minutes.</summary>
    /// <param name="unit">The unit of <paramref name="duration"/>.</param>
    /// <param name="duration">The duration.</param>
    /// <returns>The duration in minutes, truncated or saturated as in Java.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a <see cref="TimeUnit"/> value.</exception>
    /// <remarks>Java's <c>TimeUnit.toMinutes</c>.</remarks>
    public static long ToMinutes(this TimeUnit unit, long duration) => Scale(duration, ScaleOf(unit), ScaleOf(TimeUnit.Minutes));

    /// <summary>Converts <paramref name="duration"/> in <paramref name="unit"/> to hours.</summary>
    /// <param name="unit">The unit of <paramref name="duration"/>.</param>
    /// <param name="duration">The duration.</param>
    /// <returns>The duration in hours, truncated or saturated as in Java.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a <see cref="TimeUnit"/> value.</exception>
    /// <remarks>Java's <c>TimeUnit.toHours</c>.</remarks>
    public static long ToHours(this TimeUnit unit, long duration) => Scale(duration, ScaleOf(unit), ScaleOf(TimeUnit.Hours));

    /// <summary>Converts <paramref name="duration"/> in <paramref name="unit"/> to days.</summary>
    /// <param name="unit">The unit of <paramref name="duration"/>.</param>
    /// <param name="duration">The duration.</param>
    /// <returns>The duration in days, truncated toward zero.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a <see cref="TimeUnit"/> value.</exception>
    /// <remarks>Java's <c>TimeUnit.toDays</c>.</remarks>
    public static long ToDays(this TimeUnit unit, long duration) => Scale(duration, ScaleOf(unit), ScaleOf(TimeUnit.Days));

    /// <summary>Converts <paramref name="sourceDuration"/> in <paramref name="sourceUnit"/> to <paramref name="unit"/>.</summary>
    /// <param name="unit">The unit to convert to.</param>
    /// <param name="sourceDuration">The duration.</param>
    /// <param name="sourceUnit">The unit of <paramref name="sourceDuration"/>.</param>
    /// <returns>The duration in <paramref name="unit"/>, truncated or saturated as in Java.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Either unit is not a <see cref="TimeUnit"/> value.</exception>
    /// <remarks>Java's <c>TimeUnit.convert(long, TimeUnit)</c>: <c>Seconds.Convert(90, Minutes)</c> is 5400.</remarks>
    public static long Convert(this TimeUnit unit, long sourceDuration, TimeUnit sourceUnit) =>
        Scale(sourceDuration, ScaleOf(sourceUnit), ScaleOf(unit));

    /// <summary>Sleeps the current thread for <paramref name="timeout"/> in <paramref name="unit"/>.</summary>
    /// <param name="unit">The unit of <paramref name="timeout"/>.</param>
    /// <param name="timeout">How long; zero or negative returns at once without checking the interrupt flag.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a <see cref="TimeUnit"/> value.</exception>
    /// <exception cref="InterruptedException">
    /// The timeout is positive and the thread was interrupted before or during the sleep; the flag is cleared.
    /// </exception>
    /// <remarks>Java's <c>TimeUnit.sleep</c>, a <see cref="JThread.Sleep(long, int)"/> with the timeout split into milliseconds and nanoseconds.</remarks>
    public static void Sleep(this TimeUnit unit, long timeout)
    {
        if (TrySplit(unit, timeout, out var millis, out var nanos))
        {
            JThread.Sleep(millis, nanos);
        }
    }

    /// <summary>Waits at most <paramref name="timeout"/> in <paramref name="unit"/> for <paramref name="thread"/> to end.</summary>
    /// <param name="unit">The unit of <paramref name="timeout"/>.</param>
    /// <param name="thread">The thread to wait for.</param>
    /// <param name="timeout">The longest wait; zero or negative returns at once.</param>
    /// <exception cref="ArgumentNullException"><paramref name="thread"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a <see cref="TimeUnit"/> value.</exception>
    /// <exception cref="InterruptedException">
    /// The thread is alive, the timeout is positive and the calling thread was interrupted; its flag is cleared.
    /// </exception>
    /// <remarks>
    /// Java's <c>TimeUnit.timedJoin</c>, a <see cref="JThread.Join(long, int)"/>: it checks the flag only when it would
    /// wait for a live thread. Unlike Java, a <see langword="null"/> thread throws even for a zero timeout.
    /// </remarks>
    public static void TimedJoin(this TimeUnit unit, JThread thread, long timeout)
    {
        ArgumentNullException.ThrowIfNull(thread);
        if (TrySplit(unit, timeout, out var millis, out var nanos))
        {
            thread.Join(millis, nanos);
        }
    }

    /// <summary>
    /// Releases the lock on <paramref name="obj"/> and waits at most <paramref name="timeout"/> in
    /// <paramref name="unit"/> to be notified, as <see cref="JMonitor.Wait(object, long, int)"/>.
    /// </summary>
    /// <param name="unit">The unit of <paramref name="timeout"/>.</param>
    /// <param name="obj">An object whose lock the current thread holds.</param>
    /// <param name="timeout">The longest wait; zero or negative returns at once without any check.</param>
    /// <exception cref="ArgumentNullException"><paramref name="obj"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a <see cref="TimeUnit"/> value.</exception>
    /// <exception cref="SynchronizationLockException">The timeout is positive and the current thread does not hold the lock.</exception>
    /// <exception cref="InterruptedException">
    /// The timeout is positive and the thread was interrupted; the lock is held again and the flag cleared.
    /// </exception>
    /// <remarks>
    /// Java's <c>TimeUnit.timedWait</c>: the monitor's ownership is checked before the interrupt flag. Unlike Java, a
    /// <see langword="null"/> object throws even for a zero timeout.
    /// </remarks>
    public static void TimedWait(this TimeUnit unit, object obj, long timeout)
    {
        ArgumentNullException.ThrowIfNull(obj);
        if (TrySplit(unit, timeout, out var millis, out var nanos))
        {
            JMonitor.Wait(obj, millis, nanos);
        }
    }

    /// <summary>How many nanoseconds one <paramref name="unit"/> is.</summary>
    private static long ScaleOf(TimeUnit unit) => unit switch
    {
        TimeUnit.Nanoseconds => NanoScale,
        TimeUnit.Microseconds => MicroScale,
        TimeUnit.Milliseconds => MilliScale,
        TimeUnit.Seconds => 1000L * MilliScale,
        TimeUnit.Minutes => 60L * 1000L * MilliScale,
        TimeUnit.Hours => 60L * 60L * 1000L * MilliScale,
        TimeUnit.Days => 24L * 60L * 60L * 1000L * MilliScale,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, ExceptionMessages.UnknownTimeUnit),
    };

    /// <summary>Java's conversion: divide (truncating) to a coarser unit, multiply (saturating) to a finer one.</summary>
    private static long Scale(long duration, long sourceScale, long targetScale)
    {
        if (sourceScale == targetScale)
        {
            return duration;
        }

        if (sourceScale < targetScale)
        {
            return duration / (targetScale / sourceScale);
        }

        var ratio = sourceScale / targetScale;
        var limit = long.MaxValue / ratio;
        if (duration > limit)
        {
            return long.MaxValue;
        }

        return duration < -limit ? long.MinValue : duration * ratio;
    }

    /// <summary>A positive timeout as Java's <c>(millis, nanos)</c> pair: whole milliseconds and the nanoseconds beyond.</summary>
    /// <summary>
    /// Checks <paramref name="unit"/> and splits a positive <paramref name="timeout"/> into Java's (millis, nanos)
    /// pair; <see langword="false"/> for zero or less, which waits for nothing.
    /// </summary>
    private static bool TrySplit(TimeUnit unit, long timeout, out long millis, out int nanos)
    {
        var scale = ScaleOf(unit);
        millis = Scale(timeout, scale, MilliScale);
        nanos = scale switch
        {
            NanoScale => (int)(timeout % MilliScale),
            MicroScale => (int)(timeout % 1000L * MicroScale),
            _ => 0,
        };
        return timeout > 0;
    }
}
