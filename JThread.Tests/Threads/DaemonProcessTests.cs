namespace JThreading.Tests.Threads;

/// <summary>Daemon status decides whether a JThread keeps the process alive, checked in a child process.</summary>
public sealed class DaemonProcessTests
{
    [Fact]
    public void PlainMain_LiveNonDaemonThread_KeepsProcessAlive()
    {
        using var host = HostProcess.Start(Scenarios.NonDaemonKeepsAlive);
        host.WaitForLine("ready");

        Assert.False(host.WaitForExit(TestTimeouts.StaysAlive), $"the process ended although a non-daemon thread was alive.\n{host}");
    }

    [Fact]
    public void PlainMain_OnlyDaemonThreads_ProcessEndsWhenMainReturns()
    {
        using var host = HostProcess.Run(Scenarios.DaemonDoesNotKeepAlive);

        Assert.Equal(0, host.ExitCode);
        Assert.Equal(["main exiting"], host.OutputLines);
    }

    [Fact]
    public void PlainMain_ThreadCreatedByDaemon_IsDaemonAndDoesNotKeepAlive()
    {
        using var host = HostProcess.Run(Scenarios.DaemonStatusInherited);

        Assert.Equal(0, host.ExitCode);
        Assert.Equal(["child daemon: True"], host.OutputLines);
    }

    [Fact]
    public void PlainMain_NonDaemonThreadStillRunning_ProcessEndsWithZeroAfterIt()
    {
        using var host = HostProcess.Run(Scenarios.NonDaemonThreadEnds);

        Assert.Equal(0, host.ExitCode);
        Assert.Equal(["main returning", "worker done"], host.OutputLines);
        Assert.Empty(host.Error);
    }

    [Fact]
    public void PlainMain_UnstartedNonDaemonThread_DoesNotKeepProcessAlive()
    {
        using var host = HostProcess.Run(Scenarios.UnstartedNonDaemonThread);

        Assert.Equal(0, host.ExitCode);
        Assert.Equal(["daemon: False"], host.OutputLines);
    }
}
