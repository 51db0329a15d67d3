namespace JThreading.Tests.Concurrent;

/// <summary>Fork/join pools and process exit, in a child process: daemon workers never hold the process.</summary>
public sealed class ForkJoinProcessTests
{
    [Fact]
    public void CommonAndWorkStealingPools_WithBlockedTasks_DoNotKeepTheProcessAlive()
    {
        using var host = HostProcess.Run(Scenarios.ForkJoinPoolsDoNotHoldTheProcess);

        Assert.Equal(0, host.ExitCode);
        Assert.Equal(["common: 42", "stealing: 42", "daemon: True", "main returning"], host.OutputLines);
        Assert.Empty(host.Error);
    }
}
