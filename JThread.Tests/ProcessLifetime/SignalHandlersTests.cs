namespace JThreading.Tests.ProcessLifetime;

/// <summary>The JVM's signal handling, in child processes that wait for a signal from the test.</summary>
public sealed class SignalHandlersTests
{
    private const int SigHup = 1;
    private const int SigInt = 2;
    private const int SigQuit = 3;
    private const int SigTerm = 15;

    public static TheoryData<string, int, int> TerminatingSignals => new()
    {
        { "plain", SigHup, 129 },
        { "plain", SigInt, 130 },
        { "plain", SigTerm, 143 },
        { "runmain", SigHup, 129 },
        { "runmain", SigInt, 130 },
        { "runmain", SigTerm, 143 },
    };

    [Theory]
    [MemberData(nameof(TerminatingSignals))]
    public void TerminatingSignal_HookRegistered_RunsHooksAndExitsWith128PlusSignal(string mode, int signal, int exitCode)
    {
        using var host = HostProcess.Start(Scenarios.WaitForSignal, [mode]);
        host.WaitForLine("ready");

        host.Signal(signal);

        Assert.True(host.WaitForExit(TestTimeouts.UnexpectedTimeout), $"the process did not end on signal {signal}.\n{host}");
        Assert.Equal(exitCode, host.ExitCode);
        Assert.Equal(["ready", "hook ran"], host.OutputLines);
    }

    [Fact]
    public void SigQuit_UnderRunMain_DumpsThreadsToStandardErrorAndCarriesOn()
    {
        using var host = HostProcess.Start(Scenarios.DumpOnSigQuit);
        host.WaitForLine("ready");

        host.Signal(SigQuit);
        TestWait.Until(() => host.Error.Contains("lease \"pending flush\"", StringComparison.Ordinal), "the dump lists the lease");
        host.CloseInput();

        Assert.True(host.WaitForExit(TestTimeouts.UnexpectedTimeout), $"the process did not go on after SIGQUIT.\n{host}");
        Assert.Equal(0, host.ExitCode);
        Assert.Equal(["ready", "after dump"], host.OutputLines);
        Assert.StartsWith("Full thread dump", host.Error);

        // nid is the OS thread id, as jstack, dotnet-stack and dotnet-dump show it; main's is the process id on Linux.
        Assert.Contains($"\"main\" #1 nid=0x{host.Id:x} prio=5", host.Error);
        Assert.Matches("\"quiet daemon\" #\\d+ nid=0x[0-9a-f]+ daemon prio=5", host.Error);
        Assert.Matches("\"JThread shutdown hook runner\" nid=0x[1-9a-f][0-9a-f]* daemon parked, ready to run hook \"cleanup\"", host.Error);
        Assert.Contains("thread \"main\" #1 (non-daemon)", host.Error);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void SigQuit_PlainMainWithAJThreadStarted_DumpsEvenWhenInheritedIgnored(bool startedIgnored)
    {
        using var host = startedIgnored
            ? HostProcess.StartWithSignalsIgnored(Scenarios.DumpUnderPlainMain)
            : HostProcess.Start(Scenarios.DumpUnderPlainMain);
        host.WaitForLine("ready");

        host.Signal(SigQuit);
        TestWait.Until(() => host.Error.Contains("\"plain worker\"", StringComparison.Ordinal), "the dump lists the worker");
        host.CloseInput();

        Assert.True(host.WaitForExit(TestTimeouts.UnexpectedTimeout), $"the process did not go on after SIGQUIT.\n{host}");
        Assert.Equal(0, host.ExitCode);
        Assert.Equal(["ready", "after dump"], host.OutputLines);
        Assert.StartsWith("Full thread dump", host.Error);
    }
}
