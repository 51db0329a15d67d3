using System.Diagnostics;
using System.Globalization;

namespace JThreading;

/// <summary>
/// The rules of the <c>java</c> launcher, for <see cref="JRuntime.RunMain(string[], Action{string[]})"/>: main runs
/// as the thread <c>"main"</c>; an exception from it is dispatched and makes the exit code 1; the main thread then
/// ends (its joiners wake); the process waits for every non-daemon thread and lease; then the shutdown sequence.
/// </summary>
internal static class JavaLauncher
{
    internal const string ReportSecondsVariable = "JTHREAD_KEEPALIVE_REPORT_SECONDS";
    private const int DefaultReportSeconds = 10;
    private const double MaxFiniteWaitSeconds = 100 * 365.25 * 24 * 3600;

    /// <summary>Runs <paramref name="main"/> under the launcher's rules and returns the exit code.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="main">The program's main; returns its task when it is asynchronous.</param>
    /// <param name="asynchronous">
    /// Whether <paramref name="main"/> is asynchronous: its continuations are then brought back to the main thread.
    /// </param>
    internal static int Run(string[] args, Func<string[], Task?> main, bool asynchronous)
    {
        ArgumentNullException.ThrowIfNull(args);
        var registry = KeepAliveRegistry.Instance;
        var mainThread = JThread.AdoptCallerAsMain();
        registry.LauncherWaits = true;
        registry.AddThread(mainThread);
        SignalHandlers.Install();
        ShutdownWarmUp.Begin();

        var exitCode = 0;
        try
        {
            if (asynchronous)
            {
                RunOnMainThread(args, main);
            }
            else
            {
                main(args);
            }
        }
        catch (Exception exception)
        {
            mainThread.DispatchUncaughtException(exception);
            exitCode = 1;
        }

        // As the launcher detaches the main thread before DestroyJavaVM: joiners of main wake now, while the process
        // still waits for the other non-daemon threads.
        mainThread.Terminate();
        var shutdown = new ShutdownOnEmpty();
        registry.WhenEmpty(shutdown.Begin);
        WaitForKeepAliveEntries(registry, shutdown.Started);

        if (!shutdown.Claimed)
        {
            // Exit or a signal owns the end of the process.
            ShutdownSequence.BlockForever();
        }

        ShutdownSequence.JoinHooks();

        // As the JVM halts after the hooks: a non-daemon thread started too late to be waited for (by a daemon thread
        // as the last entry left, or by a hook) must not hold the process once main's caller returns.
        LiveThreads.StopHoldingProcess();
        JThreadEventSource.Log.Exiting(exitCode);
        Environment.ExitCode = exitCode;
        Console.Out.Flush();
        return exitCode;
    }

    private static void RunOnMainThread(string[] args, Func<string[], Task?> main)
    {
        var previous = SynchronizationContext.Current;
        var context = new MainThreadSynchronizationContext();
        SynchronizationContext.SetSynchronizationContext(context);
        try
        {
            if (main(args) is { } task)
            {
                context.RunUntilComplete(task);
                task.GetAwaiter().GetResult();
            }
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }
    }

    /// <summary>
    /// The start of the shutdown sequence once the last keep-alive entry has gone, run by whichever thread removed it
    /// (its end, or its lease's release) so the hooks start within microseconds; the launcher then joins them.
    /// </summary>
    internal sealed class ShutdownOnEmpty
    {
        internal ManualResetEventSlim Started { get; } = new();

        internal bool Claimed { get; private set; }

        internal void Begin()
        {
            try
            {
                Claimed = ShutdownSequence.TryClaim(exitStatus: null);
                if (Claimed)
                {
                    JThreadEventSource.Log.ShutdownStarted(JThreadEventSource.CauseLastThreadEnded, JThreadEventSource.StatusNotYetKnown);
                    ShutdownSequence.StartHooks();
                }
            }
            finally
            {
                Started.Set();
            }
        }
    }

    private static void WaitForKeepAliveEntries(KeepAliveRegistry registry, ManualResetEventSlim shutdownStarted)
    {
        var reportSeconds = ReportSeconds();
        if (reportSeconds > 0 && !WaitSeconds(shutdownStarted, reportSeconds))
        {
            ReportWhatKeepsAlive(registry, reportSeconds);
        }

        shutdownStarted.Wait();
    }

    /// <summary>Waits at most <paramref name="seconds"/>; beyond a century (or infinity) that is forever.</summary>
    private static bool WaitSeconds(ManualResetEventSlim handle, double seconds)
    {
        if (seconds >= MaxFiniteWaitSeconds)
        {
            handle.Wait();
            return true;
        }

        var deadline = Stopwatch.GetTimestamp() + (long)(seconds * Stopwatch.Frequency);
        while (true)
        {
            var remaining = deadline - Stopwatch.GetTimestamp();
            if (remaining <= 0)
            {
                return handle.IsSet;
            }

            // A wait takes at most int.MaxValue milliseconds (about 24.8 days); longer ones go round again.
            var millis = Math.Min(Math.Ceiling(remaining * 1000.0 / Stopwatch.Frequency), int.MaxValue - 1);
            if (handle.Wait((int)millis))
            {
                return true;
            }
        }
    }

    private static void ReportWhatKeepsAlive(KeepAliveRegistry registry, double seconds)
    {
        var entries = registry.Snapshot();
        if (entries.Count == 0)
        {
            return;
        }

        var report = new System.Text.StringBuilder();
        report.Append(CultureInfo.InvariantCulture, $"JThread: main ended {seconds:0.###} s ago; the process is kept alive by:").AppendLine();
        foreach (var entry in entries)
        {
            report.Append("  ").AppendLine(ThreadDump.Describe(entry, DateTimeOffset.UtcNow));
        }

        report.Append("(daemon threads do not keep it alive; set ").Append(ReportSecondsVariable).Append("=0 to silence this)");
        StandardError.WriteLine(report.ToString());
    }

    private static double ReportSeconds()
    {
        var text = Environment.GetEnvironmentVariable(ReportSecondsVariable);
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0
            ? seconds
            : DefaultReportSeconds;
    }
}
