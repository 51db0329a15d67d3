using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace JThreading.Tests.Host;

/// <summary>
/// The process-lifetime state machine: each fault found in review, reproduced as a small program, and the races
/// between every pair of ways into the shutdown.
/// </summary>
public static partial class Scenarios
{
    private const int SigTerm = 15;

    /// <summary>
    /// Two leases held after main returns: releasing the first must not end the process while the second is held.
    /// The first goes at once, the second when standard input closes. <c>[plain|runmain]</c>.
    /// </summary>
    public static int TwoLeasesAfterMain(string[] args) => RunAs(args[0], _ =>
    {
        Runtime.AddShutdownHook(SayingHook("hook"));
        var main = JThread.CurrentThread();
        var first = Runtime.KeepAlive("first");
        var second = Runtime.KeepAlive("second");
        StartDaemon("releaser", () =>
        {
            if (args[0] == "runmain")
            {
                // Once main has returned, the two leases are all that hold the process.
                main.Join();
            }

            first.Dispose();
            var leases = Runtime.KeepAliveSnapshot().Where(e => e.Kind == KeepAliveKind.Lease).Select(e => e.Name);
            Say($"first released, leases still held: {string.Join(",", leases)}");
            Console.In.ReadLine();
            Say("releasing second");
            second.Dispose();
        });
    });

    /// <summary>
    /// The sequence has finished but the process lives on, held by a plain foreground .NET thread started by code
    /// after RunMain. Then a signal, or an Exit from that thread once standard input closes, must end it with its
    /// status, as Java halts. <c>[signal|exit]</c>.
    /// </summary>
    public static int LateCallAfterRunMain(string[] args)
    {
        var code = JRuntime.RunMain([], _ => Runtime.AddShutdownHook(SayingHook("hook")));
        var holder = new Thread(() =>
        {
            Console.In.ReadLine();
            if (args[0] == "exit")
            {
                Runtime.Exit(5);
            }
        })
        { IsBackground = false };
        holder.Start();
        Say($"runmain returned {code}");
        return code;
    }

    /// <summary>RunMain called a second time, after the first returned: refused with a clear exception.</summary>
    public static int RunMainTwice(string[] args)
    {
        var first = JRuntime.RunMain([], _ => Say("first main"));
        Say($"first returned {first}");
        SayOutcome("second", () => JRuntime.RunMain([], _ => Say("second main")));
        return first;
    }

    /// <summary>
    /// A daemon thread writes to standard output, which nobody reads, until the pipe is full and it blocks holding the
    /// console's lock; then main does <c>[halt|exit|runmain]</c>, which must not wait for the console.
    /// </summary>
    public static int BehindFullPipe(string[] args)
    {
        var written = 0L;
        var writer = new JThread(() =>
        {
            var line = new string('x', 1023);
            while (true)
            {
                Console.Out.WriteLine(line);
                Interlocked.Increment(ref written);
            }
        }, "writer");
        writer.SetDaemon(true);
        writer.Start();
        WaitUntilStalled(() => Interlocked.Read(ref written));

        // Not through Console.Error: on Unix every console write takes Console.Out's lock, which the writer holds.
        var ready = "ready\n"u8.ToArray();
        _ = WriteToFd(2, ready, ready.Length);
        switch (args[0])
        {
            case "halt":
                Runtime.Halt(7);
                break;
            case "exit":
                Runtime.Exit(3);
                break;
            default:
                return JRuntime.RunMain([], _ => { });
        }

        throw new UnreachableException();
    }

    /// <summary>
    /// The program disposed the writer behind Console.Out or Console.Error (<c>[out|error]</c>), then does
    /// <c>[exit|halt|runmain|throw|report|dump]</c>: every one must end with its status, or carry on, not hang or abort.
    /// </summary>
    public static int DisposedConsole(string[] args)
    {
        var writer = new StreamWriter(new MemoryStream());
        if (args[0] == "out")
        {
            Console.SetOut(writer);
        }
        else
        {
            Console.SetError(writer);
        }

        writer.Dispose();
        switch (args[1])
        {
            case "exit":
                Runtime.Exit(3);
                break;
            case "halt":
                Runtime.Halt(7);
                break;
            case "runmain":
                return JRuntime.RunMain([], _ => Runtime.AddShutdownHook(new JThread(() => { })));
            case "throw":
                return JRuntime.RunMain([], _ => throw new InvalidOperationException("from main"));
            case "report":
                // Held past the report's delay by a lease released when input closes.
                return JRuntime.RunMain([], _ =>
                {
                    var lease = Runtime.KeepAlive("held");
                    StartDaemon("releaser", () =>
                    {
                        Console.In.ReadLine();
                        lease.Dispose();
                    });
                });
            default:
                // SIGQUIT is sent by the test; the dump goes nowhere, and the program carries on to its end.
                return JRuntime.RunMain([], _ =>
                {
                    (args[0] == "out" ? Console.Error : Console.Out).WriteLine("ready");
                    Console.In.ReadLine();
                });
        }

        throw new UnreachableException();
    }

