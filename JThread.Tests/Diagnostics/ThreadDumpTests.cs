using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace JThreading.Tests.Diagnostics;

/// <summary>
/// The answers to "why won't my program exit?": <see cref="JRuntime.DumpThreads(TextWriter)"/> in this process, and
/// the launcher's one-time report in a child process.
/// </summary>
public sealed class ThreadDumpTests
{
    private const string ReportHeader = "JThread: main ended 0.5 s ago; the process is kept alive by:";

    [Fact]
    public void DumpThreads_LiveThreadsAndLease_ListsNameIdDaemonPriorityStateAndLeaseAge()
    {
        var reason = $"dump-{Guid.NewGuid()}";
        var daemon = new JThread(SleepUntilInterrupted, "dump-daemon");
        daemon.SetDaemon(true);
        daemon.SetPriority(7);

        // Waits in JThread's own Join, which reports Waiting for as long as it waits (a plain .NET wait is seen only
        // through the .NET thread state, which its spinning phase leaves now and then); it ends with the daemon.
        var nonDaemon = new JThread(() => daemon.Join(), "dump-non-daemon");
        nonDaemon.SetDaemon(false);
        var held = Stopwatch.StartNew();
        using (JRuntime.GetRuntime().KeepAlive(reason))
        {
            try
            {
                daemon.Start();
                nonDaemon.Start();
                TestWait.ForState(nonDaemon, JThreadState.Waiting);
                TestWait.ForState(daemon, JThreadState.TimedWaiting);
                using var writer = new StringWriter();

                JRuntime.GetRuntime().DumpThreads(writer);

                var dump = writer.ToString();
                Assert.StartsWith("Full thread dump", dump);
                AssertContainsLine($"\"dump-non-daemon\" #{nonDaemon.ThreadId()} nid=0x{nonDaemon.OsThreadId:x} prio=5 state=Waiting group=main", dump);
                AssertContainsLine($"\"dump-daemon\" #{daemon.ThreadId()} nid=0x{daemon.OsThreadId:x} daemon prio=7 state=TimedWaiting group=main", dump);
                Assert.NotEqual(0, nonDaemon.OsThreadId);
                Assert.Matches($"thread \"dump-non-daemon\" #{nonDaemon.ThreadId()} \\(non-daemon\\), alive for \\d+\\.\\d{{3}} s", dump);
                Assert.DoesNotContain($"thread \"dump-daemon\"", dump);
                var age = double.Parse(LeaseAge(reason).Match(dump).Groups["age"].Value, CultureInfo.InvariantCulture);
                Assert.InRange(age, 0, held.Elapsed.TotalSeconds);
            }
            finally
            {
                daemon.Interrupt();
            }
        }

        TestWait.Joined(nonDaemon);
        TestWait.Joined(daemon);
    }

    [Fact]
    public void RunMain_HeldLongerThanReportDelay_ReportsWhatHoldsItOnce()
    {
        using var host = HostProcess.Start(Scenarios.StuckAfterMain, environment: new Dictionary<string, string>
        {
            ["JTHREAD_KEEPALIVE_REPORT_SECONDS"] = "0.5",
        });
        TestWait.Until(() => host.Error.Contains("unset JTHREAD_KEEPALIVE_REPORT_SECONDS to silence this", StringComparison.Ordinal), "the report was printed");

        // Several more report delays pass while it is held: the report must not come again.
        host.AssertHeldUntilInputCloses();

        Assert.Equal(0, host.ExitCode);
        Assert.Equal(["main done"], host.OutputLines);
        var report = host.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, report.Length);
        Assert.Equal(ReportHeader, report[0]);
        Assert.Matches("^  lease \"pending flush\", held for \\d+\\.\\d{3} s$", report[1]);
        Assert.Matches("^  thread \"stuck worker\" #\\d+ \\(non-daemon\\), alive for \\d+\\.\\d{3} s$", report[2]);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1e7")]
    [InlineData("Infinity")]
    public void RunMain_ReportDelayOffOrBeyondAnyTimer_WaitsWithoutReporting(string seconds)
    {
        using var host = HostProcess.Start(Scenarios.StuckAfterMain, environment: new Dictionary<string, string>
        {
            ["JTHREAD_KEEPALIVE_REPORT_SECONDS"] = seconds,
        });
        host.WaitForLine("main done");

        host.AssertHeldUntilInputCloses();

        Assert.Equal(0, host.ExitCode);
        Assert.Empty(host.Error);
    }

    private static Regex LeaseAge(string reason) =>
        new($"lease \"{Regex.Escape(reason)}\", held for (?<age>\\d+\\.\\d{{3}}) s");

    /// <summary>Like Assert.Contains, but shows the whole dump when the line is missing.</summary>
    private static void AssertContainsLine(string line, string dump) =>
        Assert.True(dump.Contains(line, StringComparison.Ordinal), $"missing: {line}\nin the dump:\n{dump}");

    /// <summary>A helper thread's body that ends quietly when the test interrupts it, so no stack trace is printed.</summary>
    private static void SleepUntilInterrupted()
    {
        try
        {
            JThread.Sleep(TestTimeouts.UnexpectedTimeoutMillis);
        }
        #pragma warning disable JT0001 // on purpose: the test sends this interrupt; the thread records it and ends
        catch (InterruptedException)
        #pragma warning restore JT0001
        {
            // The test's way of ending this thread.
        }
    }
}
