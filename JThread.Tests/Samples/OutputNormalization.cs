using System.Text.RegularExpressions;

namespace JThreading.Tests.Samples;

/// <summary>
/// One way in which the three versions of a lesson may print differently by the nature of their language, and how a
/// parity test makes it disappear before comparing. Each test names the ones it applies; by default none is.
/// </summary>
/// <param name="Name">What is normalized, for the failure message.</param>
/// <param name="Apply">The rewrite of a program's output lines.</param>
internal sealed partial record OutputNormalization(string Name, Func<IEnumerable<string>, IEnumerable<string>> Apply)
{
    /// <summary>
    /// A line that repeats counts once, where it first appears: a thread that prints every second races main's
    /// last line, so whether it printed 3 or 4 times before the end is luck, in every language.
    /// </summary>
    public static readonly OutputNormalization RepeatsCountOnce = new("repeated lines count once", lines => lines.Distinct());

    /// <summary>Booleans in Java's spelling: C# and Python print <c>True</c>/<c>False</c>, Java <c>true</c>/<c>false</c>.</summary>
    public static readonly OutputNormalization BooleanSpelling = new(
        "True/False read true/false",
        lines => lines.Select(l => PythonOrDotNetBoolean().Replace(l, m => m.Value == "True" ? "true" : "false")));

    /// <summary>No value in Java's spelling: Python prints <c>None</c> where Java prints <c>null</c>.</summary>
    public static readonly OutputNormalization NullSpelling = new(
        "None reads null",
        lines => lines.Select(l => PythonNone().Replace(l, "null")));

    /// <summary>Stack-trace lines dropped: Java's <c>\tat ...</c>, .NET's <c>   at ...</c>, Python's traceback.</summary>
    public static readonly OutputNormalization StackTracesDropped = new(
        "stack traces dropped",
        lines => lines.Where(l => !l.StartsWith(' ') && !l.StartsWith('\t') && l != "Traceback (most recent call last):"));

    /// <summary>
    /// The same failure has a different exception type in each language: Java's <c>IllegalStateException</c> is
    /// .NET's <c>InvalidOperationException</c> and Python's <c>RuntimeError</c>; all three read <c>IllegalStateException</c>.
    /// </summary>
    public static readonly OutputNormalization ExceptionTypeNames = new(
        "exception type names (java.lang.IllegalStateException = System.InvalidOperationException = RuntimeError)",
        lines => lines.Select(l => ExceptionType().Replace(l, "IllegalStateException")));

    /// <summary>
    /// Python's default report of an uncaught exception in a thread, <c>Exception in thread NAME:</c> and, after the
    /// traceback, <c>Type: message</c>, joined into Java's one line <c>Exception in thread "NAME" Type: message</c>.
    /// Apply after <see cref="StackTracesDropped"/>.
    /// </summary>
    public static readonly OutputNormalization PythonThreadReport = new("Python's two-line thread report as Java's one line", JoinPythonReports);

    [GeneratedRegex(@"\b(True|False)\b")]
    private static partial Regex PythonOrDotNetBoolean();

    [GeneratedRegex(@"\bNone\b")]
    private static partial Regex PythonNone();

    [GeneratedRegex(@"\b(java\.lang\.IllegalStateException|System\.InvalidOperationException|RuntimeError)\b")]
    private static partial Regex ExceptionType();

    [GeneratedRegex("^Exception in thread ([^\"].*):$")]
    private static partial Regex PythonReportHeader();

    private static IEnumerable<string> JoinPythonReports(IEnumerable<string> lines)
    {
        string? header = null;
        foreach (var line in lines)
        {
            if (header is not null)
            {
                yield return $"Exception in thread \"{header}\" {line}";
                header = null;
            }
            else if (PythonReportHeader().Match(line) is { Success: true } match)
            {
                header = match.Groups[1].Value;
            }
            else
            {
                yield return line;
            }
        }
    }

    public override string ToString() => Name;
}
