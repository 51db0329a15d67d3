using System.Globalization;
using System.Text;

namespace JThreading;

/// <summary>
/// The opt-in report of what keeps a <c>RunMain</c> process alive after main ended. Off unless
/// <c>JTHREAD_KEEPALIVE_REPORT_SECONDS</c> is set to a positive number of seconds: the JVM prints nothing when a
/// server's main returns and its threads carry on, and a ported program's output must stay the same.
/// </summary>
internal static class KeepAliveReport
{
    internal const string SecondsVariable = "JTHREAD_KEEPALIVE_REPORT_SECONDS";

    /// <summary>The delay the environment asks for, or <see langword="null"/> for no report.</summary>
    /// <remarks>A delay beyond what a wait can take (about 24.8 days) means no report.</remarks>
    internal static TimeSpan? Delay()
    {
        var text = Environment.GetEnvironmentVariable(SecondsVariable);
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) ||
            !(seconds > 0) || seconds * 1000 >= int.MaxValue)
        {
            return null;
        }

        return TimeSpan.FromSeconds(seconds);
    }

    /// <summary>Writes the report to standard error; never throws.</summary>
    internal static void Write(List<KeepAliveEntry> entries, TimeSpan delay)
    {
        if (entries.Count == 0)
        {
            return;
        }

        var now = DateTimeOffset.UtcNow;
        var report = new StringBuilder();
        report.Append(CultureInfo.InvariantCulture, $"JThread: main ended {delay.TotalSeconds:0.###} s ago; the process is kept alive by:").AppendLine();
        foreach (var entry in entries)
        {
            report.Append("  ").AppendLine(ThreadDump.Describe(entry, now));
        }

        report.Append("(daemon threads do not keep it alive; unset ").Append(SecondsVariable).Append(" to silence this)");
        StandardError.WriteLine(report.ToString());
    }
}
