namespace JThreading.Concurrent;

/// <summary>
/// Thrown by <see cref="CompletableFuture{T}.Join"/> of a future that failed, and what a dependent stage of a failed
/// stage fails with; <see cref="Exception.InnerException"/> is the original failure.
/// </summary>
/// <remarks>Java's <c>java.util.concurrent.CompletionException</c>.</remarks>
public class CompletionException : Exception
{
    /// <summary>Creates the exception with a default message.</summary>
    public CompletionException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public CompletionException(string? message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public CompletionException(string? message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception around its cause, with the cause's text as its message, as Java does.</summary>
    /// <param name="innerException">The cause.</param>
    /// <remarks>Java's <c>CompletionException(Throwable)</c>.</remarks>
    public CompletionException(Exception? innerException)
        : base(innerException is null ? null : JavaText.Exception(innerException), innerException)
    {
    }
}
