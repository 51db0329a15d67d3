namespace JThreading;

/// <summary>
/// Handles an exception that escaped a thread's <see cref="JThread.Run"/>, as a class: Java's
/// <c>Thread.UncaughtExceptionHandler</c> for code that implements it rather than passing a lambda.
/// </summary>
/// <remarks>
/// <see cref="JThread.SetUncaughtExceptionHandler(IUncaughtExceptionHandler?)"/> and
/// <see cref="JThread.SetDefaultUncaughtExceptionHandler(IUncaughtExceptionHandler?)"/> take it; the getters return
/// it as an <see cref="JThreading.UncaughtExceptionHandler"/> delegate whose <see cref="Delegate.Target"/> is this
/// object. <see cref="JThreadGroup"/> implements it, as Java's <c>ThreadGroup</c> does.
/// </remarks>
/// <example>
/// <code>
/// sealed class LoggingHandler : IUncaughtExceptionHandler
/// {
///     public void UncaughtException(JThread t, Exception e) => Console.Error.WriteLine($"{t.GetName()}: {e.Message}");
/// }
///
/// JThread.SetDefaultUncaughtExceptionHandler(new LoggingHandler());
/// </code>
/// </example>
public interface IUncaughtExceptionHandler
{
    /// <summary>Called on the dying thread with the exception that escaped its <see cref="JThread.Run"/>.</summary>
    /// <param name="t">The thread that is ending.</param>
    /// <param name="e">The exception that escaped <see cref="JThread.Run"/>.</param>
    /// <remarks>
    /// Java's <c>uncaughtException(Thread, Throwable)</c>. An exception it throws is reported on standard error and
    /// ignored, as the JVM does.
    /// </remarks>
    void UncaughtException(JThread t, Exception e);
}
