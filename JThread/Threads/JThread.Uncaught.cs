using System.Runtime.CompilerServices;

namespace JThreading;

public partial class JThread
{
    /// <summary>The handler called when an exception escapes this thread's <see cref="Run"/>.</summary>
    /// <returns>
    /// The thread's own handler if it has one, else a delegate bound to its group's
    /// <see cref="JThreadGroup.UncaughtException(JThread, Exception)"/> (its <see cref="Delegate.Target"/> is the
    /// group); <see langword="null"/> once the thread has terminated.
    /// </returns>
    public UncaughtExceptionHandler? GetUncaughtExceptionHandler()
    {
        if (IsTerminated)
        {
            return null;
        }

        return _uncaughtExceptionHandler ?? _group.UncaughtException;
    }

    /// <summary>Sets this thread's own uncaught-exception handler.</summary>
    /// <param name="handler">The handler; <see langword="null"/> to defer to the group again.</param>
    /// <remarks>The handler is not inherited by threads this thread creates, as in Java.</remarks>
    [OverloadResolutionPriority(1)]
    public void SetUncaughtExceptionHandler(UncaughtExceptionHandler? handler) => _uncaughtExceptionHandler = handler;

    /// <summary>Sets this thread's own uncaught-exception handler, given as an object.</summary>
    /// <param name="handler">The handler; <see langword="null"/> to defer to the group again.</param>
    /// <remarks>
    /// For Java code that implements <c>Thread.UncaughtExceptionHandler</c> in a class.
    /// <see cref="GetUncaughtExceptionHandler"/> then returns a delegate whose <see cref="Delegate.Target"/> is
    /// <paramref name="handler"/>.
    /// </remarks>
    public void SetUncaughtExceptionHandler(IUncaughtExceptionHandler? handler) =>
        _uncaughtExceptionHandler = AsDelegate(handler);

    /// <summary>The handler the root group calls when no thread or group handler took an exception.</summary>
    /// <returns>The default handler, or <see langword="null"/>.</returns>
    public static UncaughtExceptionHandler? GetDefaultUncaughtExceptionHandler() => s_defaultUncaughtExceptionHandler;

    /// <summary>Sets the handler the root group calls for uncaught exceptions of every thread.</summary>
    /// <param name="handler">The handler; <see langword="null"/> to print to standard error again.</param>
    [OverloadResolutionPriority(1)]
    public static void SetDefaultUncaughtExceptionHandler(UncaughtExceptionHandler? handler) =>
        s_defaultUncaughtExceptionHandler = handler;

    /// <summary>Sets the handler the root group calls for uncaught exceptions of every thread, given as an object.</summary>
    /// <param name="handler">The handler; <see langword="null"/> to print to standard error again.</param>
    /// <remarks>
    /// For Java code that implements <c>Thread.UncaughtExceptionHandler</c> in a class.
    /// <see cref="GetDefaultUncaughtExceptionHandler"/> then returns a delegate whose <see cref="Delegate.Target"/>
    /// is <paramref name="handler"/>.
    /// </remarks>
    public static void SetDefaultUncaughtExceptionHandler(IUncaughtExceptionHandler? handler) =>
        s_defaultUncaughtExceptionHandler = AsDelegate(handler);

    /// <summary>The handler object as the delegate the dispatch calls; its <see cref="Delegate.Target"/> is the object.</summary>
    internal static UncaughtExceptionHandler? AsDelegate(IUncaughtExceptionHandler? handler) =>
        handler is null ? null : handler.UncaughtException;

    /// <summary>
    /// Java's dispatch of an exception that escaped <see cref="Run"/>, on the dying thread. Never throws: a handler
    /// that throws is reported on standard error and ignored.
    /// </summary>
    internal void DispatchUncaughtException(Exception exception)
    {
        try
        {
            JThreadMetrics.UncaughtException(exception);
            JThreadEventSource.Log.UncaughtException(this, exception);
        }
        catch (Exception failure)
        {
            // A listener's failure (EventSource normally keeps those to itself) must not stop the handler.
            StandardError.Report("tracing an uncaught exception failed", failure);
        }

        try
        {
            // Not GetUncaughtExceptionHandler(), which says null once the thread has ended: an async RunMain's late
            // async void failure is main's, after main has ended.
            (_uncaughtExceptionHandler ?? _group.UncaughtException).Invoke(this, exception);
        }
        catch (Exception handlerException)
        {
            StandardError.WriteLine(
                $"Exception: {handlerException.GetType().FullName} thrown from the UncaughtExceptionHandler in thread \"{_name}\"");
        }
    }

    /// <summary>What the root group does without a default handler: Java's one-line header and the exception.</summary>
    internal static void PrintUncaughtException(JThread thread, Exception exception) =>
        StandardError.WriteLine($"Exception in thread \"{thread.GetName()}\" {exception}");
}
