// The shutdown gap: how long after the last non-daemon thread ends (or the last KeepAlive lease is disposed) the first
// shutdown hook prints, in a fresh process. measure.sh runs this many times and prints the medians.
//
//   ShutdownLatency [thread|lease] [--console] [--watch]
//
// thread:    the last thing keeping the process alive is a non-daemon JThread, which stamps the time as its last action.
// lease:     it is a KeepAlive lease, disposed right after the stamp.
// --console: main prints a line first, as most programs have by then; without it the hook's line is the process's
//            first use of Console, which costs milliseconds in .NET (the JVM sets System.out up at start).
// --watch:   also reports when the process lifetime decided to shut down (the last entry left its registry).
//
// Prints, in microseconds after the stamp, as benchmarks/jvm/ShutdownLatency.java and
// benchmarks/python/shutdown_latency.py do:
//   us=<the hook began to run: the figure compared with the JVM's and CPython's>
//   written=<the hook's first line was written>
//   registry=<the lifetime left its running state: the shutdown decision, before any hook starts> (with --watch)
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using JThreading;

return JRuntime.RunMain(args, Measure.Run);

internal static class Measure
{
    private static long s_lastAction;
    private static long s_registryWoke;
    private static bool s_watching;

    public static void Run(string[] args)
    {
        if (args.Contains("--console"))
        {
            Console.WriteLine("started");
        }

        var runtime = JRuntime.GetRuntime();

        // A daemon, so that starting it does not put an entry back into the registry the watcher waits on. It stamps
        // before calling on, so that compiling the reporting code is not counted as the gap.
        var reporter = new JThread(static () => Report(Stopwatch.GetTimestamp()), "reporter");
        reporter.SetDaemon(true);
        runtime.AddShutdownHook(reporter);
        if (args.Contains("--watch"))
        {
            WatchRegistry();
        }

        if (args.Contains("lease"))
        {
            var held = runtime.KeepAlive("measured lease");
            var releaser = new JThread(() =>
            {
                JThread.Sleep(200);
                Volatile.Write(ref s_lastAction, Stopwatch.GetTimestamp());
                held.Dispose();
            }, "releaser");
            releaser.SetDaemon(true); // only the lease keeps the process alive
            releaser.Start();
        }
        else
        {
            // Sleeps first so that main has long returned and the launcher is already waiting when the thread ends.
            new JThread(static () =>
            {
                JThread.Sleep(200);
                Volatile.Write(ref s_lastAction, Stopwatch.GetTimestamp());
            }, "last non-daemon").Start();
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Report(long running)
    {
        var stamp = Volatile.Read(ref s_lastAction);
        Console.WriteLine("us=" + Micros(stamp, running));
        var written = Stopwatch.GetTimestamp();

        Console.WriteLine("written=" + Micros(stamp, written));
        if (Volatile.Read(ref s_watching))
        {
            // The watcher and the launcher wake together; give the watcher the moment it may still need to stamp.
            SpinWait.SpinUntil(static () => Volatile.Read(ref s_registryWoke) != 0, 1000);
            Console.WriteLine("registry=" + Micros(stamp, Volatile.Read(ref s_registryWoke)));
        }
    }

    // Whole microseconds from a long, as the JVM and CPython versions print them: formatting a double for the first
    // time would cost the hook more than the library's whole shutdown path.
    private static string Micros(long from, long to) =>
        ((to - from) * 1_000_000 / Stopwatch.Frequency).ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Stamps when the process lifetime leaves its running state, which happens on the thread that removed the last
    /// keep-alive entry, before the hooks are started. The state is internal, so it is reached by reflection;
    /// a daemon thread spins on it (one core, for the 200 ms before the last action only), so the figure is the
    /// decision's own cost and not a wake-up's.
    /// </summary>
    private static void WatchRegistry()
    {
        var type = typeof(JRuntime).Assembly.GetType("JThreading.ProcessLifetime", throwOnError: true)!;
        var hasBegun = type.GetProperty("HasBegun", BindingFlags.NonPublic | BindingFlags.Static)!.GetMethod!.CreateDelegate<Func<bool>>();
        Volatile.Write(ref s_watching, true);
        var watcher = new Thread(() =>
        {
            while (!hasBegun())
            {
            }

            Volatile.Write(ref s_registryWoke, Stopwatch.GetTimestamp());
        })
        { IsBackground = true, Name = "watcher" };
        watcher.UnsafeStart();
    }
}
