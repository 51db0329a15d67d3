namespace JThreading.Tests.ProcessLifetime;

/// <summary>
/// Every pair of ways into the shutdown (two of the same included), released at the same moment in fresh processes
/// and repeated: Exit, Halt, a signal, the last non-daemon thread ending, the last lease released, a plain Main
/// returning, and a non-daemon thread starting. Each run must end in time, with one of the exit codes Java allows for
/// that pair, the hook run at most once (exactly once unless Halt won), and nothing crashing.
/// </summary>
public sealed class ProcessLifetimeRaceTests
{
    private const int Repetitions = 4;

    private static readonly string[] Ways = ["exit", "halt", "signal", "lastthread", "lease", "mainreturn", "start"];

    public static TheoryData<string, string> Pairs()
    {
        var pairs = new TheoryData<string, string>();
        for (var i = 0; i < Ways.Length; i++)
        {
            for (var j = i; j < Ways.Length; j++)
            {
                pairs.Add(Ways[i], Ways[j]);
            }
        }

        return pairs;
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Shutdown_TwoWaysInAtOnce_EndsOnceWithAnAllowedStatus(string a, string b)
    {
        // Each side's own status; a natural end (the last thread, the last lease, Main returning) may begin the
        // sequence first, and then an Exit or signal racing it blocks or does nothing, and the process ends with 0.
        int[] allowed = [.. new[] { a, b }.Select(ExitCodeOf).Where(code => code >= 0).DefaultIfEmpty(0).Distinct()];

        for (var run = 0; run < Repetitions; run++)
        {
            using var host = HostProcess.Run(Scenarios.Race, [a, b]);
            var lines = host.OutputLines;

            Assert.True(Array.IndexOf(allowed, host.ExitCode) >= 0, $"{a} vs {b}, run {run}: exit code not in [{string.Join(",", allowed)}].\n{host}");
            Assert.True(lines.Length > 0 && lines[0] == "go", $"{a} vs {b}, run {run}.\n{host}");
            var hooks = lines.Count(l => l == "hook");
            var halted = host.ExitCode == 7;
            Assert.True(halted ? hooks <= 1 : hooks == 1, $"{a} vs {b}, run {run}: the hook ran {hooks} times.\n{host}");
            Assert.DoesNotContain("Unhandled exception", host.Error, StringComparison.Ordinal);
        }
    }

    /// <summary>The status a way in ends the process with if it wins; -1 for one that does not end it (start).</summary>
    private static int ExitCodeOf(string way) => way switch
    {
        "exit" => 3,
        "halt" => 7,
        "signal" => 143,
        "start" => -1,
        _ => 0,
    };
}