    /// <summary>
    /// A plain Main returns while a daemon thread's Exit(3) is running, no hook registered: the process must end with 3,
    /// as Java's launcher waits behind System.exit. Main returns only once the sequence has begun.
    /// </summary>
    public static int ExitWhileMainReturns(string[] args)
    {
        StartDaemon("exiter", () => Runtime.Exit(3));
        var probe = new JThread(() => { });
        while (true)
        {
            try
            {
                Runtime.RemoveShutdownHook(probe);
            }
            catch (InvalidOperationException)
            {
                // "Shutdown in progress": Exit has begun.
                return 0;
            }

            Thread.SpinWait(20);
        }
    }

    /// <summary>
    /// Async RunMain: an async void helper throws on main's context, then main holds a lease across an await. The
    /// failure is reported and the pump goes on, so the lease is released and the process ends.
    /// </summary>
    public static int AsyncVoidFailureOnMain(string[] args) => JRuntime.RunMain([], async _ =>
    {
        ThrowLater();
        using (Runtime.KeepAlive("across await"))
        {
            await Task.Delay(50);
            await Task.Yield();
        }

        Say($"after await on {JThread.CurrentThread().GetName()}");
    });

    /// <summary>
    /// An AsyncLocal value set when a hook is registered and a lease taken (under a plain Main, so a keeper thread
    /// starts): neither the hook runner nor the keeper may keep it alive, and the hook does not see it.
    /// </summary>
    public static int AsyncLocalNotCaptured(string[] args)
    {
        var local = new AsyncLocal<object?>();
        var weak = SetAndRegister(local);
        local.Value = null;
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Say($"collected: {!weak.IsAlive}");
        Runtime.AddShutdownHook(new JThread(() => Say($"hook sees: {local.Value ?? "nothing"}")));
        return 0;
    }

    /// <summary>A non-daemon thread started by a hook is not listed as holding the process, and does not hold it.</summary>
    public static int StartedDuringSequence(string[] args) => RunAs(args[0], _ =>
        Runtime.AddShutdownHook(new JThread(() =>
        {
            #pragma warning disable JT0006 // on purpose: a .NET wait the test ends itself (gate set, or time up); nothing interrupts this thread
            var late = new JThread(() => Thread.Sleep(Timeout.Infinite), "late");
            #pragma warning restore JT0006
            late.Start();
            Say($"late daemon: {late.IsDaemon()}, listed: {Runtime.KeepAliveSnapshot().Any(e => e.Name == "late")}");
        }, "hook")));

    /// <summary>
    /// Hook "watcher" samples the state of hook "busy", which spins without waiting: while it has not ended it must
    /// read Runnable, never Waiting (as it did while its runner thread still sat in its own wait).
    /// </summary>
    public static int HookStateWhileStarting(string[] args)
    {
        var busy = new JThread(() => SpinFor(TimeSpan.FromMilliseconds(200)), "busy");
        var watcher = new JThread(() =>
        {
            var states = new HashSet<JThreadState>();
            var clock = Stopwatch.StartNew();
            while (busy.GetState() != JThreadState.Terminated && clock.Elapsed < TimeSpan.FromSeconds(10))
            {
                states.Add(busy.GetState());
            }

            // New until the sequence has started it (the watcher starts first), Terminated once it is done.
            states.Remove(JThreadState.New);
            states.Remove(JThreadState.Terminated);
            Say($"states: {string.Join(",", states.Order())}");
        }, "watcher");
        Runtime.AddShutdownHook(watcher);
        Runtime.AddShutdownHook(busy);
        return 0;
    }

    /// <summary>A callback on a thread's interrupt token throws: Interrupt() succeeds and the failure is reported.</summary>
    public static int InterruptTokenCallbackThrows(string[] args)
    {
        var self = JThread.CurrentThread();
        using var registration = self.GetInterruptToken().Register(static () => throw new InvalidOperationException("callback failed"));
        self.Interrupt();
        Say($"interrupt returned, flag {JThread.Interrupted()}");
        return 0;
    }

    /// <summary>
    /// SIGINT arrives again and again while the hook runs (the test sends them, then closes input): the process ends
    /// with 130, and the repeated signals leave no thread behind. Prints the signal threads still alive at the end.
    /// </summary>
    public static int RepeatedSignalsDuringHook(string[] args)
    {
        Runtime.AddShutdownHook(new JThread(() =>
        {
            Say("hook running");
            Console.In.ReadLine();
            Say($"signal threads: {CountThreadsNamed("JThread signal")}");
        }, "hook"));
        Say("ready");
        Thread.Sleep(Timeout.Infinite);
        return 0;
    }

