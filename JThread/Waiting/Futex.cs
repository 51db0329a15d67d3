using System.Diagnostics;
using System.Runtime.InteropServices;

namespace JThreading;

/// <summary>
/// Linux's address wait (<c>futex(2)</c>), the kernel primitive the JVM's parker and glibc's mutexes sit on: a thread
/// sleeps on a 32-bit word until another wakes that word or an absolute <c>CLOCK_MONOTONIC</c> deadline passes, to the
/// nanosecond rather than the next millisecond.
/// </summary>
/// <remarks>
/// Called through libc's <c>syscall</c> (glibc and musl both export it; there is no futex wrapper), with
/// <see cref="LibraryImportAttribute"/> so NativeAOT keeps working. Used only on 64-bit x64 and Arm64 processes
/// (whose <c>timespec</c> is two 64-bit fields), where <see cref="Stopwatch"/> counts <c>CLOCK_MONOTONIC</c>
/// nanoseconds, so a deadline in <see cref="Stopwatch"/> ticks is the kernel's deadline; and only once a probe at
/// start-up has seen both calls work (a sandbox may refuse the system call).
/// </remarks>
internal static unsafe partial class Futex
{
    private const int FutexWake = 1;
    private const int FutexWaitBitset = 9;
    private const int FutexPrivateFlag = 128;
    private const int FutexBitsetMatchAny = -1;
    private const int EIntr = 4;
    private const int EAgain = 11;
    private const int ETimedOut = 110;

    private const long NanosPerSecond = 1_000_000_000;

    private static readonly long s_syscallNumber = SyscallNumber();

    /// <summary>Whether the futex calls work in this process.</summary>
    internal static readonly bool IsSupported = Probe();

    /// <summary>
    /// Sleeps while <c>*word == expected</c>, until <see cref="WakeOne"/>, a signal, a spurious return, or
    /// <paramref name="deadline"/> (a <see cref="Stopwatch"/> timestamp; <see cref="long.MaxValue"/> for none).
    /// </summary>
    /// <returns><see langword="false"/> only for an error other than a changed word, a timeout or a signal.</returns>
    internal static bool Wait(int* word, int expected, long deadline)
    {
        long result;
        if (deadline == long.MaxValue)
        {
            result = Syscall(s_syscallNumber, word, FutexWaitBitset | FutexPrivateFlag, expected, null, null, FutexBitsetMatchAny);
        }
        else
        {
            var timeout = new Timespec { Seconds = deadline / NanosPerSecond, Nanoseconds = deadline % NanosPerSecond };
            result = Syscall(s_syscallNumber, word, FutexWaitBitset | FutexPrivateFlag, expected, &timeout, null, FutexBitsetMatchAny);
        }

        // EAGAIN (the word changed first), EINTR and ETIMEDOUT all send the caller back to its checks.
        return result == 0 || Marshal.GetLastPInvokeError() is EAgain or EIntr or ETimedOut;
    }

    /// <summary>Wakes one thread sleeping on <paramref name="word"/>, if any.</summary>
    internal static void WakeOne(int* word) =>
        _ = Syscall(s_syscallNumber, word, FutexWake | FutexPrivateFlag, 1, null, null, 0);

    private static long SyscallNumber()
    {
        if (!OperatingSystem.IsLinux() || !Environment.Is64BitProcess)
        {
            return -1;
        }

        return RuntimeInformation.ProcessArchitecture switch
        {
            Architecture.X64 => 202,
            Architecture.Arm64 => 98,
            _ => -1,
        };
    }

    private static bool Probe()
    {
        if (s_syscallNumber < 0 || Stopwatch.Frequency != NanosPerSecond)
        {
            return false;
        }

        try
        {
            var word = 0;

            // A wake with nobody waiting returns 0; a wait whose deadline has passed returns ETIMEDOUT at once.
            if (Syscall(s_syscallNumber, &word, FutexWake | FutexPrivateFlag, 1, null, null, 0) != 0)
            {
                return false;
            }

            var past = new Timespec { Seconds = 0, Nanoseconds = 1 };
            var result = Syscall(s_syscallNumber, &word, FutexWaitBitset | FutexPrivateFlag, 0, &past, null, FutexBitsetMatchAny);
            return result == -1 && Marshal.GetLastPInvokeError() == ETimedOut;
        }
        catch (Exception exception) when (exception is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "syscall", SetLastError = true)]
    private static partial long Syscall(long number, int* word, int operation, int value, Timespec* timeout, int* word2, int value3);

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
