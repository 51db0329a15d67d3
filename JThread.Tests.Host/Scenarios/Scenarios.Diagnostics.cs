using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace JThreading.Tests.Host;

/// <summary>
/// The <c>JThreading</c> meter and event source, in a process where nothing else runs, so every count is exact.
/// </summary>
public static partial class Scenarios
{
    /// <summary>
    /// A metrics listener whose measurement callback throws, under RunMain: threads still start and end, an uncaught
    /// exception is still dispatched, leases still work, and the process ends normally.
    /// </summary>
    public static int ThrowingMeterListener(string[] args)
    {
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == "JThreading")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, _, _, _) => throw new InvalidOperationException("listener failed"));
        listener.Start();
        return JRuntime.RunMain(args, _ =>
        {
            var worker = new JThread(() => Say("worker ran"), "worker");
            worker.Start();
            worker.Join();
            var thrower = new JThread(() => throw new InvalidOperationException("boom"), "thrower");
            thrower.SetUncaughtExceptionHandler((t, e) => Say($"handled {e.Message} in {t.GetName()}"));
            thrower.Start();
            thrower.Join();
            Runtime.KeepAlive("lease").Dispose();
            Say($"alive: {worker.IsAlive()} {thrower.IsAlive()}");
        });
    }

    /// <summary>
    /// Issue #9 fault 2: a listener whose <see cref="MeterListener.InstrumentPublished"/> throws is attached before
    /// JThread's meter exists, so it throws while JThread publishes it. Under RunMain a thread then starts and ends,
    /// a lease is taken and released, and main's exception is printed with exit code 1 (it crashed the process
    /// with 134 when the failure broke the metrics type for good).
    /// </summary>
    public static int ThrowingInstrumentPublishedUnderRunMain(string[] args)
    {
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, _) =>
        {
            if (instrument.Meter.Name == "JThreading")
            {
                throw new InvalidOperationException("listener failed");
            }
        };
        listener.Start();
        return JRuntime.RunMain(args, _ =>
        {
            var worker = new JThread(() => Say("worker ran"), "worker");
            worker.Start();
            worker.Join();
            Runtime.KeepAlive("lease").Dispose();
            Say($"registry: {Runtime.KeepAliveSnapshot().Count}");
            throw new InvalidOperationException("main failed");
        });
    }

    /// <summary>
    /// A <see cref="MeterListener"/> attached once threads run and leases are held, as <c>dotnet-counters</c> attached
    /// to a running process: it reads the current values at once, then again after the threads ended and the leases
    /// were released. Prints <c>instrument [attribute=value] = value</c> lines, sorted, for each reading.
    /// </summary>
    public static int LateMeterListener(string[] args)
    {
        var kept1 = Runtime.KeepAlive("kept 1");
        var kept2 = Runtime.KeepAlive("kept 2");
        var released = Runtime.KeepAlive("released");
        released.Dispose();
        released.Dispose();

        using var release = new ManualResetEventSlim();
        var waiting = new List<JThread>();
        foreach (var daemon in new[] { false, false, true })
        {
            #pragma warning disable JT0006 // on purpose: a .NET wait the test ends itself (gate set, or time up); nothing interrupts this thread
            var thread = new JThread(() => release.Wait());
            #pragma warning restore JT0006
            thread.SetDaemon(daemon);
            thread.Start();
            waiting.Add(thread);
        }

        foreach (var exception in new Exception[] { new InvalidOperationException("one"), new ArgumentException("two"), new ArgumentException("three") })
        {
            var thrower = new JThread(() => throw exception, "thrower");
            thrower.SetDaemon(true);
            thrower.SetUncaughtExceptionHandler((_, _) => { });
            thrower.Start();
            thrower.Join();
        }

        var readings = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == "JThreading")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            var key = instrument.Name;
            foreach (var tag in tags)
            {
                key += $" {tag.Key}={tag.Value}";
            }

            readings[key] = value;
        });
        listener.Start();

        // Main (adopted, non-daemon) and the three waiting threads are live; two leases are held.
        listener.RecordObservableInstruments();
        PrintReadings("attached");

        release.Set();
        waiting.ForEach(t => t.Join());
        kept1.Dispose();
        kept2.Dispose();
        listener.RecordObservableInstruments();
        PrintReadings("after");
        return 0;

        void PrintReadings(string when)
        {
            Say(when);
            foreach (var (name, value) in readings.OrderBy(r => r.Key, StringComparer.Ordinal))
            {
                Say($"{name} = {value}");
            }

            readings.Clear();
        }
    }
}
