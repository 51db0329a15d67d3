namespace JThreading.Tests.Host;

public static partial class Scenarios
{
    /// <summary>Prints what <see cref="JThread.CurrentThread"/> says about the process's main thread.</summary>
    public static int MainThreadFacts(string[] args)
    {
        var main = JThread.CurrentThread();
        var group = main.GetThreadGroup();
        var members = new JThread[group?.ActiveCount() + 8 ?? 0];
        var listed = members[..(group?.Enumerate(members) ?? 0)];
        Say($"id: {main.ThreadId()}");
        Say($"name: {main.GetName()}");
        Say($"priority: {main.GetPriority()}");
        Say($"daemon: {main.IsDaemon()}");
        Say($"alive: {main.IsAlive()}");
        Say($"state: {main.GetState()}");
        Say($"same object: {ReferenceEquals(main, JThread.CurrentThread())}");
        Say($"group: {group?.GetName()}");
        Say($"group parent: {group?.GetParent()?.GetName()}");
        Say($"group grandparent: {group?.GetParent()?.GetParent()?.GetName() ?? "none"}");
        Say($"listed in own group: {listed.Contains(main)}");
        Say($"toString: {main}");
        return 0;
    }

    /// <summary>
    /// Names and ids of the first threads of a fresh process: "Thread-n" numbers and ids are separate counters.
    /// </summary>
    public static int ThreadCounters(string[] args)
    {
        foreach (var thread in new[] { new JThread(() => { }), new JThread(() => { }, "named"), new JThread(() => { }) })
        {
            Say($"{thread.GetName()} #{thread.ThreadId()}");
        }

        return 0;
    }

    /// <summary>A non-daemon thread still running when Main returns: the process ends once it ends, with exit code 0.</summary>
    public static int NonDaemonThreadEnds(string[] args)
    {
        var mainReturning = new ManualResetEventSlim();
        var worker = new JThread(() =>
        {
            #pragma warning disable JT0006 // on purpose: a .NET wait the test ends itself (gate set, or time up); nothing interrupts this thread
            mainReturning.Wait();
            #pragma warning restore JT0006

            // Gives Main time to return, so the process really waits for this thread; the output is the same either way.
            JThread.Sleep(200);
            Say("worker done");
        }, "worker");
        worker.Start();
        Say("main returning");
        mainReturning.Set();
        return 0;
    }

    /// <summary>A non-daemon thread that is never started does not keep the process alive.</summary>
    public static int UnstartedNonDaemonThread(string[] args)
    {
        var unstarted = new JThread(() => { }, "never started");
        Say($"daemon: {unstarted.IsDaemon()}");
        return 0;
    }
}
