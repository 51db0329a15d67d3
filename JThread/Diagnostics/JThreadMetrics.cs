using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Reflection;

namespace JThreading;

/// <summary>
/// The <c>JThreading</c> meter, for <c>dotnet-counters</c> and OpenTelemetry. Every instrument is observable: JThread
/// only counts in its own fields, and a listener reads the current totals whenever it collects, so a tool attached
/// late sees the true values (an up-down counter would show it only the changes made after it attached).
/// </summary>
/// <remarks>
/// Nothing here may throw into JThread: the callers are a starting thread, a dying thread, a lease and the shutdown
/// path. Recording never runs listener code (it is an interlocked add); only publishing the instruments does, once,
/// and whatever a listener throws from <see cref="MeterListener.InstrumentPublished"/> is ignored. An instrument whose
/// publication a listener broke is still registered with the meter, so listeners that start later see it.
/// </remarks>
internal static class JThreadMetrics
{
    private const string MeterName = "JThreading";
    private const string DaemonAttribute = "jthread.thread.daemon";
    private const string ErrorTypeAttribute = "error.type";

    // By exception type name; uncaught exceptions are rare, so a dictionary costs nothing that matters.
    private static readonly ConcurrentDictionary<string, long> s_uncaught = new(StringComparer.Ordinal);
    private static long s_startedNonDaemon;
    private static long s_startedDaemon;
    private static long s_leases;
    private static int s_published;

    // Kept reachable for the life of the process; never disposed.
    private static Meter? s_meter;

    internal static void ThreadStarted(bool daemon)
    {
        if (daemon)
        {
            Interlocked.Increment(ref s_startedDaemon);
        }
        else
        {
            Interlocked.Increment(ref s_startedNonDaemon);
        }

        EnsurePublished();
    }

    internal static void UncaughtException(Exception exception)
    {
        var type = SafeText.TypeName(exception);
        s_uncaught.AddOrUpdate(type, 1, static (_, count) => count + 1);
        EnsurePublished();
    }

    internal static void LeaseTaken()
    {
        Interlocked.Increment(ref s_leases);
        EnsurePublished();
    }

    internal static void LeaseReleased() => Interlocked.Decrement(ref s_leases);

    /// <summary>
    /// Creates the meter and its instruments on the first measurement, so that a program that never starts a thread
    /// or takes a lease publishes nothing. Never throws.
    /// </summary>
    internal static void EnsurePublished()
    {
        if (Volatile.Read(ref s_published) == 0 && Interlocked.Exchange(ref s_published, 1) == 0)
        {
            Publish();
        }
    }

    private static void Publish()
    {
        Meter meter;
        try
        {
            meter = new Meter(MeterName, Version());
        }
        catch (Exception)
        {
            // Nothing to publish to; JThread works on without metrics.
            return;
        }

        s_meter = meter;

        // One at a time: a listener that throws for one instrument must not cost the others their publication.
        TryCreate(meter, static m => m.CreateObservableUpDownCounter<long>(
            "jthread.thread.count", ObserveThreadCount, "{thread}", "Live threads known to JThread (started or adopted, not yet ended), by daemon status."));
        TryCreate(meter, static m => m.CreateObservableCounter<long>(
            "jthread.thread.started", ObserveThreadsStarted, "{thread}", "Threads started through JThread.Start, by daemon status."));
        TryCreate(meter, static m => m.CreateObservableCounter<long>(
            "jthread.uncaught_exception", ObserveUncaughtExceptions, "{exception}", "Exceptions that escaped a thread's Run and were dispatched to a handler, by type."));
        TryCreate(meter, static m => m.CreateObservableUpDownCounter<long>(
            "jthread.keepalive.lease.count", ObserveLeases, "{lease}", "Keep-alive leases currently held (JRuntime.KeepAlive)."));
    }

    private static void TryCreate(Meter meter, Func<Meter, Instrument> create)
    {
        try
        {
            _ = create(meter);
        }
        catch (Exception)
        {
            // Thrown by a listener's InstrumentPublished; the listener's failure is the listener's.
        }
    }

    /// <summary>The package version (0.1.0), without SourceLink's <c>+commit</c> suffix.</summary>
    private static string? Version()
    {
        var version = typeof(JThreadMetrics).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        var plus = version?.IndexOf('+', StringComparison.Ordinal) ?? -1;
        return plus >= 0 ? version![..plus] : version;
    }

    private static Measurement<long>[] ObserveThreadCount()
    {
        var (nonDaemon, daemon) = LiveThreads.CountByDaemon();
        return ByDaemon(nonDaemon, daemon);
    }

    private static Measurement<long>[] ObserveThreadsStarted() =>
        ByDaemon(Volatile.Read(ref s_startedNonDaemon), Volatile.Read(ref s_startedDaemon));

    private static Measurement<long>[] ByDaemon(long nonDaemon, long daemon) =>
    [
        new(nonDaemon, new KeyValuePair<string, object?>(DaemonAttribute, false)),
        new(daemon, new KeyValuePair<string, object?>(DaemonAttribute, true)),
    ];

    private static List<Measurement<long>> ObserveUncaughtExceptions()
    {
        var measurements = new List<Measurement<long>>();
        foreach (var (type, count) in s_uncaught)
        {
            measurements.Add(new(count, new KeyValuePair<string, object?>(ErrorTypeAttribute, type)));
        }

        return measurements;
    }

    private static long ObserveLeases() => Volatile.Read(ref s_leases);
}
