using System.Globalization;
using System.Runtime.CompilerServices;

namespace JThreading.Concurrent;

/// <summary>Java's <c>Object.toString()</c> and the texts the executors build from it.</summary>
internal static class JavaText
{
    /// <summary>Java's default <c>toString()</c>: the type and the identity hash in hex, <c>System.Action@1b6d3586</c>.</summary>
    internal static string Identity(object value) =>
        value.GetType().ToString() + "@" + RuntimeHelpers.GetHashCode(value).ToString("x", CultureInfo.InvariantCulture);

    /// <summary>
    /// How a queued task is named: the future's <see cref="object.ToString"/> for a submitted task (whose delegate
    /// targets its future), <see cref="Identity"/> for a plain delegate.
    /// </summary>
    internal static string Task(Action task) => task.Target is IFuture future ? future.ToString() ?? string.Empty : Identity(task);

    /// <summary>Java's <c>Throwable.toString()</c>: the type, then the message.</summary>
    internal static string Exception(Exception exception) =>
        string.IsNullOrEmpty(exception.Message) ? exception.GetType().ToString() : $"{exception.GetType()}: {exception.Message}";

    /// <summary>Java's <c>new ExecutionException(cause)</c>, whose message is the cause's <c>toString()</c>.</summary>
    internal static ExecutionException Execution(Exception cause) => new(Exception(cause), cause);
}