    /// <summary>
    /// Two ways into the shutdown at the same moment: <c>a b</c> from exit (Exit(3)), halt (Halt(7)), signal (SIGTERM,
    /// 143), lastthread (the last non-daemon thread ends), lease (the last lease is released), mainreturn (a plain Main
    /// returns), start (a non-daemon thread starts). With mainreturn the program is a plain Main, otherwise RunMain.
    /// One hook prints "hook". Prints "go" once both sides are ready, before they are released together.
    /// </summary>
    public static int Race(string[] args)
    {
        string a = args[0], b = args[1];
        var plain = a == "mainreturn" || b == "mainreturn";
        var go = new ManualResetEventSlim();
        var ready = new CountdownEvent(2);
        Runtime.AddShutdownHook(SayingHook("hook"));

        void Side(string way)
        {
            switch (way)
            {
                case "exit":
                    StartDaemon("exit", () => { ready.Signal(); go.Wait(); Runtime.Exit(3); });
                    break;
                case "halt":
                    StartDaemon("halt", () => { ready.Signal(); go.Wait(); Runtime.Halt(7); });
                    break;
                case "signal":
                    StartDaemon("signal", () => { ready.Signal(); go.Wait(); _ = SendSignal(Environment.ProcessId, SigTerm); });
                    break;
                case "lastthread":
                    #pragma warning disable JT0006 // on purpose: a .NET wait the test ends itself (gate set, or time up); nothing interrupts this thread
                    new JThread(() => { ready.Signal(); go.Wait(); }, "last").Start();
                    #pragma warning restore JT0006
                    break;
                case "lease":
                    var lease = Runtime.KeepAlive("lease");
                    StartDaemon("releaser", () => { ready.Signal(); go.Wait(); lease.Dispose(); });
                    break;
                case "start":
                    StartDaemon("starter", () =>
                    {
                        ready.Signal();
                        go.Wait();
                        #pragma warning disable JT0006 // on purpose: a .NET wait the test ends itself (gate set, or time up); nothing interrupts this thread
                        new JThread(() => Thread.Sleep(50), "started").Start();
                        #pragma warning restore JT0006
                    });
                    break;
                case "mainreturn":
                    ready.Signal();
                    break;
                default:
                    throw new ArgumentException($"unknown way {way}");
            }
        }

        void Main(string[] _)
        {
            Side(a);
            Side(b);
            if (a != "lastthread" && b != "lastthread" && a != "lease" && b != "lease" && !plain)
            {
                // Something must hold a RunMain process until the race is over: a thread that ends well after it.
                #pragma warning disable JT0006 // on purpose: a .NET wait the test ends itself (gate set, or time up); nothing interrupts this thread
                new JThread(() => { go.Wait(); Thread.Sleep(300); }, "holder").Start();
                #pragma warning restore JT0006
            }

            ready.Wait();
            Say("go");
            go.Set();
        }

        if (plain)
        {
            Main([]);
            return 0;
        }

        return JRuntime.RunMain([], Main);
    }

    /// <summary>
    /// A plain Main with no hook and no RunMain, but a JThread started: SIGQUIT (sent by the test) dumps the threads,
    /// and the program carries on until its input closes.
    /// </summary>
    public static int DumpUnderPlainMain(string[] args)
    {
        StartDaemon("plain worker", () => Thread.Sleep(Timeout.Infinite));
        Say("ready");
        Console.In.ReadLine();
        Say("after dump");
        return 0;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference SetAndRegister(AsyncLocal<object?> local)
    {
        var value = new object();
        local.Value = value;
        Runtime.AddShutdownHook(new JThread(() => { }, "registered with a value"));
        Runtime.KeepAlive("taken with a value").Dispose();
        return new WeakReference(value);
    }

    private static async void ThrowLater()
    {
        await Task.Yield();
        throw new InvalidOperationException("from an async void helper");
    }

    /// <summary>Waits until <paramref name="progress"/> has not moved for a while: the writer is blocked.</summary>
    private static void WaitUntilStalled(Func<long> progress)
    {
        var last = -1L;
        while (true)
        {
            Thread.Sleep(100);
            var now = progress();
            if (now == last && now > 0)
            {
                return;
            }

            last = now;
        }
    }

    private static void SpinFor(TimeSpan duration)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            Thread.SpinWait(100);
        }
    }

    /// <summary>Live OS threads of this process whose name starts with <paramref name="prefix"/> (Linux).</summary>
    private static int CountThreadsNamed(string prefix) =>
        Directory.GetDirectories("/proc/self/task").Count(task =>
        {
            try
            {
                return File.ReadAllText(Path.Combine(task, "comm")).StartsWith(prefix, StringComparison.Ordinal);
            }
            catch (IOException)
            {
                return false;
            }
        });

    [LibraryImport("libc", EntryPoint = "write")]
    private static partial nint WriteToFd(int fd, byte[] buffer, nint count);

    [LibraryImport("libc", EntryPoint = "kill")]
    private static partial int SendSignal(int pid, int signal);
}
