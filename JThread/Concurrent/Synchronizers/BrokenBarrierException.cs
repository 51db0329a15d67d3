namespace JThreading.Concurrent;

/// <summary>Thrown by <see cref="CyclicBarrier.Await()"/> when the barrier is or becomes broken while the thread waits.</summary>
/// <remarks>Java's <c>java.util.concurrent.BrokenBarrierException</c>.</remarks>
public class BrokenBarrierException : Exception
{
    /// <summary>Creates the exception with a default message.</summary>
    public BrokenBarrierException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public BrokenBarrierException(string? message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public BrokenBarrierException(string? message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
