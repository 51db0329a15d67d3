using System.Runtime.InteropServices;

namespace JThreading;

/// <summary>
/// The operating system's id of the calling thread, as <c>top -H</c>, <c>dotnet-stack</c> and <c>dotnet-dump</c> show
/// it, for the thread dump. .NET has no public API for it.
/// </summary>
internal static partial class OsThread
{
    /// <summary>The calling thread's OS id, or 0 where it cannot be had.</summary>
    internal static long CurrentId()
    {
        try
        {
            if (OperatingSystem.IsLinux())
            {
                return LinuxGetTid();
            }

            if (OperatingSystem.IsWindows())
            {
                return WindowsGetCurrentThreadId();
            }

            if (OperatingSystem.IsMacOS() && MacThreadId(IntPtr.Zero, out var id) == 0)
            {
                return (long)id;
            }
        }
        catch (Exception exception) when (exception is EntryPointNotFoundException or DllNotFoundException)
        {
            // An old C library without gettid: the dump shows 0.
        }

        return 0;
    }

    [LibraryImport("libc", EntryPoint = "gettid")]
    private static partial int LinuxGetTid();

    [LibraryImport("kernel32.dll", EntryPoint = "GetCurrentThreadId")]
    private static partial uint WindowsGetCurrentThreadId();

    [LibraryImport("libc", EntryPoint = "pthread_threadid_np")]
    private static partial int MacThreadId(IntPtr thread, out ulong id);
}
