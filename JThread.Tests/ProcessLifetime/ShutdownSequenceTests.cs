namespace JThreading.Tests.ProcessLifetime;

/// <summary>
/// The shutdown sequence: when hooks start, how they run and how they end, in child processes. Cases from OpenJDK's
/// Runtime/shutdown/Basic.java, ShutdownInterruptedMain.java and HotSpot's TestDaemonDestroy.
/// </summary>
public sealed class ShutdownSequenceTests
{
    [Fact]
    public void FallThrough_HookRegistered_RunsHookAndExitsZero()
    {
        using var host = HostProcess.Run(Scenarios.HookOnFallThrough);

        Assert.Equal(0, host.ExitCode);
        Assert.Equal(["h1"], host.OutputLines);
        Assert.Empty(host.Error);
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("runmain")]
    public void Hooks_EveryWayOfStarting_RunAsThemselvesAndAreAwaited(string mode)
    {
        using var host = HostProcess.Run(Scenarios.HookVariants, [mode]);

        Assert.Equal(0, host.ExitCode);
        Assert.Equal(
            ["early: ran to the end", "ready: current is hook True, daemon False, name ready, .NET name ready", "removed: True", "sized: ran"],
            host.OutputLines.Order(StringComparer.Ordinal));
        Assert.Empty(host.Error);
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("runmain")]
    public void Hooks_NonDaemonThreadOutlivesMain_StartOnlyAfterItEnds(string mode)
    {
        using var host = HostProcess.Run(Scenarios.HookAfterLastNonDaemonThread, [mode]);

        Assert.Equal(0, host.ExitCode);
        Assert.Equal(["T1 started", "main returning", "T1 finished", "HOOK started"], host.OutputLines);
    }

    [Fact]
    public void Hooks_TwoWaitingForEachOther_RunConcurrently()
    {
        using var host = HostProcess.Run(Scenarios.HooksRunConcurrently);

        Assert.Equal(0, host.ExitCode);
        Assert.Equal(["hook a done", "hook b done"], host.OutputLines.Order());
    }

    [Fact]
    public void Hooks_DaemonThreadAlive_DaemonKeepsRunningDuringHook()
    {
        using var host = HostProcess.Run(Scenarios.HookRunsWhileDaemonRuns);

        Assert.Equal(0, host.ExitCode);
        Assert.Equal(["daemon ran during hook", "hook done"], host.OutputLines);
    }

    [Theory]
    [InlineData("fallthrough", 0)]
    [InlineData("exit", 3)]
    public void Hook_Throws_IsDispatchedAndOtherHooksAndExitCodeUnaffected(string ending, int exitCode)
    {
        using var host = HostProcess.Run(Scenarios.HookThrows, [ending]);

        Assert.Equal(exitCode, host.ExitCode);
        Assert.Equal(["good"], host.OutputLines);
        Assert.StartsWith("Exception in thread \"bad\" System.InvalidOperationException: hook failure", host.Error);
    }

    [Fact]
    public void Exit_CallerInterrupted_StillWaitsForHooks()
    {
        using var host = HostProcess.Run(Scenarios.ExitWithInterruptedCaller);

        Assert.Equal(0, host.ExitCode);
        Assert.Equal(["Shutdown Hook"], host.OutputLines);
    }

    [Theory]
    [InlineData("add")]
    [InlineData("remove")]
    public void ChangingHooks_DuringShutdown_ThrowsShutdownInProgress(string change)
    {
        using var host = HostProcess.Run(Scenarios.ChangeHooksDuringShutdown, [change]);

        // The hook halts with 0 only when it caught the exception; Exit(1) would end with 1.
        Assert.Equal(0, host.ExitCode);
        Assert.Equal(["h1", "caught InvalidOperationException: Shutdown in progress"], host.OutputLines);
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("runmain")]
    public void Hook_StartsNonDaemonThread_ProcessStillEndsAfterHooks(string mode)
    {
        using var host = HostProcess.Run(Scenarios.HookStartsNonDaemonThread, [mode]);

        Assert.Equal(0, host.ExitCode);
        Assert.Contains("hook started a thread", host.OutputLines);
    }
}
