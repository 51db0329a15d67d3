namespace JThreading.Concurrent;

/// <summary>Thrown when the result of a cancelled task is asked for.</summary>
/// <remarks>
/// Java's <c>java.util.concurrent.CancellationException</c>. It derives from <see cref="OperationCanceledException"/>,
/// so .NET code that catches cancellation catches it too.
/// </remarks>
public class CancellationException : OperationCanceledException
{
    /// <summary>Creates the exception with a default message.</summary>
    public CancellationException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public CancellationException(string? message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public CancellationException(string? message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
