using System.Diagnostics;
using System.Globalization;

namespace JThreading.Benchmarks;

/// <summary>
/// The .NET side of benchmarks/cross-runtime/run.sh: the same workloads as CrossRuntime.java and cross_runtime.py,
/// for JThread and for raw .NET, each measured as the median over batches of the time per operation. Prints one line
/// per figure, <c>workload&lt;TAB&gt;runtime&lt;TAB&gt;value</c> (microseconds, or nanoseconds for current-thread; for
/// timed-park-50us the microseconds past the 50 µs asked for).
/// </summary>
internal static class CrossRuntime
{
    private const int Batches = 9;

    private static readonly ThreadStart s_nothingStart = static () => { };
    private static readonly Action s_nothing = static () => { };
    private static readonly List<WorkerBenchmark> s_workers = [];

    public static void Run(string[] args)
    {
        var scale = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 1.0;
        int Scaled(int n) => Math.Max(1, (int)(n * scale));

        // Each workload runs JThread and raw .NET alternately, batch by batch.
        Report("start-join", Scaled(300), JThreadStartJoin, RawStartJoin);
        Report("in-flight-1000", 1, static () => InFlightThreads.RunJThreads(), InFlightThreads.RunRaw, perBatch: InFlightThreads.Count);
        // The round trips are the BenchmarkDotNet suites' own methods, each on its own instance and worker.
        Report("park-unpark", Scaled(2_000),
            Worker<ParkUnparkBenchmark>(static b => b.StartJThreadWorker(), static b => b.ParkUnparkPingPong),
            Worker<ParkUnparkBenchmark>(static b => b.StartSemaphoreWorker(), static b => b.SemaphoreSlimPingPong));
        Report("wait-notify", Scaled(2_000),
            Worker<MonitorWaitNotifyBenchmark>(static b => b.StartJThreadWorker(), static b => b.JMonitorPingPong),
            Worker<MonitorWaitNotifyBenchmark>(static b => b.StartRawWorker(), static b => b.MonitorPingPong));
        Report("interrupt-wake", Scaled(300),
            Worker<InterruptWakeBenchmark>(static b => b.StartJThreadWorker(), static b => b.JThreadInterrupt),
            Worker<InterruptWakeBenchmark>(static b => b.StartRawWorker(), static b => b.RawThreadInterrupt));
        // A timed wait nobody ends: its overshoot past 50 µs. The raw .NET one is the timed wait a thread can be woken
        // from, rounded up to 1 ms: .NET truncates a shorter TimeSpan to 0 and does not wait at all.
        using var never = new ManualResetEventSlim(false);
        Report("timed-park-50us", Scaled(200), static () => LockSupport.ParkNanos(TimedWaitNanos),
            () => never.Wait(TimeSpan.FromMilliseconds(1)), minus: TimedWaitNanos / 1_000.0);
        foreach (var benchmark in s_workers)
        {
            benchmark.StopWorker();
        }

        // The loop runs inside the measured call, so the figure is the call, not a delegate's invocation.
        JThread.CurrentThread();
        Report("current-thread", 1, JThreadCurrentLoop, NetCurrentLoop, perBatch: CurrentThreadCalls, nanos: true);
    }

    private const int CurrentThreadCalls = 1 << 22;

    private const long TimedWaitNanos = 50_000;

    private static int s_sink;

    private static void JThreadCurrentLoop()
    {
        var found = 0;
        for (var i = 0; i < CurrentThreadCalls; i++)
        {
            found += JThread.CurrentThread() is null ? 0 : 1;
        }

        s_sink = found;
    }

    private static void NetCurrentLoop()
    {
        var found = 0;
        for (var i = 0; i < CurrentThreadCalls; i++)
        {
            found += Thread.CurrentThread is null ? 0 : 1;
        }

        s_sink = found;
    }

    private static void JThreadStartJoin()
    {
        var thread = new JThread(s_nothing);
        thread.Start();
        thread.Join();
    }

    private static void RawStartJoin()
    {
        var thread = new Thread(s_nothingStart);
        thread.Start();
        thread.Join();
    }

    /// <summary>A benchmark instance with its worker started; its method as the operation.</summary>
    private static Action Worker<TBenchmark>(Action<TBenchmark> setup, Func<TBenchmark, Action> method)
        where TBenchmark : WorkerBenchmark, new()
    {
        var benchmark = new TBenchmark();
        setup(benchmark);
        s_workers.Add(benchmark);
        return method(benchmark);
    }

    /// <summary>Alternates batches of <paramref name="ops"/> calls of each; prints each one's median per operation.</summary>
    /// <remarks><paramref name="minus"/> is taken off each figure (a timed wait's own length, leaving its overshoot).</remarks>
    private static void Report(string workload, int ops, Action jthread, Action raw, int perBatch = 1, bool nanos = false, double minus = 0)
    {
        var (j, r) = (new double[Batches], new double[Batches]);
        Measure(jthread, ops);
        Measure(raw, ops);
        for (var b = 0; b < Batches; b++)
        {
            j[b] = Measure(jthread, ops) / perBatch;
            r[b] = Measure(raw, ops) / perBatch;
        }

        var factor = nanos ? 1_000.0 : 1.0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{workload}\tjthread\t{(Median(j) - minus) * factor:F4}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{workload}\tdotnet\t{(Median(r) - minus) * factor:F4}"));
    }

    /// <summary>Microseconds per call.</summary>
    private static double Measure(Action op, int ops)
    {
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < ops; i++)
        {
            op();
        }

        return Stopwatch.GetElapsedTime(start).TotalMicroseconds / ops;
    }

    private static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }
}
