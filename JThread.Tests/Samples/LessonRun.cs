using System.Diagnostics;
using System.Text;

namespace JThreading.Tests.Samples;

/// <summary>
/// The C#, Java and Python versions of a lesson running side by side as child processes, started together, with
/// assertions that they behave the same: exit codes, standard output and error, and whether each is still running.
/// </summary>
internal sealed class LessonRun : IDisposable
{
    private readonly string _what;

    private LessonRun(string what, IReadOnlyList<(string Language, HostProcess Process)> versions)
    {
        _what = what;
        Versions = versions;
    }

    public IReadOnlyList<(string Language, HostProcess Process)> Versions { get; }

    public const string CSharp = "C#";

    public const string Java = "Java";

    public const string Python = "Python";

    public static LessonRun Start(Lesson lesson, string[] args, bool terminalSignals)
    {
        if (HostProcess.Java is null)
        {
            Assert.Skip($"no JDK {HostProcess.MinimumJavaVersion}+ found (looked in {HostProcess.JavaSearchPlaces})");
        }

        if (HostProcess.Python is null)
        {
            Assert.Skip("no Python 3 found on PATH");
        }

        var versions = new List<(string, HostProcess)>(3);
        try
        {
            versions.Add((CSharp, HostProcess.StartSample(lesson.Name, terminalSignals, args)));
            versions.Add((Java, HostProcess.StartJava(lesson.JavaPath, args, terminalSignals)));
            versions.Add((Python, HostProcess.StartPython(lesson.PythonPath, args, terminalSignals)));
        }
        catch
        {
            foreach (var (_, process) in versions)
            {
                process.Dispose();
            }

            throw;
        }

        return new LessonRun($"{lesson.Name} {string.Join(' ', args)}".TrimEnd(), versions);
    }

    /// <summary>
    /// Asserts that every version (or those of <paramref name="languages"/>) ends within
    /// <see cref="TestTimeouts.UnexpectedTimeout"/> with <paramref name="exitCode"/>.
    /// </summary>
    public void AssertEnded(int exitCode, params string[] languages)
    {
        var deadline = Stopwatch.StartNew();
        foreach (var (language, process) in Select(languages))
        {
            var remaining = TestTimeouts.UnexpectedTimeout - deadline.Elapsed;
            Assert.True(process.WaitForExit(remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero), $"{language} did not end in time.\n{this}");
        }

        foreach (var (language, process) in Select(languages))
        {
            Assert.True(process.ExitCode == exitCode, $"{language} ended with {process.ExitCode}, expected {exitCode}.\n{this}");
        }
    }

    /// <summary>Waits until every version has printed <paramref name="line"/>.</summary>
    public void WaitForLine(string line)
    {
        foreach (var (_, process) in Versions)
        {
            process.WaitForLine(line);
        }
    }

    /// <summary>Asserts that every version (or those of <paramref name="languages"/>) is still running <see cref="TestTimeouts.StaysAlive"/> from now.</summary>
    public void AssertStillRunning(params string[] languages)
    {
        var deadline = Stopwatch.StartNew();
        foreach (var (language, process) in Select(languages))
        {
            var remaining = TestTimeouts.StaysAlive - deadline.Elapsed;
            Assert.False(process.WaitForExit(remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero), $"{language} ended; it should still be running.\n{this}");
        }
    }

    /// <summary>Sends a POSIX signal to every version.</summary>
    public void Signal(int signal)
    {
        foreach (var (_, process) in Versions)
        {
            process.Signal(signal);
        }
    }

    /// <summary>Asserts that every version's standard output, once normalized, is <paramref name="expected"/>.</summary>
    public void AssertOutput(IEnumerable<string> expected, params OutputNormalization[] normalizations) =>
        AssertLines("standard output", p => p.Output, expected, normalizations);

    /// <summary>Asserts that every version's standard error, once normalized, is <paramref name="expected"/>.</summary>
    public void AssertError(IEnumerable<string> expected, params OutputNormalization[] normalizations) =>
        AssertLines("standard error", p => p.Error, expected, normalizations);

    public void Dispose()
    {
        foreach (var (_, process) in Versions)
        {
            process.Dispose();
        }
    }

    public override string ToString()
    {
        var text = new StringBuilder(_what).Append('\n');
        foreach (var (language, process) in Versions)
        {
            text.Append("--- ").Append(language).Append(": ").Append(process).Append('\n');
        }

        return text.ToString();
    }

    private IEnumerable<(string Language, HostProcess Process)> Select(string[] languages)
    {
        Assert.All(languages, l => Assert.Contains(l, Versions.Select(v => v.Language)));
        return languages.Length == 0 ? Versions : Versions.Where(v => languages.Contains(v.Language));
    }

    private void AssertLines(string stream, Func<HostProcess, string> read, IEnumerable<string> expected, OutputNormalization[] normalizations)
    {
        var wanted = expected.ToArray();
        foreach (var (language, process) in Versions)
        {
            IEnumerable<string> lines = read(process).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r'));
            lines = normalizations.Aggregate(lines, (current, normalization) => normalization.Apply(current));
            var actual = lines.ToArray();
            if (!actual.SequenceEqual(wanted))
            {
                var applied = normalizations.Length == 0 ? "none" : string.Join("; ", normalizations.Select(n => n.Name));
                Assert.Fail(
                    $"{language}'s {stream} differs (normalizations: {applied}).\nexpected:\n  {string.Join("\n  ", wanted)}\n" +
                    $"actual:\n  {string.Join("\n  ", actual)}\n{this}");
            }
        }
    }
}
