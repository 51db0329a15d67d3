using System.Diagnostics.Metrics;
using System.Reflection;
using System.Runtime.Loader;

namespace JThreading.Tests.Diagnostics;

/// <summary>
/// The <c>JThreading</c> meter: exact readings in a child process where nothing else runs, and listener failures
/// in-process against a fresh copy of the library (loaded into its own load context, so its meter is published
/// while the test's listener is attached, whatever other tests did before).
/// </summary>
[Collection(ListenerCollection.Name)]
public sealed class JThreadMetricsTests
{
    [Fact]
    public void Meter_ListenerThrows_ThreadsAndProcessUnaffected()
    {
        using var host = HostProcess.Run(Scenarios.ThrowingMeterListener);

        Assert.Equal(0, host.ExitCode);
        Assert.Equal(["worker ran", "handled boom in thrower", "alive: False False"], host.OutputLines);
        Assert.Empty(host.Error);
    }

    [Fact]
    public void Meter_ListenerAttachedLate_ReadsCurrentValues()
    {
        using var host = HostProcess.Run(Scenarios.LateMeterListener);

        Assert.Equal(0, host.ExitCode);
        Assert.Equal(
            [
                "attached",
                "jthread.keepalive.lease.count = 2",
                "jthread.thread.count jthread.thread.daemon=False = 3",
                "jthread.thread.count jthread.thread.daemon=True = 1",
                "jthread.thread.started jthread.thread.daemon=False = 2",
                "jthread.thread.started jthread.thread.daemon=True = 4",
                "jthread.uncaught_exception error.type=System.ArgumentException = 2",
                "jthread.uncaught_exception error.type=System.InvalidOperationException = 1",
                "after",
                "jthread.keepalive.lease.count = 0",
                "jthread.thread.count jthread.thread.daemon=False = 1",
                "jthread.thread.count jthread.thread.daemon=True = 0",
                "jthread.thread.started jthread.thread.daemon=False = 2",
                "jthread.thread.started jthread.thread.daemon=True = 4",
                "jthread.uncaught_exception error.type=System.ArgumentException = 2",
                "jthread.uncaught_exception error.type=System.InvalidOperationException = 1",
            ],
            host.OutputLines);
        Assert.Empty(host.Error);
    }

