namespace JThreading.Tests.Concurrent;

/// <summary>
/// CompletableFuture and process exit, in a child process. The default executor is Java's: the common pool (daemon
/// workers) when its parallelism is above 1, else a new thread per task that inherits daemon status from the caller,
/// so with two processors or fewer a pending stage started by main holds the process, as on the JVM.
/// </summary>
public sealed class CompletableFutureProcessTests
{
    [Fact]
    public void PendingSupplyAsync_CommonPoolParallelismAboveOne_MainReturnsAndProcessEnds()
    {
        using var host = HostProcess.Run(Scenarios.PendingSupplyAsync, environment: Processors(4));

        Assert.Equal(0, host.ExitCode);
        Assert.Equal(["result: 42", "on the common pool: True", "main returning"], host.OutputLines);
    }

    [Fact]
    public void PendingSupplyAsync_CommonPoolParallelismOne_ItsNonDaemonThreadHoldsTheProcess()
    {
        using var host = HostProcess.Start(Scenarios.PendingSupplyAsync, ["until-input-closes"], Processors(2));

        host.AssertHeldUntilInputCloses();
        Assert.Equal(0, host.ExitCode);
        Assert.Equal(["result: 42", "on the common pool: False", "main returning"], host.OutputLines);
    }

    [Fact]
    public void PendingSupplyAsync_StartedByADaemonThread_ParallelismOne_ProcessEnds()
    {
        using var host = HostProcess.Run(Scenarios.PendingSupplyAsync, ["from-daemon"], Processors(2));

        Assert.Equal(0, host.ExitCode);
        Assert.Equal(["result: 42", "on the common pool: False", "main returning"], host.OutputLines);
    }

    private static Dictionary<string, string> Processors(int count) => new() { ["DOTNET_PROCESSOR_COUNT"] = count.ToString(System.Globalization.CultureInfo.InvariantCulture) };
}
