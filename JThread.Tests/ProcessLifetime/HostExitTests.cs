namespace JThreading.Tests.ProcessLifetime;

/// <summary>
/// How .NET really ends a process, on CoreCLR (ProcessExit on the finalizer thread) and NativeAOT (on the exiting
/// thread): other libraries' ProcessExit handlers still run after Exit, a signal and main's return; a hook may wait
/// for finalizers; Exit inside a ProcessExit handler ends with its status; late Exit calls and signals keep the first
/// status (JDK 25); Halt runs no listener. The NativeAOT cases publish the host once per test run.
/// </summary>
public sealed class HostExitTests
{
    private const int SigTerm = 15;

    public static TheoryData<string> Runtimes => ["coreclr", "nativeaot"];

    public static TheoryData<string, string, string> HandlerCases => Cross(["plain", "runmain"], ["exit", "signal", "return"]);

    public static TheoryData<string, string> Modes => Pair(["plain", "runmain"]);

    public static TheoryData<string, string> ExitInsideCases => Pair(["return", "envexit"]);

    public static TheoryData<string, string, string> LateCases => Cross(["exit0", "exit7", "signal"], ["plain", "runmain"]);

    [Theory]
    [MemberData(nameof(HandlerCases))]
    public void OtherProcessExitHandler_AfterExitSignalOrReturn_RunsAfterTheHookAndStatusKept(string runtime, string mode, string how)
    {
        using var host = HostProcess.StartOn(runtime, Scenarios.OtherProcessExitHandlerRuns, mode, how);
        if (how == "signal")
        {
            host.WaitForLine("ready");
            host.Signal(SigTerm);
        }

        Assert.True(host.WaitForExit(TestTimeouts.UnexpectedTimeout), $"did not end in time\n{host}");
        Assert.Equal(how switch { "exit" => 3, "signal" => 128 + SigTerm, _ => 0 }, host.ExitCode);
        Assert.Equal(["hook", "flushed"], host.OutputLines.Where(l => l != "ready"));
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void Hook_WaitsForPendingFinalizers_FinalizersRunAndProcessEndsWithZero(string runtime, string mode)
    {
        using var host = HostProcess.RunOn(runtime, Scenarios.HookWaitsForFinalizers, mode);

        Assert.Equal(0, host.ExitCode);
        Assert.Equal(["hook", "finalizers done, finalized 1"], host.OutputLines);
    }

    [Theory]
    [MemberData(nameof(ExitInsideCases))]
    public void Exit_InsideProcessExitHandlerRegisteredFirst_HooksRunAndEndsWithItsStatus(string runtime, string how)
    {
        using var host = HostProcess.RunOn(runtime, Scenarios.ExitInsideProcessExitHandler, how);

        Assert.Equal(5, host.ExitCode);
        Assert.Equal(["handler", "hook"], host.OutputLines.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(LateCases))]
    public void LateExitOrSignal_AfterExitsHooksEnded_BlocksOrIsIgnoredAndFirstStatusKept(string runtime, string late, string mode)
    {
        using var host = HostProcess.RunOn(runtime, Scenarios.LateCallAfterExit, late, mode);

        Assert.True(host.ExitCode == 5, host.ToString());
        Assert.Contains("handler done", host.OutputLines);
        Assert.Equal(late == "signal", host.OutputLines.Contains("late call returned"));
    }

    [Theory]
    [MemberData(nameof(Runtimes))]
    public void Halt_ListenerThatBlocks_EndsWithItsStatusAndTracesNothing(string runtime)
    {
        using var host = HostProcess.RunOn(runtime, Scenarios.TracedHalt);

        Assert.Equal(7, host.ExitCode);
        Assert.Empty(host.OutputLines);
    }

    [Fact]
    public void UncaughtException_MessageThrowsWithListenerOn_ReportedAsJavaDoesAndMainGoesOn()
    {
        using var host = HostProcess.Run(Scenarios.HostileMessageUncaught);

        Assert.Equal(0, host.ExitCode);
        Assert.Equal(["main goes on"], host.OutputLines);
        Assert.Contains(
            "Exception: System.InvalidOperationException thrown from the UncaughtExceptionHandler in thread \"worker\"",
            host.Error,
            StringComparison.Ordinal);
    }

    [Fact]
    public void AsyncRunMain_AsyncVoidFailsAfterMainCompleted_ReportedAndProgramGoesOn()
    {
        using var host = HostProcess.Run(Scenarios.LateAsyncVoidAfterMain);

        Assert.Equal(0, host.ExitCode);
        Assert.Equal(["worker done"], host.OutputLines);
        Assert.StartsWith("Exception in thread \"main\" System.InvalidOperationException: late", host.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("runmain")]
    public void Signal_HookInterruptsMain_HookFinishesAndEndsWith143(string mode)
    {
        using var host = HostProcess.Start(Scenarios.HookInterruptsMain, [mode]);
        host.WaitForLine("ready");

        host.Signal(SigTerm);

        Assert.True(host.WaitForExit(TestTimeouts.UnexpectedTimeout), $"did not end in time\n{host}");
        Assert.Equal(128 + SigTerm, host.ExitCode);
        Assert.Equal(["ready", "hook", "hook done"], host.OutputLines);
    }

    private static TheoryData<string, string> Pair(string[] cases)
    {
        var data = new TheoryData<string, string>();
        foreach (var runtime in new[] { "coreclr", "nativeaot" })
        {
            foreach (var c in cases)
            {
                data.Add(runtime, c);
            }
        }

        return data;
    }

    private static TheoryData<string, string, string> Cross(string[] first, string[] second)
    {
        var data = new TheoryData<string, string, string>();
        foreach (var runtime in new[] { "coreclr", "nativeaot" })
        {
            foreach (var a in first)
            {
                foreach (var b in second)
                {
                    data.Add(runtime, a, b);
                }
            }
        }

        return data;
    }
}
