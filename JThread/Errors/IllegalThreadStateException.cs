namespace JThreading;

/// <summary>
/// Thrown when a <see cref="JThread"/> is not in the state an operation needs: <see cref="JThread.Start"/>
/// called twice, <see cref="JThread.SetDaemon(bool)"/> on a live thread, a timed join of an unstarted thread.
/// </summary>
/// <remarks>
/// Java's <c>java.lang.IllegalThreadStateException</c>. It derives from
/// <see cref="ThreadStateException"/>, so .NET code that catches that type catches this one too.
/// </remarks>
public sealed class IllegalThreadStateException : ThreadStateException
{
    /// <summary>Creates the exception with a default message.</summary>
    public IllegalThreadStateException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public IllegalThreadStateException(string? message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public IllegalThreadStateException(string? message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
