namespace JThreading;

/// <summary>
/// Handles an exception that escaped a thread's <see cref="JThread.Run"/>; runs on the dying thread.
/// </summary>
/// <param name="thread">The thread that is ending.</param>
/// <param name="exception">The exception that escaped <see cref="JThread.Run"/>.</param>
/// <remarks>Java's <c>Thread.UncaughtExceptionHandler</c>.</remarks>
public delegate void UncaughtExceptionHandler(JThread thread, Exception exception);
