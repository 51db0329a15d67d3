using System.Diagnostics.Metrics;

namespace JThreading;

/// <summary>
/// The <c>JThreading</c> meter, for <c>dotnet-counters</c> and OpenTelemetry: live threads by daemon status,
/// started threads, uncaught exceptions and keep-alive leases.
/// </summary>
internal static class JThreadMetrics
{
    internal const string MeterName = "JThreading";

    private static readonly Meter s_meter = new(MeterName);
    private static readonly Counter<long> s_started = s_meter.CreateCounter<long>(
        "jthread.threads.started", "{thread}", "Threads started through JThread.Start.");

    private static readonly Counter<long> s_uncaught = s_meter.CreateCounter<long>(
        "jthread.uncaught_exceptions", "{exception}", "Exceptions that escaped a thread's Run and were dispatched.");

    private static readonly UpDownCounter<long> s_leases = s_meter.CreateUpDownCounter<long>(
        "jthread.keepalive.leases", "{lease}", "Keep-alive leases currently held.");

    static JThreadMetrics() =>
        s_meter.CreateObservableGauge(
            "jthread.threads.live", ObserveLiveThreads, "{thread}", "Live threads known to JThread, by daemon status.");

    internal static void ThreadStarted(bool daemon)
    {
        if (s_started.Enabled)
        {
            Record(static daemon => s_started.Add(1, new KeyValuePair<string, object?>("daemon", daemon)), daemon);
        }
    }

    internal static void UncaughtException()
    {
        if (s_uncaught.Enabled)
        {
            Record(static delta => s_uncaught.Add(delta), 1L);
        }
    }

    internal static void LeaseTaken()
    {
        if (s_leases.Enabled)
        {
            Record(static delta => s_leases.Add(delta), 1L);
        }
    }

    internal static void LeaseReleased()
    {
        if (s_leases.Enabled)
        {
            Record(static delta => s_leases.Add(delta), -1L);
        }
    }

    /// <summary>
    /// Records a measurement, ignoring what a listener's callback throws: the callers are a dying thread, the start of
    /// a thread and the shutdown path, where an exception would crash the process or leave a thread half-registered.
    /// </summary>
    private static void Record<TState>(Action<TState> record, TState state)
    {
        try
        {
            record(state);
        }
        catch (Exception)
        {
            // A metrics listener's failure is the listener's; JThread's threads go on.
        }
    }

    private static IEnumerable<Measurement<int>> ObserveLiveThreads()
    {
        var (nonDaemon, daemon) = LiveThreads.CountByDaemon();
        return
        [
            new Measurement<int>(nonDaemon, new KeyValuePair<string, object?>("daemon", false)),
            new Measurement<int>(daemon, new KeyValuePair<string, object?>("daemon", true)),
        ];
    }
}
