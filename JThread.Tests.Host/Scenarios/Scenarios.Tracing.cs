using System.Diagnostics.Tracing;

namespace JThreading.Tests.Host;

/// <summary>
/// The <c>JThreading</c> event source's shutdown events, printed as they are written (one line each, see
/// <see cref="JThreadEventRecorder.Line"/>), so the output shows the steps in order even when the process halts.
/// </summary>
public static partial class Scenarios
{
    private const EventKeywords ShutdownKeyword = (EventKeywords)4;

    /// <summary>Exit(3) from a thread named "exiter", with two hooks registered.</summary>
    public static int TracedExit(string[] args)
    {
        using var recorder = new JThreadEventRecorder(ShutdownKeyword, Say);
        Runtime.AddShutdownHook(new JThread(() => { }, "h1"));
        Runtime.AddShutdownHook(new JThread(() => { }, "h2"));
        var exiter = new JThread(() => Runtime.Exit(3), "exiter");
        exiter.Start();
        exiter.Join();
        throw new System.Diagnostics.UnreachableException();
    }

    /// <summary>Under RunMain with a hook, waits for a signal from the test after printing <c>ready</c>.</summary>
    public static int TracedSignal(string[] args)
    {
        using var recorder = new JThreadEventRecorder(ShutdownKeyword, Say);
        return JRuntime.RunMain(args, _ =>
        {
            Runtime.AddShutdownHook(new JThread(() => { }, "h1"));
            Say("ready");
            JThread.Sleep(TimeSpan.FromMinutes(5));
        });
    }

    /// <summary>
    /// Under RunMain, main starts a non-daemon "worker" and throws; the worker ends last, which starts the shutdown;
    /// the exit code is 1.
    /// </summary>
    public static int TracedLastThreadEnds(string[] args)
    {
        using var recorder = new JThreadEventRecorder(ShutdownKeyword, Say);
        return JRuntime.RunMain(args, _ =>
        {
            Runtime.AddShutdownHook(new JThread(() => { }, "h1"));
            // The worker is the last entry to leave: it ends only once the registry holds nothing but itself.
            var worker = new JThread(
                () =>
                {
                    while (Runtime.KeepAliveSnapshot().Count > 1)
                    {
                        JThread.Sleep(1);
                    }
                },
                "worker");
            worker.Start();
            throw new InvalidOperationException("main failed");
        });
    }

    /// <summary>
    /// Halt(7) with a hook registered and an event listener that blocks for ever on whatever it is given (as one
    /// writing to a full pipe does): Halt runs no user code, so it ends the process at once, and traces nothing.
    /// </summary>
        public static int TracedHalt(string[] args)
    {
        using var recorder = new JThreadEventRecorder(ShutdownKeyword, line =>
        {
            Say(line);
            Thread.Sleep(Timeout.Infinite);
        });
        Runtime.AddShutdownHook(new JThread(() => { }, "h1"));
        Runtime.Halt(7);
        throw new System.Diagnostics.UnreachableException();
    }
}
