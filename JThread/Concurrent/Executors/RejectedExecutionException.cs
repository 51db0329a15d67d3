namespace JThreading.Concurrent;

/// <summary>Thrown by an executor that cannot accept a task: it is shut down, or its queue and pool are full.</summary>
/// <remarks>
/// Java's <c>java.util.concurrent.RejectedExecutionException</c>. It derives from <see cref="InvalidOperationException"/>,
/// .NET's exception for a call the object's current state does not allow.
/// </remarks>
public class RejectedExecutionException : InvalidOperationException
{
    /// <summary>Creates the exception with a default message.</summary>
    public RejectedExecutionException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public RejectedExecutionException(string? message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public RejectedExecutionException(string? message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
