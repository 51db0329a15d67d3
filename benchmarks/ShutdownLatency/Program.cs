// The shutdown gap: how long after the last non-daemon thread ends (or the last KeepAlive lease is disposed) the first
// shutdown hook prints, in a fresh process. measure.sh runs this many times and prints the medians.
//
//   ShutdownLatency [thread|lease] [--console] [--prejit] [--watch]
//
// thread:    the last thing keeping the process alive is a non-daemon JThread, which stamps the time as its last action.
// lease:     it is a KeepAlive lease, disposed right after the stamp.
// --console: main prints a line first, as most programs have by then; without it the hook's line is the process's
//            first use of Console, which costs milliseconds in .NET (the JVM sets System.out up at start).
// --prejit:  compiles the library methods that run for the first time once the last thread has ended or the last
//            lease is released (RuntimeHelpers.PrepareMethod), to show what a warm-up inside the library would save.
// --watch:   also reports when the keep-alive registry's wait returned (a second waiter; slows the others a little).
//
// Prints, in microseconds after the stamp, as benchmarks/jvm/ShutdownLatency.java and
// benchmarks/python/shutdown_latency.py do:
//   us=<the hook began to run: the figure compared with the JVM's and CPython's>
//   written=<the hook's first line was written>
//   registry=<the keep-alive registry's wait returned> (with --watch)
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
        if (args.Contains("--prejit"))
        {
            PrecompileShutdownPath();
        }

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

    private static string Micros(long from, long to) =>
        Math.Round(Stopwatch.GetElapsedTime(from, to).TotalMicroseconds).ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// A second waiter on the keep-alive registry, beside the launcher's own, stamps when the registry's wait returns:
    /// the raw wake-up, without starting the hook thread. The registry is internal, so it is reached by reflection
    /// (bound once to a delegate, before anything is timed). Both waiters then take the registry's lock in turn, which
    /// delays the launcher by about 100 us, so the other figures are measured without it.
    /// </summary>
    private static void WatchRegistry()
    {
        var type = typeof(JRuntime).Assembly.GetType("JThreading.KeepAliveRegistry", throwOnError: true)!;
        var instance = type.GetProperty("Instance", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
        var wait = type.GetMethod("WaitUntilEmpty", BindingFlags.NonPublic | BindingFlags.Instance)!
            .CreateDelegate<Func<TimeSpan, bool>>(instance);
        Volatile.Write(ref s_watching, true);
        var watcher = new Thread(() =>
        {
            wait(Timeout.InfiniteTimeSpan);
            Volatile.Write(ref s_registryWoke, Stopwatch.GetTimestamp());
        })
        { IsBackground = true, Name = "registry watcher" };
        watcher.Start();
    }

    /// <summary>
    /// Compiles what runs for the first time once the last entry has left the registry: the launcher's shutdown
    /// sequence and joining the hooks, and the release of a lease.
    /// </summary>
    private static void PrecompileShutdownPath()
    {
        const BindingFlags Internal = BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance;
        var library = typeof(JThread).Assembly;
        var sequence = library.GetType("JThreading.ShutdownSequence", throwOnError: true)!;
        var registry = library.GetType("JThreading.KeepAliveRegistry", throwOnError: true)!;
        var lease = library.GetType("JThreading.KeepAliveRegistry+Lease", throwOnError: true)!;
        MethodInfo[] methods =
        [
            sequence.GetMethod("TryClaim", Internal)!,
            sequence.GetMethod("RunHooks", Internal)!,
            sequence.GetMethod("JoinIgnoringInterrupts", Internal)!,
            typeof(JThread).GetMethod(nameof(JThread.Join), [typeof(long)])!,
            registry.GetMethod("RemoveLease", Internal)!,
            lease.GetMethod("Dispose")!,
        ];
        foreach (var method in methods)
        {
            RuntimeHelpers.PrepareMethod(method.MethodHandle);
        }

        var remove = typeof(HashSet<>).MakeGenericType(lease).GetMethod("Remove")!;
        RuntimeHelpers.PrepareMethod(remove.MethodHandle, [lease.TypeHandle]);
    }
}
