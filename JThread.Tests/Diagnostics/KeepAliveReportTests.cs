namespace JThreading.Tests.Diagnostics;

/// <summary>The keep-alive report is opt-in: a correct program's output matches the JVM's, which prints nothing.</summary>
public sealed class KeepAliveReportTests
{
    // The report used to come after 10 s by default; watching a little longer shows it no longer does.
    private static readonly TimeSpan PastTheOldDefaultDelay = TimeSpan.FromSeconds(10.5);

    [Fact]
    public void Delay_VariableUnset_NoReport()
    {
        Assert.Null(Environment.GetEnvironmentVariable(KeepAliveReport.SecondsVariable));

        Assert.Null(KeepAliveReport.Delay());
    }

    [Fact]
    public void RunMain_HeldPastTheOldDefaultDelayWithoutTheVariable_PrintsNothing()
    {
        using var host = HostProcess.Start(Scenarios.StuckAfterMain);
        host.WaitForLine("main done");

        Assert.False(host.WaitForExit(PastTheOldDefaultDelay), $"the process ended while a lease held it.\n{host}");
        host.CloseInput();
        Assert.True(host.WaitForExit(TestTimeouts.UnexpectedTimeout), host.ToString());

        Assert.Equal(0, host.ExitCode);
        Assert.Equal(string.Empty, host.Error);
    }
}
