namespace JThreading.Tests.Host;

/// <summary>
/// The scenarios, one public static <c>int Name(string[] args)</c> each, split by area into
/// <c>Scenarios.&lt;Area&gt;.cs</c>. Each prints what the test asserts on; a line <c>ready</c> tells a test that
/// the process reached the state it wants to observe (for example before a signal is sent).
/// </summary>
public static partial class Scenarios
{
    /// <summary>Prints a line and flushes, so a test sees it even if the process is killed right after.</summary>
    internal static void Say(string line)
    {
        Console.Out.WriteLine(line);
        Console.Out.Flush();
    }
}
