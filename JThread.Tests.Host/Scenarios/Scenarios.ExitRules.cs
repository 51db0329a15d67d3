namespace JThreading.Tests.Host;

/// <summary>
/// The JVM's exit rules: shutdown hooks, Exit and Halt, signals, RunMain and the keep-alive registry. Several
/// scenarios take their mode as the first argument: <c>plain</c> (a plain Main that returns) or <c>runmain</c>
/// (<see cref="JRuntime.RunMain(string[], Action{string[]})"/>).
/// </summary>
public static partial class Scenarios
{
    // How long a thread stays alive after it was told main is returning, so that a sequence started too early
    // would find it alive. It makes a wrong library fail; a correct one passes whatever the machine's speed.
    private const int OutliveMainMillis = 200;

    private static JRuntime Runtime => JRuntime.GetRuntime();

    /// <summary>Basic.java fallThrough: main returns; the hook runs; exit code 0.</summary>
    public static int HookOnFallThrough(string[] args)
    {
        Runtime.AddShutdownHook(SayingHook("h1"));
        return 0;
    }

    /// <summary>Basic.java exit0/exit1 with and without a hook: <c>[status] [hook|nohook]</c>.</summary>
    public static int ExitWithStatus(string[] args)
    {
        if (args[1] == "hook")
        {
            Runtime.AddShutdownHook(SayingHook("h1"));
        }

        Runtime.Exit(int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture));
        throw new System.Diagnostics.UnreachableException();
    }

    /// <summary>
    /// Basic.java halt: Halt(6) with a hook that would halt with 1, a .NET ProcessExit handler and a live
    /// non-daemon thread; nothing of them runs.
    /// </summary>
    public static int HaltSkipsEverything(string[] args)
    {
        Runtime.AddShutdownHook(SayingHook("h1", () => Runtime.Halt(1)));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Say("process exit handler");
        StartForeverThread("nonDaemon", daemon: false);
        Runtime.Halt(6);
        throw new System.Diagnostics.UnreachableException();
    }

    /// <summary>Basic.java haltInHook: a hook halts with 2 while Exit(1) runs the hooks; nothing after it prints.</summary>
    public static int HaltInHookDuringExit(string[] args)
    {
        Runtime.AddShutdownHook(SayingHook("h1", () =>
        {
            Runtime.Halt(2);
            Say("after halt");
        }));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Say("process exit handler");
        Runtime.Exit(1);
        throw new System.Diagnostics.UnreachableException();
    }

    /// <summary>Basic.java addLate/removeLate: a hook adds (<c>add</c>) or removes (<c>remove</c>) a hook during Exit(1).</summary>
    public static int ChangeHooksDuringShutdown(string[] args)
    {
        var other = SayingHook("h2");
        Runtime.AddShutdownHook(SayingHook("h1", () =>
        {
            try
            {
                if (args[0] == "add")
                {
                    Runtime.AddShutdownHook(other);
                }
                else
                {
                    Runtime.RemoveShutdownHook(other);
                }
            }
            catch (InvalidOperationException exception)
            {
                Say($"caught {exception.GetType().Name}: {exception.Message}");
                Runtime.Halt(0);
            }
        }));
        Runtime.Exit(1);
        throw new System.Diagnostics.UnreachableException();
    }

    /// <summary>Every misuse of AddShutdownHook/RemoveShutdownHook before the shutdown, then after it began (from a hook).</summary>
    public static int HookRegistrationErrors(string[] args)
    {
        var hook = SayingHook("registered");
        Runtime.AddShutdownHook(hook);
        var removed = SayingHook("removed");
        Runtime.AddShutdownHook(removed);
        var ended = new JThread(() => Say("ended hook ran"), "ended");
        ended.Start();
        ended.Join();
        using var release = new ManualResetEventSlim();
        var running = new JThread(release.Wait, "running");
        running.SetDaemon(true);
        running.Start();

        SayOutcome("add null", () => Runtime.AddShutdownHook(null!));
        SayOutcome("add twice", () => Runtime.AddShutdownHook(hook));
        SayOutcome("add running", () => Runtime.AddShutdownHook(running));

        // Java checks only isAlive(): a thread that has ended can be registered; it cannot start again at shutdown.
        SayOutcome("add ended", () => Runtime.AddShutdownHook(ended));
        release.Set();
        running.Join();
        SayOutcome("remove null", () => Runtime.RemoveShutdownHook(null!));
        Say($"remove unregistered: {Runtime.RemoveShutdownHook(new JThread(() => { }))}");
        Say($"remove registered: {Runtime.RemoveShutdownHook(removed)}");
        Say($"remove again: {Runtime.RemoveShutdownHook(removed)}");
        Runtime.AddShutdownHook(new JThread(() =>
        {
            SayOutcome("add late", () => Runtime.AddShutdownHook(new JThread(() => { })));
            SayOutcome("remove late", () => Runtime.RemoveShutdownHook(hook));
        }, "late"));
        return 0;
    }

    /// <summary>ShutdownInterruptedMain.java: the thread calling Exit has its interrupt flag set; the hook still completes.</summary>
    public static int ExitWithInterruptedCaller(string[] args)
    {
        var main = JThread.CurrentThread();
        Runtime.AddShutdownHook(new JThread(() =>
        {
            // Exit must be waiting for this hook, interrupt or not, before the hook says it is done.
            SpinUntil(() => main.GetState() == JThreadState.Waiting);
            Say("Shutdown Hook");
        }));
        main.Interrupt();
        Runtime.Exit(0);
        throw new System.Diagnostics.UnreachableException();
    }

    /// <summary>
    /// HotSpot's TestDaemonDestroy: the hook starts only after the last non-daemon thread ended, even though main
    /// returned while it ran. <c>[plain|runmain]</c>.
    /// </summary>
    public static int HookAfterLastNonDaemonThread(string[] args) => RunAs(args[0], _ =>
    {
        using var started = new ManualResetEventSlim();
        var mainReturning = new ManualResetEventSlim();
        var t1 = new JThread(() =>
        {
            Say("T1 started");
            started.Set();
            #pragma warning disable JT0006 // on purpose: a .NET wait the test ends itself (gate set, or time up); nothing interrupts this thread
            mainReturning.Wait();
            #pragma warning restore JT0006
            JThread.Sleep(OutliveMainMillis);
            Say("T1 finished");
        }, "T1");
        t1.SetDaemon(false);
        Runtime.AddShutdownHook(new JThread(() => Say(t1.IsAlive() ? "Error: T1 alive in hook" : "HOOK started"), "HOOK"));
        t1.Start();
        started.Wait();
        Say("main returning");
        mainReturning.Set();
    });

    /// <summary>Two hooks that wait for each other: they only finish if they run at the same time.</summary>
    public static int HooksRunConcurrently(string[] args)
    {
        var bothRunning = new CountdownEvent(2);
        foreach (var name in new[] { "a", "b" })
        {
            Runtime.AddShutdownHook(new JThread(() =>
            {
                bothRunning.Signal();
                #pragma warning disable JT0006 // on purpose: a .NET wait the test ends itself (gate set, or time up); nothing interrupts this thread
                bothRunning.Wait();
                #pragma warning restore JT0006
                Say($"hook {name} done");
            }, name));
        }

        return 0;
    }

    /// <summary>A daemon thread keeps running while a hook runs: the hook waits for the daemon's output.</summary>
    public static int HookRunsWhileDaemonRuns(string[] args)
    {
        var hookStarted = new ManualResetEventSlim();
        var daemonAnswered = new ManualResetEventSlim();
        StartDaemon("daemon", () =>
        {
            hookStarted.Wait();
            Say("daemon ran during hook");
            daemonAnswered.Set();
        });
        Runtime.AddShutdownHook(new JThread(() =>
        {
            hookStarted.Set();
            #pragma warning disable JT0006 // on purpose: a .NET wait the test ends itself (gate set, or time up); nothing interrupts this thread
            daemonAnswered.Wait();
            #pragma warning restore JT0006
            Say("hook done");
        }, "hook"));
        return 0;
    }

    /// <summary>A hook throws: it is dispatched, the other hook runs, the exit code stays. <c>[fallthrough|exit]</c>.</summary>
    public static int HookThrows(string[] args)
    {
        Runtime.AddShutdownHook(new JThread(() => throw new InvalidOperationException("hook failure"), "bad"));
        Runtime.AddShutdownHook(SayingHook("good"));
        if (args[0] == "exit")
        {
            Runtime.Exit(3);
        }

        return 0;
    }

    /// <summary>Exit(3) ends the process while a non-daemon thread is still running; the hook runs first.</summary>
    public static int ExitWithNonDaemonAlive(string[] args)
    {
        Runtime.AddShutdownHook(SayingHook("hook"));
        StartForeverThread("nonDaemon", daemon: false);
        Runtime.Exit(3);
        throw new System.Diagnostics.UnreachableException();
    }

    /// <summary>
    /// Two non-daemon threads call Exit(3) and Exit(4) together: one runs the hook, the other blocks (Java's rule), and
    /// the hook sees both waiting before it ends.
    /// </summary>
    public static int ExitFromTwoThreads(string[] args)
    {
        var gate = new Barrier(2);
        var exiters = new[] { 3, 4 }.Select(status => new JThread(() =>
        {
            #pragma warning disable JT0006 // on purpose: a .NET wait the test ends itself (gate set, or time up); nothing interrupts this thread
            gate.SignalAndWait();
            #pragma warning restore JT0006
            Runtime.Exit(status);
        }, $"exit{status}")).ToArray();
        Runtime.AddShutdownHook(SayingHook("hook", () =>
        {
            // The winner waits in the sequence for this hook; the loser must be blocked, not ending the process.
            SpinUntil(() => exiters.All(e => e.GetState() == JThreadState.Waiting));
            Say("both exits waiting");
        }));
        foreach (var exiter in exiters)
        {
            exiter.Start();
        }

        return 0;
    }

    /// <summary>
    /// During Exit(3) a hook has a daemon thread call Exit(9): that call blocks forever (Java's rule) and the process
    /// still ends with 3.
    /// </summary>
    public static int ExitCalledAgainDuringShutdown(string[] args)
    {
        Runtime.AddShutdownHook(new JThread(() =>
        {
            var second = StartDaemon("second exit", () => Runtime.Exit(9));
            SpinUntil(() => second.GetState() == JThreadState.Waiting);
            Say("second exit blocked");
        }, "hook"));
        Runtime.Exit(3);
        throw new System.Diagnostics.UnreachableException();
    }

    /// <summary>
    /// A daemon thread calls Exit(3) and, while its (daemon) hook still runs, main returns: Exit owns the end, so the
    /// hook finishes and the exit code is 3, as when Java's DestroyJavaVM waits behind System.exit.
    /// </summary>
    public static int ExitRacesMainReturn(string[] args)
    {
        var hookStarted = new ManualResetEventSlim();
        var hook = new JThread(() =>
        {
            hookStarted.Set();
            JThread.Sleep(OutliveMainMillis);
            Say("hook done");
        }, "hook");
        hook.SetDaemon(true);
        Runtime.AddShutdownHook(hook);
        StartDaemon("exiter", () => Runtime.Exit(3));
        hookStarted.Wait();
        Say("main returning");
        return 0;
    }

    /// <summary>A hook starts a non-daemon thread that never ends: after the hooks the process ends anyway. <c>[plain|runmain]</c>.</summary>
    public static int HookStartsNonDaemonThread(string[] args)
    {
        var code = RunAs(args[0], _ => Runtime.AddShutdownHook(new JThread(() =>
        {
            StartForeverThread("late", daemon: false);
            Say("hook started a thread");
        }, "hook")));
        Say($"main returned {code}");
        return code;
    }

    /// <summary>Exit(4) from RunMain's main: the hook runs, RunMain never returns.</summary>
    public static int ExitUnderRunMain(string[] args)
    {
        var code = JRuntime.RunMain(args, _ =>
        {
            Runtime.AddShutdownHook(SayingHook("hook"));
            Runtime.Exit(4);
        });
        Say($"RunMain returned {code}");
        return code;
    }

    /// <summary>Busy and blocked daemon threads do not delay the end. <c>[plain|runmain]</c>.</summary>
    public static int BusyDaemonThreads(string[] args) => RunAs(args[0], _ =>
    {
        var held = new object();
        var lockHeld = new ManualResetEventSlim();
        for (var i = 0; i < 3; i++)
        {
            StartDaemon($"spinner{i}", () =>
            {
                while (true)
                {
                    Thread.SpinWait(1000);
                }
            });
        }

        StartDaemon("holder", () =>
        {
            lock (held)
            {
                lockHeld.Set();
                Thread.Sleep(Timeout.Infinite);
            }
        });
        lockHeld.Wait();
        StartDaemon("blocked", () =>
        {
            lock (held)
            {
            }
        });
        Say("main done");
    });

    /// <summary>
    /// UncaughtExceptionsTest: a non-daemon thread joins main while main throws (<c>throw</c>) or returns
    /// (<c>return</c>); it sees main dead, the process waits for it, the exit code is 1 or 0.
    /// </summary>
    public static int MainJoinedByNonDaemon(string[] args)
    {
        var code = JRuntime.RunMain(args, _ =>
        {
            var main = JThread.CurrentThread();
            new JThread(() =>
            {
                main.Join();
                Say($"main alive after join: {main.IsAlive()}");
            }, "joiner").Start();
            if (args[0] == "throw")
            {
                throw new InvalidOperationException("simulated uncaught exit");
            }
        });
        Say($"RunMain returned {code}");
        return code;
    }

    /// <summary>UncaughtExceptionsTest: main's own handler takes main's exception; the exit code is still 1.</summary>
    public static int MainThrowsToOwnHandler(string[] args)
    {
        var code = JRuntime.RunMain(args, _ =>
        {
            JThread.CurrentThread().SetUncaughtExceptionHandler((t, e) => Say($"handled in {t.GetName()}: {e.Message}"));
            JThread.SetDefaultUncaughtExceptionHandler((_, _) => Say("default handler must not run"));
            throw new InvalidOperationException("simulated uncaught exit");
        });
        Say($"RunMain returned {code}");
        return code;
    }

    /// <summary>RunMain's main thread: its name, id, daemon flag and registry entry.</summary>
    public static int RunMainThread(string[] args)
    {
        var code = JRuntime.RunMain(args, _ =>
        {
            var main = JThread.CurrentThread();
            Say($"{main.GetName()} #{main.ThreadId()} daemon={main.IsDaemon()}");
            var entry = Runtime.KeepAliveSnapshot().Single(e => e.ThreadId == main.ThreadId());
            Say($"registry: {entry.Kind} {entry.Name}");
            var child = new JThread(() => { });
            Say($"child daemon={child.IsDaemon()}");
        });
        return code;
    }

    /// <summary>The asynchronous RunMain: <c>[return|throw]</c> after an await; RunMain waits for the task.</summary>
    public static int AsyncRunMain(string[] args)
    {
        var code = JRuntime.RunMain(args, async _ =>
        {
            Runtime.AddShutdownHook(SayingHook("hook"));
            await Task.Delay(OutliveMainMillis);
            if (args[0] == "throw")
            {
                throw new InvalidOperationException("async failure");
            }

            Say("main resumed");
        });
        Say($"RunMain returned {code}");
        return code;
    }

    /// <summary>
    /// After an await in an async main, the code is still on "main": a thread it creates is non-daemon, so RunMain
    /// waits for it before the hooks.
    /// </summary>
    public static int AsyncRunMainStartsThreadAfterAwait(string[] args)
    {
        var code = JRuntime.RunMain(args, async _ =>
        {
            Runtime.AddShutdownHook(SayingHook("hook"));
            await Task.Delay(OutliveMainMillis);
            var current = JThread.CurrentThread();
            Say($"after await: {current.GetName()} #{current.ThreadId()}");
            var worker = new JThread(() =>
            {
                JThread.Sleep(OutliveMainMillis);
                Say("worker done");
            }, "worker");
            Say($"worker daemon: {worker.IsDaemon()}");
            worker.Start();
        });
        Say($"RunMain returned {code}");
        return code;
    }

    /// <summary>Prints "ready" and blocks; a signal from the test ends it. A hook prints. <c>[plain|runmain]</c>.</summary>
    public static int WaitForSignal(string[] args) => RunAs(args[0], _ =>
    {
        Runtime.AddShutdownHook(SayingHook("hook ran"));
        Say("ready");
        Thread.Sleep(Timeout.Infinite);
    });

    /// <summary>SIGQUIT prints a thread dump and the program goes on: it prints "after dump" once stdin closes.</summary>
    public static int DumpOnSigQuit(string[] args) => JRuntime.RunMain(args, _ =>
    {
        Runtime.AddShutdownHook(new JThread(() => { }, "cleanup"));
        StartDaemon("quiet daemon", () => Thread.Sleep(Timeout.Infinite));
        using var lease = Runtime.KeepAlive("pending flush");
        Say("ready");
        Console.In.ReadLine();
        Say("after dump");
    });

    /// <summary>
    /// A lease holds the process open after main returned, until a daemon thread disposes it once stdin closes.
    /// <c>[plain|runmain]</c>.
    /// </summary>
    public static int LeaseHoldsProcess(string[] args) => RunAs(args[0], _ =>
    {
        var lease = Runtime.KeepAlive("flush");
        StartDaemon("releaser", () =>
        {
            Console.In.ReadLine();
            lease.Dispose();
        });
        Say("ready");
    });

    /// <summary>A lease taken in a hook, never released, does not delay the end. <c>[plain|runmain|exit]</c>.</summary>
    public static int LeaseTakenInHook(string[] args) => RunAs(args[0] == "exit" ? "plain" : args[0], _ =>
    {
        Runtime.AddShutdownHook(new JThread(() =>
        {
            Runtime.KeepAlive("taken too late");
            Say("hook took lease");
        }, "hook"));
        if (args[0] == "exit")
        {
            Runtime.Exit(5);
        }
    });

    /// <summary>
    /// RunMain with a stuck non-daemon thread and a lease: after JTHREAD_KEEPALIVE_REPORT_SECONDS it reports them
    /// (once). Closing stdin lets both go.
    /// </summary>
    public static int StuckAfterMain(string[] args) => JRuntime.RunMain(args, _ =>
    {
        var lease = Runtime.KeepAlive("pending flush");
        new JThread(() =>
        {
            Console.In.ReadLine();
            lease.Dispose();
        }, "stuck worker").Start();
        Say("main done");
    });

    private static int RunAs(string mode, Action<string[]> main)
    {
        switch (mode)
        {
            case "plain":
                main([]);
                return 0;
            case "runmain":
                return JRuntime.RunMain([], main);
            default:
                throw new ArgumentException($"unknown mode {mode}", nameof(mode));
        }
    }

    /// <summary>
    /// Every way a hook can be started at shutdown: on the thread kept ready for it (it is its own current thread,
    /// non-daemon as created, named), with its own stack size (a thread of its own), removed before the end (never
    /// runs), and started by user code after it was registered (runs, and the sequence still waits for it).
    /// <c>[plain|runmain]</c>.
    /// </summary>
    public static int HookVariants(string[] args) => RunAs(args[0], _ =>
    {
        JThread? ready = null;
        ready = new JThread(() =>
        {
            var current = JThread.CurrentThread();
            Say($"ready: current is hook {ReferenceEquals(current, ready)}, daemon {current.IsDaemon()}, name {current.GetName()}, .NET name {Thread.CurrentThread.Name}");
        }, "ready");
        Runtime.AddShutdownHook(ready);
        Runtime.AddShutdownHook(new JThread(null, () => Say("sized: ran"), "sized", stackSize: 1 << 20));
        var removed = SayingHook("removed");
        Runtime.AddShutdownHook(removed);
        Say($"removed: {Runtime.RemoveShutdownHook(removed)}");
        var early = new JThread(() =>
        {
            JThread.Sleep(OutliveMainMillis);
            Say("early: ran to the end");
        }, "early");
        early.SetDaemon(true);
        Runtime.AddShutdownHook(early);
        early.Start();
    });

    private static JThread SayingHook(string name, Action? then = null) => new(() =>
    {
        Say(name);
        then?.Invoke();
    }, name);

    private static JThread StartDaemon(string name, Action task)
    {
        var thread = new JThread(task, name);
        thread.SetDaemon(true);
        thread.Start();
        return thread;
    }

    private static void StartForeverThread(string name, bool daemon)
    {
        #pragma warning disable JT0006 // on purpose: a .NET wait the test ends itself (gate set, or time up); nothing interrupts this thread
        var thread = new JThread(() => Thread.Sleep(Timeout.Infinite), name);
        #pragma warning restore JT0006
        thread.SetDaemon(daemon);
        thread.Start();
    }

    private static void SayOutcome(string what, Action action)
    {
        try
        {
            action();
            Say($"{what}: no exception");
        }
        catch (Exception exception)
        {
            Say($"{what}: {exception.GetType().Name}: {exception.Message}");
        }
    }

    private static void SpinUntil(Func<bool> condition)
    {
        while (!condition())
        {
            Thread.Sleep(1);
        }
    }
}
