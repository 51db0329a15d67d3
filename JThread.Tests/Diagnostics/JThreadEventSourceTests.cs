using System.Diagnostics.Tracing;

namespace JThreading.Tests.Diagnostics;

/// <summary>
/// The <c>JThreading</c> event source: thread, uncaught-exception and lease events in-process (filtered by names
/// unique to each test, since other tests run alongside), and the shutdown steps in child processes.
/// </summary>
[Collection(ListenerCollection.Name)]
public sealed class JThreadEventSourceTests
{
    private const EventKeywords Threads = (EventKeywords)1;
    private const EventKeywords KeepAlive = (EventKeywords)2;

    [Fact]
    public void EventSource_NameAndManifest_AreValid()
    {
        Assert.Equal("JThreading", EventSource.GetName(typeof(JThreadEventSource)));

        // Throws on an inconsistent definition (an id that does not match its WriteEvent, a duplicate event name).
        var manifest = EventSource.GenerateManifest(typeof(JThreadEventSource), "JThread.dll", EventManifestOptions.Strict);

        Assert.NotNull(manifest);
        foreach (var name in new[] { "ThreadStarted", "ThreadEnded", "UncaughtException", "LeaseTaken", "LeaseReleased", "ShutdownStarted", "HookStarted", "HookEnded", "Exiting", "Halt", "SignalReceived" })
        {
            Assert.Contains($"name=\"{name}\"", manifest, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void StartAndEnd_TwoThreads_EachTracedWithIdNameAndDaemonStatus()
    {
        using var recorder = new JThreadEventRecorder(Threads);
        var name = "traced " + Guid.NewGuid().ToString("N");
        var regular = new JThread(() => { }, name + " regular");
        regular.SetDaemon(false);
        var daemon = new JThread(() => { }, name + " daemon");
        daemon.SetDaemon(true);

        regular.Start();
        daemon.Start();
        Assert.True(regular.Join(TestTimeouts.UnexpectedTimeout));
        Assert.True(daemon.Join(TestTimeouts.UnexpectedTimeout));

        // A joiner wakes as the thread ends; the end event is written right after.
        TestWait.Until(() => Lines(recorder, name).Length == 4, "both threads' start and end events");
        var lines = Lines(recorder, name);
        Assert.Equal(
            [
                $"ThreadStarted {regular.ThreadId()} {name} regular False",
                $"ThreadEnded {regular.ThreadId()} {name} regular",
                $"ThreadStarted {daemon.ThreadId()} {name} daemon True",
                $"ThreadEnded {daemon.ThreadId()} {name} daemon",
            ],
            lines.OrderBy(l => l.Contains(" daemon", StringComparison.Ordinal)).ThenBy(l => !l.StartsWith("ThreadStarted", StringComparison.Ordinal)));
        Assert.True(
            Array.IndexOf(lines, $"ThreadStarted {regular.ThreadId()} {name} regular False") < Array.IndexOf(lines, $"ThreadEnded {regular.ThreadId()} {name} regular"),
            "a thread's end was traced before its start");
    }

    [Fact]
    public void UncaughtException_HandledByHandler_TracedWithTypeAndMessage()
    {
        using var recorder = new JThreadEventRecorder(Threads);
        var name = "thrower " + Guid.NewGuid().ToString("N");
        var thread = new JThread(() => throw new InvalidOperationException("traced boom"), name);
        thread.SetUncaughtExceptionHandler((_, _) => { });

        thread.Start();
        thread.Join();

        Assert.Contains(
            $"UncaughtException {thread.ThreadId()} {name} System.InvalidOperationException traced boom",
            Lines(recorder, name));
        var uncaught = recorder.Events.Single(e => e.EventName == "UncaughtException" && Equals(e.Payload![1], name));
        Assert.Equal(EventLevel.Warning, uncaught.Level);
    }

    [Fact]
    public void KeepAlive_TwoLeases_TakenAndReleasedOnceEach()
    {
        using var recorder = new JThreadEventRecorder(KeepAlive);
        var reason = "traced lease " + Guid.NewGuid().ToString("N");

        var first = JRuntime.GetRuntime().KeepAlive(reason + " 1");
        var second = JRuntime.GetRuntime().KeepAlive(reason + " 2");
        second.Dispose();
        first.Dispose();
        first.Dispose();

        Assert.Equal(
            [$"LeaseTaken {reason} 1", $"LeaseTaken {reason} 2", $"LeaseReleased {reason} 2", $"LeaseReleased {reason} 1"],
            Lines(recorder, reason));
    }

    [Fact]
    public void Start_ListenerThrows_ThreadStillRunsAndEnds()
    {
        using var recorder = new JThreadEventRecorder(EventKeywords.All, _ => throw new InvalidOperationException("listener failed"));
        var ran = false;
        var thread = new JThread(() => ran = true, "traced " + Guid.NewGuid().ToString("N"));
        thread.SetUncaughtExceptionHandler((_, _) => { });

        thread.Start();
        thread.Join();
        using (JRuntime.GetRuntime().KeepAlive("traced lease with a throwing listener"))
        {
        }

        Assert.True(ran);
        Assert.False(thread.IsAlive());
    }

    [Fact]
    public void Exit_TwoHooks_TracesCauseStatusEachHookAndExit()
    {
        using var host = HostProcess.Run(Scenarios.TracedExit);

        Assert.Equal(3, host.ExitCode);
        Assert.Equal(
            ["ShutdownStarted Exit 3 exiter", "HookStarted h1 *", "HookStarted h2 *", "HookEnded h1 *", "HookEnded h2 *", "Exiting 3"],
            WithoutThreadIds(host.OutputLines));
    }

    [Fact]
    public void SigTerm_UnderRunMain_TracedAsSignal143OnTheSignalThread()
    {
        using var host = HostProcess.Start(Scenarios.TracedSignal);
        host.WaitForLine("ready");

        host.Signal(15);

        Assert.True(host.WaitForExit(TestTimeouts.UnexpectedTimeout), $"the process did not end on SIGTERM.\n{host}");
        Assert.Equal(143, host.ExitCode);

        // SignalReceived, where the signal handler reports it, comes first; the rest is the same whether it does.
        Assert.Equal(
            ["ready", "ShutdownStarted Signal 143 JThread signal 15", "HookStarted h1 *", "HookEnded h1 *", "Exiting 143"],
            WithoutThreadIds(host.OutputLines).Where(l => l != "SignalReceived 15"));
    }

    [Fact]
    public void LastThreadEnds_MainThrew_TracedOnTheLastThreadWithExitCodeOne()
    {
        using var host = HostProcess.Run(Scenarios.TracedLastThreadEnds);

        Assert.Equal(1, host.ExitCode);
        Assert.Equal(
            ["ShutdownStarted LastEntryLeft -1 worker", "HookStarted h1 *", "HookEnded h1 *", "Exiting 1"],
            WithoutThreadIds(host.OutputLines));
    }

    [Fact]
    public void Halt_ListenerThatBlocksOnEveryEvent_EndsAtOnceAndTracesNothing()
    {
        using var host = HostProcess.Run(Scenarios.TracedHalt);

        Assert.Equal(7, host.ExitCode);
        Assert.Empty(host.OutputLines);
    }

    private static string[] Lines(JThreadEventRecorder recorder, string mark) =>
        [.. recorder.Events.Select(JThreadEventRecorder.Line).Where(l => l.Contains(mark, StringComparison.Ordinal))];

    /// <summary>Hook events end with the hook's thread id, which depends on how many threads ran before: "*" instead.</summary>
    private static string[] WithoutThreadIds(IEnumerable<string> lines) =>
        [.. lines.Select(l => l.StartsWith("Hook", StringComparison.Ordinal) ? l[..(l.LastIndexOf(' ') + 1)] + "*" : l)];
}
