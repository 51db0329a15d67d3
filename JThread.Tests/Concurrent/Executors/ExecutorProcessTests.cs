namespace JThreading.Tests.Concurrent;

/// <summary>Executors and process exit, in child processes: the JVM's "my program never ends" and its cures.</summary>
public sealed class ExecutorProcessTests
{
    [Fact]
    public void PoolNeverShutDown_KeepsTheProcessAliveAndShowsInKeepAliveSnapshot()
    {
        using var host = HostProcess.Start(Scenarios.PoolNeverShutDown);
        host.WaitForLine("ready");

        Assert.False(host.WaitForExit(TestTimeouts.StaysAlive), $"the process ended although a pool was never shut down.\n{host}");
        Assert.Contains("result: 42", host.OutputLines);
        Assert.Contains(host.OutputLines, l => l.StartsWith("keep-alive: ", StringComparison.Ordinal) && l.EndsWith(" pool-1-thread-1", StringComparison.Ordinal));
    }

    [Fact]
    public void PoolShutDown_ProcessEndsWithZero()
    {
        using var host = HostProcess.Run(Scenarios.PoolShutDown);

        Assert.Equal(0, host.ExitCode);
        Assert.Equal(["result: 42", "main returning"], host.OutputLines);
        Assert.Empty(host.Error);
    }

    [Fact]
    public void DaemonFactoryPool_NeverShutDown_DoesNotHoldTheProcess()
    {
        using var host = HostProcess.Run(Scenarios.DaemonFactoryPool);

        Assert.Equal(0, host.ExitCode);
        Assert.Equal(["result: 42", "main returning"], host.OutputLines);
    }

    [Fact]
    public void CachedPool_IdleWorkerEndsAfterKeepAlive_ThenTheProcessEnds()
    {
        using var host = HostProcess.Run(Scenarios.CachedPoolIdleWorkersEnd, [TestTimeouts.ExpectedTimeoutMillis.ToString(System.Globalization.CultureInfo.InvariantCulture)]);

        Assert.Equal(0, host.ExitCode);
        Assert.Equal(["result: 42", "main returning"], host.OutputLines);
    }

    [Fact]
    public void ShutdownNowDuringExit_InterruptsTheTaskAndTheHookSeesTermination()
    {
        using var host = HostProcess.Run(Scenarios.ShutdownNowDuringExit);

        Assert.Equal(3, host.ExitCode);
        Assert.Contains("queued: 0", host.OutputLines);
        Assert.Contains("task interrupted", host.OutputLines);
        Assert.Contains("terminated: True", host.OutputLines);
    }

    [Fact]
    public void ExecuteCommandThrows_PrintedByTheWorkerWhileThePoolLivesOn()
    {
        using var host = HostProcess.Run(Scenarios.ExecuteCommandThrows);

        Assert.Equal(0, host.ExitCode);
        Assert.StartsWith("Exception in thread \"pool-1-thread-1\" System.InvalidOperationException: boom", host.Error, StringComparison.Ordinal);
        Assert.Equal(["next task on: pool-1-thread-2", "main returning"], host.OutputLines);
    }

    [Fact]
    public void ForgottenSingleThreadExecutor_IsShutDownByTheCollectorAndTheProcessEnds()
    {
        using var host = HostProcess.Run(Scenarios.ForgottenSingleThreadExecutor);

        Assert.Equal(0, host.ExitCode);
        Assert.Equal(["result: 42", "main returning"], host.OutputLines);
    }
}
