namespace JThreading.Tests.Threads;

/// <summary>
/// The main thread as JThread adopts it, and the thread counters of a fresh process. The xunit process has no
/// observable main thread, so both run in a child process.
/// </summary>
public sealed class MainThreadTests
{
    [Fact]
    public void CurrentThread_OnMainThread_MainWithIdOneInGroupMainUnderSystem()
    {
        using var host = HostProcess.Run(Scenarios.MainThreadFacts);

        Assert.Equal(0, host.ExitCode);
        Assert.Equal(
            [
                "id: 1",
                "name: main",
                "priority: 5",
                "daemon: False",
                "alive: True",
                "state: Runnable",
                "same object: True",
                "group: main",
                "group parent: system",
                "group grandparent: none",
                "listed in own group: True",
                "toString: Thread[#1,main,5,main]",
            ],
            host.OutputLines);
        Assert.Empty(host.Error);
    }

    [Fact]
    public void Constructor_FreshProcess_AutoNamesAndIdsCountSeparately()
    {
        using var host = HostProcess.Run(Scenarios.ThreadCounters);

        // Main is id 1; the named thread takes an id but no "Thread-n" number.
        Assert.Equal(0, host.ExitCode);
        Assert.Equal(["Thread-0 #2", "named #3", "Thread-1 #4"], host.OutputLines);
        Assert.Empty(host.Error);
    }
}
