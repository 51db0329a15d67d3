using System.Runtime.CompilerServices;

namespace JThreading.Tests.Host;

/// <summary>
/// How .NET really ends a process, against JThread's sequence: other libraries' ProcessExit handlers after Exit, a
/// signal and main's return; a hook that waits for finalizers; Exit inside a ProcessExit handler; late Exit calls and
/// signals; user code that fails on paths that promise to run none. Built for CoreCLR and for NativeAOT alike.
/// </summary>
public static partial class Scenarios
{
    // Long enough for a late call that would halt the process to have done so; a correct library passes whatever it is.
    private const int LateCallSettleMillis = 300;

    /// <summary>
    /// A hook and, registered after it in main, a ProcessExit handler that stands for a logger's flush:
    /// <c>[plain|runmain] [exit|signal|return]</c>. Prints <c>hook</c>, then <c>flushed</c>.
    /// </summary>
    public static int OtherProcessExitHandlerRuns(string[] args) => RunAs(args[0], _ =>
    {
        Runtime.AddShutdownHook(SayingHook("hook"));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Say("flushed");
        switch (args[1])
        {
            case "exit":
                Runtime.Exit(3);
                break;
            case "signal":
                Say("ready");
                JThread.Sleep(int.MaxValue);
                break;
        }
    });

    /// <summary>
    /// A hook that waits for finalizers, Java's <c>System.runFinalization()</c> in a hook, once main returns:
    /// <c>[plain|runmain]</c>. Prints <c>finalizers done</c> and ends with 0.
    /// </summary>
    public static int HookWaitsForFinalizers(string[] args) => RunAs(args[0], _ =>
    {
        Runtime.AddShutdownHook(SayingHook("hook", () =>
        {
            MakeGarbageWithFinalizer();
            GC.Collect();
            GC.WaitForPendingFinalizers();
            Say($"finalizers done, finalized {Finalizable.Count}");
        }));
    });

    /// <summary>
    /// A ProcessExit handler registered before the library is first used calls Exit(5): <c>[return|envexit]</c>
    /// (main returns, or calls <see cref="Environment.Exit(int)"/> with 0). Prints <c>handler</c> and <c>hook</c>, and
    /// ends with 5.
    /// </summary>
    public static int ExitInsideProcessExitHandler(string[] args)
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            Say("handler");
            JRuntime.GetRuntime().Exit(5);
        };
        UseLibraryWithHook();
        if (args[0] == "envexit")
        {
            Environment.Exit(0);
        }

        return 0;
    }

    /// <summary>
    /// Exit(5) from main; once its hook has ended, a daemon makes a late call: <c>[exit0|exit7|signal] [plain|runmain]</c>.
    /// A ProcessExit handler waits until the late call has been made and a while after; the process ends with 5.
    /// </summary>
    public static int LateCallAfterExit(string[] args) => RunAs(args[1], mainArgs =>
    {
        using var hookDone = new ManualResetEventSlim();
        using var lateCallMade = new ManualResetEventSlim();
        Runtime.AddShutdownHook(SayingHook("hook", hookDone.Set));
        StartDaemon("late", () =>
        {
            hookDone.Wait();
            lateCallMade.Set();
            switch (args[0])
            {
                case "exit0":
                    Runtime.Exit(0);
                    break;
                case "exit7":
                    Runtime.Exit(7);
                    break;
                default:
                    _ = SendSignal(Environment.ProcessId, SigTerm);
                    break;
            }

            Say("late call returned");
        });
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            lateCallMade.Wait();
            Thread.Sleep(LateCallSettleMillis);
            Say("handler done");
        };
        Runtime.Exit(5);
    });

    /// <summary>
    /// With a listener on the thread events, a worker's exception whose <see cref="Exception.Message"/> throws escapes
    /// it; main goes on and returns 0.
    /// </summary>
    public static int HostileMessageUncaught(string[] args)
    {
        using var recorder = new JThreadEventRecorder((System.Diagnostics.Tracing.EventKeywords)1);
        var worker = new JThread(() => throw new HostileException(), "worker");
        worker.Start();
        worker.Join();
        Say("main goes on");
        return 0;
    }

    /// <summary>
    /// Async RunMain returns at once, leaving an async void helper that fails later on main's context and a
    /// non-daemon worker that outlives it: the failure is reported, the worker finishes, the exit code is 0.
    /// </summary>
    public static int LateAsyncVoidAfterMain(string[] args) => JRuntime.RunMain([], _ =>
    {
        var worker = new JThread(() =>
        {
            JThread.Sleep(LateCallSettleMillis * 2);
            Say("worker done");
        }, "worker");
        worker.Start();
        FailLater();
        return Task.CompletedTask;
    });

    /// <summary>
    /// A hook interrupts main, which is sleeping, after SIGTERM: main's InterruptedException escapes during the
    /// sequence. <c>[plain|runmain]</c>. The hook finishes and the process ends with 143.
    /// </summary>
    public static int HookInterruptsMain(string[] args) => RunAs(args[0], _ =>
    {
        var main = JThread.CurrentThread();
        Runtime.AddShutdownHook(SayingHook("hook", () =>
        {
            main.Interrupt();
            Thread.Sleep(LateCallSettleMillis);
            Say("hook done");
        }));
        Say("ready");
        JThread.Sleep(int.MaxValue);
    });

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void UseLibraryWithHook() => JRuntime.GetRuntime().AddShutdownHook(SayingHook("hook"));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void MakeGarbageWithFinalizer() => _ = new Finalizable();

    private static async void FailLater()
    {
        await Task.Delay(LateCallSettleMillis / 3);
        throw new InvalidOperationException("late");
    }

    /// <summary>An exception whose text is hostile: its Message throws, so does everything that formats it.</summary>
    private sealed class HostileException : Exception
    {
        public override string Message => throw new InvalidOperationException("hostile Message");
    }

    private sealed class Finalizable
    {
        private static int s_count;

        ~Finalizable() => Interlocked.Increment(ref s_count);

        public static int Count => Volatile.Read(ref s_count);
    }
}
