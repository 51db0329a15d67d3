namespace JThreading.Concurrent;

/// <summary>A unit of time for the timeouts of the <c>JThreading.Concurrent</c> types.</summary>
/// <remarks>
/// Java's <c>java.util.concurrent.TimeUnit</c>. Its methods (<c>toNanos</c>, <c>convert</c>, <c>sleep</c>, ...) are
/// the extension methods of <see cref="TimeUnitExtensions"/>.
/// </remarks>
public enum TimeUnit
{
    /// <summary>A nanosecond, a thousandth of a microsecond.</summary>
    Nanoseconds,

    /// <summary>A microsecond, a thousand nanoseconds.</summary>
    Microseconds,

    /// <summary>A millisecond, a thousand microseconds.</summary>
    Milliseconds,

    /// <summary>A second, a thousand milliseconds.</summary>
    Seconds,

    /// <summary>A minute, sixty seconds.</summary>
    Minutes,

    /// <summary>An hour, sixty minutes.</summary>
    Hours,

    /// <summary>A day, twenty-four hours.</summary>
    Days,
}
