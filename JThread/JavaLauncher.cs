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

    internal static int Run(string[] args, Func<string[], Task?> main)
    {
        ArgumentNullException.ThrowIfNull(args);
        var registry = KeepAliveRegistry.Instance;
        var mainThread = JThread.AdoptCallerAsMain();
        registry.LauncherWaits = true;
        registry.AddThread(mainThread);
        SignalHandlers.Install();

        var exitCode = 0;
        try
        {
            main(args)?.GetAwaiter().GetResult();
        }
        catch (Exception exception)
        {
            mainThread.DispatchUncaughtException(exception);
            exitCode = 1;
        }

        // As the launcher detaches the main thread before DestroyJavaVM: joiners of main wake now, while the process
        // still waits for the other non-daemon threads.
        mainThread.Terminate();
        WaitForKeepAliveEntries(registry);

        if (!ShutdownSequence.TryClaim(exitStatus: null))
        {
            // Exit or a signal owns the end of the process.
            ShutdownSequence.BlockForever();
        }

        ShutdownSequence.RunHooks();
        Environment.ExitCode = exitCode;
        Console.Out.Flush();
        return exitCode;
    }

    private static void WaitForKeepAliveEntries(KeepAliveRegistry registry)
    {
        var reportSeconds = ReportSeconds();
        if (reportSeconds > 0 && !registry.WaitUntilEmpty(reportSeconds))
        {
            ReportWhatKeepsAlive(registry, reportSeconds);
        }

        registry.WaitUntilEmpty(double.PositiveInfinity);
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
            report.Append("  ").AppendLine(KeepAliveText.Describe(entry, DateTimeOffset.UtcNow));
        }

        report.Append("(daemon threads do not keep it alive; set ").Append(ReportSecondsVariable).Append("=0 to silence this)");
        Console.Error.WriteLine(report.ToString());
    }

    private static double ReportSeconds()
    {
        var text = Environment.GetEnvironmentVariable(ReportSecondsVariable);
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0
            ? seconds
            : DefaultReportSeconds;
    }
}
