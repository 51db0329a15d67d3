using System.Reflection;

namespace JThreading.Tests.Host;

/// <summary>
/// Runs one named scenario in a fresh process, for the tests about process exit:
/// <c>JThread.Tests.Host &lt;Scenario&gt; [args...]</c>. A scenario is a public static method of
/// <see cref="Scenarios"/> taking <c>string[]</c> and returning the exit code; it runs on the process's main thread,
/// so returning from it is returning from a plain <c>Main</c>.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: JThread.Tests.Host <scenario> [args...]");
            return 64;
        }

        var scenario = typeof(Scenarios).GetMethod(args[0], BindingFlags.Public | BindingFlags.Static, [typeof(string[])]);
        if (scenario is null || scenario.ReturnType != typeof(int))
        {
            Console.Error.WriteLine($"unknown scenario: {args[0]}");
            return 64;
        }

        return (int)scenario.Invoke(null, [args[1..]])!;
    }
}
