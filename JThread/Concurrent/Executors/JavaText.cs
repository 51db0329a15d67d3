namespace JThreading.Concurrent;

/// <summary>The texts the executors build from Java's <c>toString()</c> forms.</summary>
internal static class JavaText
{
    /// <summary>
    /// How a queued task is named: the future's <see cref="object.ToString"/> for a submitted task (whose delegate
    /// targets its future), <see cref="ObjectIdentity.Describe"/> for a plain delegate.
    /// </summary>
    internal static string Task(Action task) => task.Target is IFuture future ? future.ToString() ?? string.Empty : ObjectIdentity.Describe(task);

    /// <summary>Java's <c>Throwable.toString()</c>: the type, then the message.</summary>
    internal static string Exception(Exception exception) =>
        string.IsNullOrEmpty(exception.Message) ? exception.GetType().ToString() : $"{exception.GetType()}: {exception.Message}";

    /// <summary>Java's <c>new ExecutionException(cause)</c>, whose message is the cause's <c>toString()</c>.</summary>
    internal static ExecutionException Execution(Exception cause) => new(Exception(cause), cause);
}
