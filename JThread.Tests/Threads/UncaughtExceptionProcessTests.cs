namespace JThreading.Tests.Threads;

/// <summary>
/// What an exception escaping a JThread's Run does to a process (child processes): Java's report on standard error,
/// the handler chain, throwing handlers; the process lives on and its exit code stays 0.
/// </summary>
public sealed class UncaughtExceptionProcessTests
{
    private const string JoinedLine = "joined, alive: False";

    [Fact]
    public void PlainMain_JThreadThrows_PrintsJavaReportAndExitsZero()
    {
        using var host = HostProcess.Run(Scenarios.UncaughtInPlainMain);

        Assert.Equal(0, host.ExitCode);
        Assert.Equal(["main returning"], host.OutputLines);
        var error = ErrorLines(host);
        Assert.Equal("Exception in thread \"worker\" System.InvalidOperationException: boom", error[0]);
        // The rest is exception.ToString()'s stack trace, starting at the method that threw.
        Assert.Contains("UncaughtSupport.Throw()", error[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("thread", "thread handler: thread worker, on worker, InvalidOperationException: boom")]
    [InlineData("group", "group handler: thread worker, on worker, InvalidOperationException: boom")]
    [InlineData("default", "default handler: thread worker, on worker, InvalidOperationException: boom")]
    public void Dispatch_InstalledHandlers_OnlyTheFirstInJavaOrderRunsOnTheDyingThread(string installed, string expected)
    {
        using var host = HostProcess.Run(Scenarios.UncaughtPrecedence, [installed]);

        Assert.Equal(0, host.ExitCode);
        // Exactly one handler line, before the joiner woke; nothing printed by the root group.
        Assert.Equal([expected, JoinedLine], host.OutputLines);
        Assert.Equal(string.Empty, host.Error);
    }

    [Fact]
    public void Dispatch_NoHandlerAnywhere_RootGroupPrintsAndThreadEnds()
    {
        using var host = HostProcess.Run(Scenarios.UncaughtPrecedence, ["none"]);

        Assert.Equal(0, host.ExitCode);
        Assert.Equal([JoinedLine], host.OutputLines);
        Assert.Equal("Exception in thread \"worker\" System.InvalidOperationException: boom", ErrorLines(host)[0]);
    }

    [Theory]
    [InlineData("thread")]
    [InlineData("group")]
    [InlineData("default")]
    public void Dispatch_HandlerThrows_PrintsJavaLineAndProcessLives(string where)
    {
        using var host = HostProcess.Run(Scenarios.UncaughtThrowingHandler, [where]);

        Assert.Equal(0, host.ExitCode);
        Assert.Equal([JoinedLine], host.OutputLines);
        Assert.Equal(
            ["Exception: System.ArgumentException thrown from the UncaughtExceptionHandler in thread \"worker\""],
            ErrorLines(host));
    }

    [Fact]
    public void SetDefaultUncaughtExceptionHandler_SetThenNull_GetReturnsItThenNullAndPrintingResumes()
    {
        using var host = HostProcess.Run(Scenarios.UncaughtDefaultHandlerRoundTrip);

        Assert.Equal(0, host.ExitCode);
        Assert.Equal(
            [
                "initially null: True",
                "same after set: True",
                "default handler: thread first, on first, InvalidOperationException: boom",
                "null after reset: True",
                "done",
            ],
            host.OutputLines);
        Assert.Equal("Exception in thread \"second\" System.InvalidOperationException: boom", ErrorLines(host)[0]);
    }

    [Fact]
    public void SetDefaultUncaughtExceptionHandler_Object_ItHandlesAndAThrowingOneIsReported()
    {
        using var host = HostProcess.Run(Scenarios.UncaughtDefaultHandlerObject);

        Assert.Equal(0, host.ExitCode);
        Assert.Equal(
            [
                "target is the object: True",
                "object handler: thread first, on first, InvalidOperationException: boom",
                "null after reset: True",
                "done",
            ],
            host.OutputLines);
        Assert.Equal(
            ["Exception: System.ArgumentException thrown from the UncaughtExceptionHandler in thread \"second\""],
            ErrorLines(host));
    }

    [Theory]
    [InlineData("print")]
    [InlineData("handler")]
    public void Dispatch_StandardErrorUnwritable_ProcessStillLives(string failing)
    {
        using var host = HostProcess.Run(Scenarios.UncaughtWithClosedStandardError, [failing]);

        Assert.Equal(0, host.ExitCode);
        Assert.Equal([JoinedLine], host.OutputLines);
    }

    private static string[] ErrorLines(HostProcess host)
    {
        var lines = host.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
        Assert.True(lines.Length > 0, $"nothing on standard error.\n{host}");
        return lines;
    }
}
