using System.Runtime.InteropServices;

namespace JThreading;

/// <summary>
/// The JVM's signal behaviour: SIGINT, SIGTERM and SIGHUP run the shutdown sequence and exit with 128 + the signal
/// number (130, 143, 129); SIGQUIT prints a thread dump to standard error and the program carries on. Since .NET 10
/// the runtime no longer turns SIGTERM into a graceful exit by itself, so this goes through
/// <see cref="PosixSignalRegistration"/>.
/// </summary>
internal static class SignalHandlers
{
    private const int SigHup = 1;
    private const int SigInt = 2;
    private const int SigTerm = 15;

    private static readonly Lock s_lock = new();
    private static List<PosixSignalRegistration>? s_registrations;

    internal static void Install()
    {
        lock (s_lock)
        {
            if (s_registrations is not null || OperatingSystem.IsBrowser() || OperatingSystem.IsWasi())
            {
                return;
            }

            s_registrations =
            [
                PosixSignalRegistration.Create(PosixSignal.SIGINT, context => Terminate(context, SigInt)),
                PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => Terminate(context, SigTerm)),
                PosixSignalRegistration.Create(PosixSignal.SIGHUP, context => Terminate(context, SigHup)),
                PosixSignalRegistration.Create(PosixSignal.SIGQUIT, DumpThreads),
            ];
        }
    }

    private static void Terminate(PosixSignalContext context, int signalNumber)
    {
        context.Cancel = true;
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
}
