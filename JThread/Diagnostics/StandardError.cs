namespace JThreading;

/// <summary>
/// JThread's own writes to standard error: uncaught exceptions, failures of a handler or hook, the keep-alive report,
/// the SIGQUIT dump. They run where nothing may be thrown (a dying thread, a signal, the shutdown path), so a closed,
/// disposed or broken <see cref="Console.Error"/> is ignored rather than allowed to crash the process.
/// </summary>
/// <remarks>
/// None of JThread's own locks is held while these run: a write blocked behind a full pipe delays only its caller,
/// as a blocked <c>System.err</c> write does in Java.
/// </remarks>
internal static class StandardError
{
    /// <summary>Writes <paramref name="text"/> and a line end; never throws.</summary>
    internal static void WriteLine(string text)
    {
        try
        {
            Console.Error.WriteLine(text);
        }
        catch (Exception)
        {
            // Standard error is gone (closed pipe, disposed writer); there is nowhere left to report to.
        }
    }

    /// <summary>Reports a failure inside JThread's own machinery; never throws.</summary>
    internal static void Report(string what, Exception exception) => WriteLine($"JThread: {what}: {SafeText.Describe(exception)}");
}
