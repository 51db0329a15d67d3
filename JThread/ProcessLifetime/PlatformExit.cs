using System.Runtime.InteropServices;

namespace JThreading;

/// <summary>
/// Ends the process with a chosen exit code. <see cref="Environment.Exit(int)"/> where it is safe;
/// <c>_exit</c> (Unix) or <c>TerminateProcess</c> (Windows) for <see cref="JRuntime.Halt(int)"/> and from inside
/// <see cref="AppDomain.ProcessExit"/>, where <see cref="Environment.Exit(int)"/> deadlocks and
/// <see cref="Environment.FailFast(string)"/> cannot choose the code.
/// </summary>
internal static partial class PlatformExit
{
    private static volatile bool s_inProcessExit;

    internal static void EnteredProcessExit() => s_inProcessExit = true;

    /// <summary>Ends the process after the shutdown sequence has run.</summary>
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    internal static void Exit(int status)
    {
        JThreadEventSource.Log.Exiting(status);
        if (s_inProcessExit)
        {
            Halt(status);
        }

        FlushConsole();
        Environment.Exit(status);
        throw new InvalidOperationException("unreachable: Environment.Exit returned");
    }

    /// <summary>Ends the process at once: no hooks, no <see cref="AppDomain.ProcessExit"/> handlers.</summary>
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    internal static void Halt(int status)
    {
        JThreadEventSource.Log.Halt(status);
        FlushConsole();
        if (OperatingSystem.IsWindows())
        {
            _ = TerminateProcess(GetCurrentProcess(), unchecked((uint)status));
        }
        else
        {
            UnixExit(status);
        }

        // Only reached where neither call exists; FailFast at least ends the process.
        Environment.FailFast("JRuntime.Halt: the platform exit call returned");
    }

    private static void FlushConsole()
    {
        try
        {
            Console.Out.Flush();
            Console.Error.Flush();
        }
        catch (IOException)
        {
            // A closed pipe must not stop the process from ending.
        }
    }

    [LibraryImport("libc", EntryPoint = "_exit")]
    private static partial void UnixExit(int status);

    [LibraryImport("kernel32.dll")]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static partial bool TerminateProcess(IntPtr process, uint exitCode);

    [LibraryImport("kernel32.dll")]
    private static partial IntPtr GetCurrentProcess();
}
