namespace JThreading.Tests.Concurrent;

/// <summary>CompletableFuture and process exit, in a child process: pending async stages do not hold the process.</summary>
public sealed class CompletableFutureProcessTests
{
    [Fact]
    public void PendingSupplyAsync_MainReturns_ProcessEnds()
    {
        using var host = HostProcess.Run(Scenarios.PendingSupplyAsync);

        Assert.Equal(0, host.ExitCode);
        Assert.Equal(["result: 42", "main returning"], host.OutputLines);
    }
}
