using System.Runtime.InteropServices;

namespace JThreading;

/// <summary>
/// The JVM's signal behaviour: SIGINT, SIGTERM and SIGHUP run the shutdown sequence and exit with 128 + the signal
/// number (130, 143, 129); SIGQUIT prints a thread dump to standard error and the program carries on, even when the
/// program was started with SIGQUIT ignored. Since .NET 10
/// the runtime no longer turns SIGTERM into a graceful exit by itself, so this goes through
/// <see cref="PosixSignalRegistration"/>.
/// </summary>
internal static partial class SignalHandlers
{
    private const int SigHup = 1;
    private const int SigInt = 2;
    private const int SigQuit = 3;
    private const int SigTerm = 15;

    // Room for any platform's struct sigaction, of which only the first field (the handler) is read.
    private const int SigactionBufferSize = 512;
    private static readonly IntPtr s_signalIgnored = 1;

    private static readonly Lock s_lock = new();
    private static List<PosixSignalRegistration>? s_terminating;
    private static PosixSignalRegistration? s_quit;
    private static volatile bool s_quitInstalled;

    /// <summary>The JVM's handling of every signal: under <c>RunMain</c>, and once a hook is registered.</summary>
    internal static void Install()
    {
        EnsureDumpOnSigQuit();
        lock (s_lock)
        {
            if (s_terminating is not null || !IsSupported)
            {
                return;
            }

            s_terminating =
            [
                PosixSignalRegistration.Create(PosixSignal.SIGINT, context => Terminate(context, SigInt)),
                PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => Terminate(context, SigTerm)),
                PosixSignalRegistration.Create(PosixSignal.SIGHUP, context => Terminate(context, SigHup)),
            ];
        }
    }

    /// <summary>
    /// SIGQUIT prints the thread dump, from the first JThread started on (under a plain <c>Main</c> too), as the JVM
    /// dumps on SIGQUIT in any program. Cheap after the first call: one volatile read.
    /// </summary>
    internal static void EnsureDumpOnSigQuit()
    {
        if (s_quitInstalled)
        {
            return;
        }

        lock (s_lock)
        {
            if (s_quitInstalled)
            {
                return;
            }

            if (IsSupported)
            {
                // A program started in the background by a shell (`cmd &`) inherits SIGQUIT ignored, and .NET then
                // installs no handler for it. The JVM dumps there all the same, so the disposition goes back to the
                // default first; .NET's own handler replaces it at once.
                if (!OperatingSystem.IsWindows())
                {
                    RestoreIgnoredSigQuit();
                }

                s_quit = PosixSignalRegistration.Create(PosixSignal.SIGQUIT, DumpThreads);
            }

            s_quitInstalled = true;
        }
    }

    private static bool IsSupported => !OperatingSystem.IsBrowser() && !OperatingSystem.IsWasi();

    private static void RestoreIgnoredSigQuit()
    {
        try
        {
            var current = Marshal.AllocHGlobal(SigactionBufferSize);
            try
            {
                if (QuerySigaction(SigQuit, IntPtr.Zero, current) == 0 && Marshal.ReadIntPtr(current) == s_signalIgnored)
                {
                    _ = SetSignalDisposition(SigQuit, IntPtr.Zero);
                }
            }
            finally
            {
                Marshal.FreeHGlobal(current);
            }
        }
        catch (Exception exception) when (exception is EntryPointNotFoundException or DllNotFoundException)
        {
            // No C library to ask: SIGQUIT keeps whatever disposition it has.
        }
    }

    private static void Terminate(PosixSignalContext context, int signalNumber)
    {
        context.Cancel = true;
        JThreadEventSource.Log.SignalReceived(signalNumber);
        ProcessLifetime.OnSignal(signalNumber);
    }

    private static void DumpThreads(PosixSignalContext context)
    {
        context.Cancel = true;

        // Written in one piece through the writer that never throws: a disposed or broken Console.Error must not
        // take the process down on a signal.
        using var dump = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        ThreadDump.Write(dump);
        StandardError.WriteLine(dump.ToString().TrimEnd());
    }

    /// <summary>libc's <c>sigaction</c>, used only to read the current disposition.</summary>
    [LibraryImport("libc", EntryPoint = "sigaction")]
    private static partial int QuerySigaction(int signal, IntPtr action, IntPtr oldAction);

    /// <summary>libc's <c>signal</c>; <see cref="IntPtr.Zero"/> is <c>SIG_DFL</c>.</summary>
    [LibraryImport("libc", EntryPoint = "signal")]
    private static partial IntPtr SetSignalDisposition(int signal, IntPtr handler);
}
