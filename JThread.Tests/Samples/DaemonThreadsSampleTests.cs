namespace JThreading.Tests.Samples;

/// <summary>
/// The lesson in samples/DaemonThreads does what its README promises, run as the built program, and its Java and
/// Python versions behave the same.
/// </summary>
[Collection(LessonParityCollection.Name)]
public sealed class DaemonThreadsSampleTests
{
    private const string Sample = "DaemonThreads";

    [Fact]
    public void Regular_MainFinishes_ThreadKeepsProcessRunning()
    {
        using var sample = HostProcess.StartSample(Sample, "regular");
        sample.WaitForLine("Main thread exiting but program doesn't");

        Assert.False(sample.WaitForExit(TestTimeouts.StaysAlive), $"the process ended with a non-daemon thread running.\n{sample}");
        var afterMain = sample.OutputLines.SkipWhile(l => l != "Main thread exiting but program doesn't").Skip(1);
        Assert.Contains("regularThread executing", afterMain);
    }

    [Fact]
    public void Daemon_MainFinishes_ProcessEnds()
    {
        using var sample = HostProcess.RunSample(Sample, "daemon");

        Assert.Equal(0, sample.ExitCode);
        var lines = sample.OutputLines;
        var mainLine = Array.IndexOf(lines, "Main thread exiting and program too");
        Assert.True(mainLine >= 2, $"expected the daemon thread's lines before main's.\n{sample}");

        // The daemon thread's next print races main's end, so one more line may follow main's.
        Assert.All(lines.Where((_, i) => i != mainLine), l => Assert.Equal("daemonThread executing", l));
        Assert.Empty(sample.Error);
    }

    [Fact]
    public void Inherit_ThreadCreatedByDaemon_IsDaemonAndProcessEnds()
    {
        using var sample = HostProcess.RunSample(Sample, "inherit");

        Assert.Equal(0, sample.ExitCode);
        var lines = sample.OutputLines;
        Assert.Equal(["daemonThread is daemon: true", "childThread is daemon: true"], lines.Take(2));
        Assert.Contains("Main thread exiting and program too", lines);
        Assert.Contains("childThread executing", lines);
        Assert.Empty(sample.Error);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("unknown")]
    public void Main_MissingOrUnknownArgument_PrintsUsageAndExitsWithTwo(string? mode)
    {
        using var sample = HostProcess.RunSample(Sample, mode is null ? [] : [mode]);

        Assert.Equal(2, sample.ExitCode);
        Assert.StartsWith("usage: DaemonThreads", sample.Error);
        Assert.Empty(sample.Output);
    }

    [Fact]
    public void Parity_Regular_ThreeLanguagesStillRunningAfterMain()
    {
        using var run = Lesson.DaemonThreads.Start("regular");
        run.WaitForLine("Main thread exiting but program doesn't");

        run.AssertStillRunning();
        run.AssertOutput(["regularThread executing", "Main thread exiting but program doesn't"], OutputNormalization.RepeatsCountOnce);
        run.AssertError([]);
    }

    [Theory]
    [InlineData("daemon", new[] { "daemonThread executing", "Main thread exiting and program too" })]
    [InlineData("inherit", new[] { "daemonThread is daemon: true", "childThread is daemon: true", "childThread executing", "Main thread exiting and program too" })]
    public void Parity_DaemonCases_ThreeLanguagesEndWithZeroAndSameLines(string mode, string[] lines) =>
        Lesson.DaemonThreads.AssertEndsAlike([mode], exitCode: 0, lines, OutputNormalization.RepeatsCountOnce);

    [Fact]
    public void Parity_NoArgument_ThreeLanguagesPrintUsageAndExitWithTwo() => Lesson.DaemonThreads.AssertUsageError();
}
