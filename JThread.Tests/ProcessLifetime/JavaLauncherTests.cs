namespace JThreading.Tests.ProcessLifetime;

/// <summary>
/// <see cref="JRuntime.RunMain(string[], Action{string[]})"/> and its asynchronous overload: the <c>java</c>
/// launcher's rules, in child processes. Cases from OpenJDK's UncaughtExceptionsTest.
/// </summary>
public sealed class JavaLauncherTests
{
    private const string MainThrew = "Exception in thread \"main\" System.InvalidOperationException: simulated uncaught exit";

    [Fact]
    public void RunMain_NullArgs_ThrowsArgumentNull() =>
        Assert.Throws<ArgumentNullException>("args", () => JRuntime.RunMain(null!, _ => { }));

    [Fact]
    public void RunMain_NullMain_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>("main", () => JRuntime.RunMain([], (Action<string[]>)null!));
        Assert.Throws<ArgumentNullException>("main", () => JRuntime.RunMain([], (Func<string[], Task>)null!));
    }

    [Fact]
    public void RunMain_Main_RunsAsNonDaemonMainThreadOneHeldByRegistry()
    {
        using var host = HostProcess.Run(Scenarios.RunMainThread);

        Assert.Equal(0, host.ExitCode);
        Assert.Equal(["main #1 daemon=False", "registry: Thread main", "child daemon=False"], host.OutputLines);
    }

    [Fact]
    public void RunMain_MainThrowsWhileJoined_JoinerSeesMainDeadAndExitCodeIsOne()
    {
        using var host = HostProcess.Run(Scenarios.MainJoinedByNonDaemon, ["throw"]);

        // The joiner is a non-daemon thread: its line shows that the process waited for it after main threw.
        Assert.Equal(1, host.ExitCode);
        Assert.Equal(["main alive after join: False", "RunMain returned 1"], host.OutputLines);
        Assert.StartsWith(MainThrew, host.Error);
    }

    [Fact]
    public void RunMain_MainReturnsWhileJoined_JoinerSeesMainDeadAndExitCodeIsZero()
    {
        using var host = HostProcess.Run(Scenarios.MainJoinedByNonDaemon, ["return"]);

        Assert.Equal(0, host.ExitCode);
        Assert.Equal(["main alive after join: False", "RunMain returned 0"], host.OutputLines);
        Assert.Empty(host.Error);
    }

    [Fact]
    public void RunMain_MainThrowsToOwnHandler_HandlerRunsAndExitCodeIsStillOne()
    {
        using var host = HostProcess.Run(Scenarios.MainThrowsToOwnHandler);

        Assert.Equal(1, host.ExitCode);
        Assert.Equal(["handled in main: simulated uncaught exit", "RunMain returned 1"], host.OutputLines);
        Assert.Empty(host.Error);
    }

    [Fact]
    public void RunMain_ExitInMain_RunsHooksAndNeverReturns()
    {
        using var host = HostProcess.Run(Scenarios.ExitUnderRunMain);

        Assert.Equal(4, host.ExitCode);
        Assert.Equal(["hook"], host.OutputLines);
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("runmain")]
    public void MainEnds_BusyAndBlockedDaemonThreads_DoNotDelayExit(string mode)
    {
        using var host = HostProcess.Run(Scenarios.BusyDaemonThreads, [mode]);

        Assert.Equal(0, host.ExitCode);
        Assert.Equal(["main done"], host.OutputLines);
    }

    [Fact]
    public void RunMainAsync_TaskCompletesAfterAwait_WaitsForItThenRunsHooks()
    {
        using var host = HostProcess.Run(Scenarios.AsyncRunMain, ["return"]);

        Assert.Equal(0, host.ExitCode);
        Assert.Equal(["main resumed", "hook", "RunMain returned 0"], host.OutputLines);
    }

    [Fact]
    public void RunMainAsync_ThreadStartedAfterAwait_IsNonDaemonAndWaitedForBeforeHooks()
    {
        using var host = HostProcess.Run(Scenarios.AsyncRunMainStartsThreadAfterAwait);

        Assert.Equal(0, host.ExitCode);
        Assert.Equal(["after await: main #1", "worker daemon: False", "worker done", "hook", "RunMain returned 0"], host.OutputLines);
        Assert.Empty(host.Error);
    }

    [Fact]
    public void RunMainAsync_TaskFaultsAfterAwait_DispatchedOnMainAndExitCodeIsOne()
    {
        using var host = HostProcess.Run(Scenarios.AsyncRunMain, ["throw"]);

        Assert.Equal(1, host.ExitCode);
        Assert.Equal(["hook", "RunMain returned 1"], host.OutputLines);
        Assert.StartsWith("Exception in thread \"main\" System.InvalidOperationException: async failure", host.Error);
    }
}
