using System.Reflection;
using System.Runtime.InteropServices;

namespace JThreading.Tests.Host;

/// <summary>
/// Runs one named scenario in a fresh process, for the tests about process exit:
/// <c>JThread.Tests.Host &lt;Scenario&gt; [args...]</c>. A scenario is a public static method of
/// <see cref="Scenarios"/> taking <c>string[]</c> and returning the exit code; it runs on the process's main thread,
/// so returning from it is returning from a plain <c>Main</c>.
/// </summary>
internal static partial class Program
{
    private const int SigInt = 2;
    private const int SigQuit = 3;

    private static int Main(string[] args)
    {
        // A test run started in the background (a script's `cmd &`, some CI runners) has SIGINT and SIGQUIT ignored,
        // and children inherit that: a JVM, and .NET, launched so would not react to them either. The scenarios play
        // a program started from a terminal, so they take the default disposition back before anything registers.
        // A test that plays a background job sets JTHREAD_TEST_INHERITED_SIGNALS and keeps what it was started with.
        if (!OperatingSystem.IsWindows() && Environment.GetEnvironmentVariable("JTHREAD_TEST_INHERITED_SIGNALS") != "1")
        {
            _ = SetSignalDisposition(SigInt, IntPtr.Zero);
            _ = SetSignalDisposition(SigQuit, IntPtr.Zero);
        }

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

    /// <summary>libc's <c>signal</c>; <see cref="IntPtr.Zero"/> is <c>SIG_DFL</c>.</summary>
    [LibraryImport("libc", EntryPoint = "signal")]
    private static partial IntPtr SetSignalDisposition(int signal, IntPtr handler);
}
