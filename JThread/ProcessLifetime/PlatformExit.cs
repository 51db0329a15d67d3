using System.Runtime.InteropServices;

namespace JThreading;

/// <summary>
/// Ends the process with a chosen exit code: <see cref="Environment.Exit(int)"/> where it is safe; <c>_exit</c>
/// (Unix) or <c>TerminateProcess</c> (Windows) for <see cref="JRuntime.Halt(int)"/> and from inside
/// <see cref="AppDomain.ProcessExit"/>, where <see cref="Environment.Exit(int)"/> deadlocks and
/// <see cref="Environment.FailFast(string)"/> cannot choose the code.
/// </summary>
/// <remarks>
/// Neither touches the console: Java's <c>exit</c> and <c>halt</c> do not flush <c>System.out</c>, and a flush would
/// wait for ever behind a thread blocked writing to a full pipe, or throw for a writer the program disposed.
/// <see cref="Console.Out"/> and <see cref="Console.Error"/> flush every write already.
/// </remarks>
internal static partial class PlatformExit
{
    /// <summary>Ends the process through .NET's own exit, which raises <see cref="AppDomain.ProcessExit"/>.</summary>
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    internal static void Exit(int status)
    {
        Environment.Exit(status);
        throw new InvalidOperationException("unreachable: Environment.Exit returned");
    }

    /// <summary>Ends the process at once: no hooks, no <see cref="AppDomain.ProcessExit"/> handlers.</summary>
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    internal static void Halt(int status)
    {
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

    [LibraryImport("libc", EntryPoint = "_exit")]
    private static partial void UnixExit(int status);

    [LibraryImport("kernel32.dll")]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static partial bool TerminateProcess(IntPtr process, uint exitCode);

    [LibraryImport("kernel32.dll")]
    private static partial IntPtr GetCurrentProcess();
}