    [Fact]
    public void Meter_InstrumentsAndVersion_FollowConventions()
    {
        JThreadMetrics.EnsurePublished();
        var instruments = new List<Instrument>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, _) =>
            {
                if (ReferenceEquals(instrument.Meter, MeterOf(typeof(JThreadMetrics))))
                {
                    lock (instruments)
                    {
                        instruments.Add(instrument);
                    }
                }
            },
        };
        listener.Start();

        Assert.Equal(
            [
                ("jthread.keepalive.lease.count", "{lease}", "ObservableUpDownCounter`1"),
                ("jthread.thread.count", "{thread}", "ObservableUpDownCounter`1"),
                ("jthread.thread.started", "{thread}", "ObservableCounter`1"),
                ("jthread.uncaught_exception", "{exception}", "ObservableCounter`1"),
            ],
            instruments.Select(i => (i.Name, i.Unit, i.GetType().Name)).OrderBy(i => i.Item1, StringComparer.Ordinal));
        Assert.All(instruments, i => Assert.False(string.IsNullOrEmpty(i.Description)));
        Assert.All(instruments, i => Assert.Matches(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$", i.Meter.Version));
    }

    [Fact]
    public void Start_InstrumentPublishedThrows_ThreadRunsAndEnds()
    {
        using var copy = new FreshLibrary();
        using var listener = ThrowingListener.Attach();

        var ran = new ManualResetEventSlim();
        var thread = copy.NewThread(() => ran.Set(), "fresh-copy worker");
        copy.Invoke(thread, "Start");

        Assert.True(listener.Threw, "the listener's InstrumentPublished never ran, so nothing was tested");
        Assert.True(ran.Wait(TestTimeouts.UnexpectedTimeout, TestContext.Current.CancellationToken));
        Assert.True((bool)copy.Invoke(thread, "Join", TestTimeouts.UnexpectedTimeout)!);

        // Joiners wake before the ended thread leaves the registry, as in Java; it must leave it soon after.
        TestWait.Until(() => copy.KeepAliveSnapshot().Count == 0, "the ended thread still keeps the process alive");
    }

    [Fact]
    public void KeepAlive_InstrumentPublishedThrows_LeaseTakenAndReleased()
    {
        using var copy = new FreshLibrary();
        using var listener = ThrowingListener.Attach();

        var lease = copy.KeepAlive("fresh-copy lease");

        Assert.True(listener.Threw, "the listener's InstrumentPublished never ran, so nothing was tested");
        Assert.Single(copy.KeepAliveSnapshot());
        lease.Dispose();
        Assert.Empty(copy.KeepAliveSnapshot());
    }

    [Fact]
    public void Meter_InstrumentPublishedThrew_LaterListenerStillReadsIt()
    {
        using var copy = new FreshLibrary();
        using (ThrowingListener.Attach())
        {
            copy.Invoke(copy.NewThread(static () => { }, "fresh-copy daemon", daemon: true), "Start");
        }

        var started = new List<long>();
        using var late = new MeterListener();
        late.InstrumentPublished = (instrument, l) =>
        {
            if (ReferenceEquals(instrument.Meter, copy.Meter) && instrument.Name == "jthread.thread.started")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        late.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            if (tags.ToArray().Contains(new KeyValuePair<string, object?>("jthread.thread.daemon", true)))
            {
                started.Add(value);
            }
        });
        late.Start();
        late.RecordObservableInstruments();

        Assert.Equal([1L], started);
    }

    [Fact]
    public void RunMain_InstrumentPublishedThrows_MainsExceptionPrintedAndExitCodeOne()
    {
        using var host = HostProcess.Run(Scenarios.ThrowingInstrumentPublishedUnderRunMain);

        Assert.Equal(1, host.ExitCode);
        Assert.Equal(["worker ran", "registry: 1"], host.OutputLines);
        Assert.StartsWith("Exception in thread \"main\" System.InvalidOperationException: main failed", host.Error, StringComparison.Ordinal);
    }

    private static Meter? MeterOf(Type metrics) =>
        (Meter?)metrics.GetField("s_meter", BindingFlags.Static | BindingFlags.NonPublic)!.GetValue(null);

    /// <summary>
    /// A second copy of JThread.dll in its own load context: its statics (the meter included) start fresh, while
    /// <see cref="MeterListener"/> is the framework's one, shared with the copy. Its registry is told a launcher
    /// waits on it, so a lease needs no keeper thread (one left running would hold the test process open).
    /// </summary>
    private sealed class FreshLibrary : IDisposable
    {
        private readonly Assembly _assembly;

        internal FreshLibrary()
        {
            var context = new AssemblyLoadContext($"JThread copy {Guid.NewGuid():N}", isCollectible: false);
            _assembly = context.LoadFromAssemblyPath(typeof(JThread).Assembly.Location);
            // The copy's event source would be a second "JThreading" source in the process, and the event tests' listeners
            // would lose events to it: it is made and shut at once, so only this process's own one ever writes.
            ((IDisposable)Type("JThreading.JThreadEventSource").GetProperty("Log", BindingFlags.Static | BindingFlags.NonPublic)!.GetValue(null)!).Dispose();

            // As RunMain does for main: from now on a launcher waits on the registry, and this entry, never released,
            // keeps the copy's registry from ever emptying into a shutdown sequence.
            var placeholder = Activator.CreateInstance(Type("JThreading.JThread"), (Action)(() => { }), "registry placeholder")!;
            Type("JThreading.ProcessLifetime").GetMethod("HoldForMain", BindingFlags.Static | BindingFlags.NonPublic)!.Invoke(null, [placeholder]);
        }

        /// <summary>The copy's meter, once published.</summary>
        internal Meter? Meter => MeterOf(Type("JThreading.JThreadMetrics"));

        private object Runtime => Type("JThreading.JRuntime").GetMethod("GetRuntime")!.Invoke(null, null)!;

        internal object NewThread(Action task, string name, bool daemon = false)
        {
            var thread = Activator.CreateInstance(Type("JThreading.JThread"), task, name)!;
            Invoke(thread, "SetDaemon", daemon);
            return thread;
        }

        internal object? Invoke(object target, string method, params object[] args)
        {
            try
            {
                return target.GetType().GetMethod(method, args.Select(a => a.GetType()).ToArray())!.Invoke(target, args);
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerException);
                throw;
            }
        }

        internal IDisposable KeepAlive(string reason) => (IDisposable)Invoke(Runtime, "KeepAlive", reason)!;

        /// <summary>The copy's keep-alive entries, less the placeholder that keeps its registry from emptying.</summary>
        internal List<object> KeepAliveSnapshot() =>
            [.. ((System.Collections.IEnumerable)Invoke(Runtime, "KeepAliveSnapshot")!).Cast<object>()
                .Where(entry => !entry.ToString()!.Contains("registry placeholder", StringComparison.Ordinal))];

        public void Dispose()
        {
            // The copy stays loaded (its types may be on a thread's stack a moment longer); nothing to release.
        }

        private Type Type(string name) => _assembly.GetType(name, throwOnError: true)!;
    }

    /// <summary>
    /// A listener that throws from <see cref="MeterListener.InstrumentPublished"/> (after enabling the instrument) and
    /// from its measurement callback, for every JThreading meter but the test process's own. Attached after the test process's own meter is
    /// published, so it breaks nothing but the copy.
    /// </summary>
    private sealed class ThrowingListener : IDisposable
    {
        private readonly MeterListener _listener = new();
        private volatile bool _armed;
        private volatile bool _threw;

        private ThrowingListener()
        {
            _listener.InstrumentPublished = (instrument, l) =>
            {
                if (_armed && instrument.Meter.Name == "JThreading" && !ReferenceEquals(instrument.Meter, OwnMeter))
                {
                    l.EnableMeasurementEvents(instrument);
                    _threw = true;
                    throw new InvalidOperationException("listener failed");
                }
            };
            _listener.SetMeasurementEventCallback<long>((_, _, _, _) => throw new InvalidOperationException("listener failed"));
        }

        internal bool Threw => _threw;

        private static Meter? OwnMeter => MeterOf(typeof(JThreadMetrics));

        internal static ThrowingListener Attach()
        {
            JThreadMetrics.EnsurePublished();
            var listener = new ThrowingListener();
            listener._listener.Start();
            listener._armed = true;
            return listener;
        }

        public void Dispose() => _listener.Dispose();
    }
}
