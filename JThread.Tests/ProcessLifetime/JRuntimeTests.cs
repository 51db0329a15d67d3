namespace JThreading.Tests.ProcessLifetime;

/// <summary>
/// <see cref="JRuntime"/>'s Exit, Halt and hook registration. Anything that ends a process runs in a child process;
/// cases from OpenJDK's Runtime/shutdown/Basic.java.
/// </summary>
public sealed class JRuntimeTests
{
    [Fact]
    public void GetRuntime_CalledTwice_ReturnsSameInstance() =>
        Assert.Same(JRuntime.GetRuntime(), JRuntime.GetRuntime());

    [Fact]
    public void AvailableProcessors_Always_IsProcessorCount() =>
        Assert.Equal(Environment.ProcessorCount, JRuntime.GetRuntime().AvailableProcessors());

    [Fact]
    public void KeepAlive_NullReason_ThrowsArgumentNull() =>
        Assert.Throws<ArgumentNullException>("reason", () => JRuntime.GetRuntime().KeepAlive(null!));

    [Fact]
    public void DumpThreads_NullWriter_ThrowsArgumentNull() =>
        Assert.Throws<ArgumentNullException>("writer", () => JRuntime.GetRuntime().DumpThreads(null!));

    [Fact]
    public void AddAndRemoveShutdownHook_Misused_ThrowJavasErrors()
    {
        using var host = HostProcess.Run(Scenarios.HookRegistrationErrors);

        Assert.Equal(0, host.ExitCode);
        Assert.Equal(
            [
                "ended hook ran",
                "add null: ArgumentNullException: Value cannot be null. (Parameter 'hook')",
                "add twice: ArgumentException: Hook previously registered (Parameter 'hook')",
                "add running: ArgumentException: Hook already running (Parameter 'hook')",
                "add ended: no exception",
                "remove null: ArgumentNullException: Value cannot be null. (Parameter 'hook')",
                "remove unregistered: False",
                "remove registered: True",
                "remove again: False",
            ],
            host.OutputLines[..9]);

        // The two hooks left run at the same time, so their lines may interleave; the removed one does not run, nor
        // does the ended one again.
        Assert.Equal(
            [
                "add late: InvalidOperationException: Shutdown in progress",
                "registered",
                "remove late: InvalidOperationException: Shutdown in progress",
            ],
            host.OutputLines[9..].Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(0, "hook")]
    [InlineData(0, "nohook")]
    [InlineData(1, "hook")]
    [InlineData(1, "nohook")]
    public void Exit_WithOrWithoutHook_RunsHookAndEndsWithStatus(int status, string hook)
    {
        using var host = HostProcess.Run(Scenarios.ExitWithStatus, [status.ToString(System.Globalization.CultureInfo.InvariantCulture), hook]);

        Assert.Equal(status, host.ExitCode);
        Assert.Equal(hook == "hook" ? ["h1"] : [], host.OutputLines);
        Assert.Empty(host.Error);
    }

    [Fact]
    public void Exit_NonDaemonThreadAlive_RunsHookAndEndsWithStatus()
    {
        using var host = HostProcess.Run(Scenarios.ExitWithNonDaemonAlive);

        Assert.Equal(3, host.ExitCode);
        Assert.Equal(["hook"], host.OutputLines);
    }

    [Fact]
    public void Exit_FromTwoThreadsAtOnce_OneRunsHooksOnceOtherBlocks()
    {
        using var host = HostProcess.Run(Scenarios.ExitFromTwoThreads);

        Assert.Contains(host.ExitCode, new[] { 3, 4 });
        Assert.Equal(["hook", "both exits waiting"], host.OutputLines);
    }

    [Fact]
    public void Exit_CalledAgainDuringShutdown_BlocksAndFirstStatusWins()
    {
        using var host = HostProcess.Run(Scenarios.ExitCalledAgainDuringShutdown);

        Assert.Equal(3, host.ExitCode);
        Assert.Equal(["second exit blocked"], host.OutputLines);
    }

    [Fact]
    public void Exit_MainReturnsWhileHooksRun_HooksFinishAndExitStatusWins()
    {
        using var host = HostProcess.Run(Scenarios.ExitRacesMainReturn);

        Assert.Equal(3, host.ExitCode);
        Assert.Equal(["main returning", "hook done"], host.OutputLines);
    }

    [Fact]
    public void Halt_HookAndProcessExitHandlerRegistered_RunsNeitherAndEndsWithStatus()
    {
        using var host = HostProcess.Run(Scenarios.HaltSkipsEverything);

        Assert.Equal(6, host.ExitCode);
        Assert.Empty(host.OutputLines);
    }

    [Fact]
    public void Halt_InHookDuringExit_StatusWinsAndNothingElseRuns()
    {
        using var host = HostProcess.Run(Scenarios.HaltInHookDuringExit);

        Assert.Equal(2, host.ExitCode);
        Assert.Equal(["h1"], host.OutputLines);
    }
}
