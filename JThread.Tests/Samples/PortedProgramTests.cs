namespace JThreading.Tests.Samples;

/// <summary>
/// samples/Ported: Java programs of the kinds ported users bring (a Memoizer on <c>FutureTask</c>, an
/// <c>AtomicInteger</c> counter on a pool, a <c>Phaser</c> with <c>onAdvance</c>), each run on the JVM and as its C#
/// port side by side: the same lines, the same exit code, nothing on standard error, both ended in time.
/// </summary>
[Collection(LessonParityCollection.Name)]
public sealed class PortedProgramTests
{
    [Fact]
    public void Memoizer_ComputesEachKeyOnceAndDropsAFailedOne() =>
        AssertAlike(
            "Memoizer",
            [
                "results: 12, distinct values: 4,9,16",
                "computations: 3",
                "first ask for 13: compute failed: unlucky 13",
                "second ask for 13: 169",
                "computations: 5",
            ]);

    [Fact]
    public void PoolCounter_ExactTotalsAfterShutdownAndAwait() =>
        AssertAlike(
            "PoolCounter",
            ["terminated: true", "count: 10000", "max: 9999", "sum: 49995000", "updated: 20000"]);

    [Fact]
    public void PhaserRounds_OnAdvanceTerminatesAfterThreeRoundsWithJavasPhaseNumbers() =>
        AssertAlike(
            "PhaserRounds",
            [
                "round 0 done by 3 parties, work so far 3",
                "round 1 done by 3 parties, work so far 6",
                "round 2 done by 3 parties, work so far 9",
                "terminated: true",
                "phase: -2147483645",
                "registered: 3",
                "work done: 9",
                "arrive after termination: -2147483645",
            ]);

    [Fact]
    public void NoArgument_PrintsUsageAndExitsWithTwo()
    {
        using var port = HostProcess.StartSample("Ported", terminalSignals: false);

        Assert.True(port.WaitForExit(TestTimeouts.UnexpectedTimeout), $"the port did not end in time.\n{port}");
        Assert.Equal(2, port.ExitCode);
        Assert.StartsWith("usage: ", port.Error, StringComparison.Ordinal);
    }

    private static void AssertAlike(string program, string[] expected)
    {
        if (HostProcess.Java is null)
        {
            Assert.Skip($"no JDK {HostProcess.MinimumJavaVersion}+ found (looked in {HostProcess.JavaSearchPlaces})");
        }

        using var port = HostProcess.StartSample("Ported", terminalSignals: false, program);
        using var java = HostProcess.StartJava(Path.Combine("samples", "Ported", "java", program + ".java"), []);

        foreach (var (language, process) in new[] { ("C#", port), ("Java", java) })
        {
            Assert.True(process.WaitForExit(TestTimeouts.UnexpectedTimeout), $"{language} did not end in time.\n{process}");
            Assert.True(process.ExitCode == 0, $"{language} ended with {process.ExitCode}.\n{process}");
            Assert.True(process.Error.Length == 0, $"{language} wrote to standard error.\n{process}");
            Assert.Equal(expected, process.OutputLines);
        }
    }
}
