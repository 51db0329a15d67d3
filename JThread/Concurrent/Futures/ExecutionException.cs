namespace JThreading.Concurrent;

/// <summary>Thrown by <c>Get</c> of a future whose task ended with an exception; <see cref="Exception.InnerException"/> is the task's exception.</summary>
/// <remarks>Java's <c>java.util.concurrent.ExecutionException</c>.</remarks>
public class ExecutionException : Exception
{
    /// <summary>Creates the exception with a default message.</summary>
    public ExecutionException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public ExecutionException(string? message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public ExecutionException(string? message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
