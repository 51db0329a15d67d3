namespace JThreading;

/// <summary>
/// Thrown by a JThread blocking call (<see cref="JThread.Sleep(long)"/>, <see cref="JThread.Join()"/>,
/// <see cref="JMonitor.Wait(object)"/>) when the calling thread is interrupted before or while it waits.
/// Throwing it clears the thread's interrupt flag.
/// </summary>
/// <remarks>
/// Java's <c>java.lang.InterruptedException</c>. It derives from <see cref="ThreadInterruptedException"/>
/// so that .NET code written for <see cref="Thread.Interrupt"/> still catches it; JThread itself never calls
/// <see cref="Thread.Interrupt"/>, so a plain <c>lock</c> or .NET wait never throws because of
/// <see cref="JThread.Interrupt"/>.
/// </remarks>
public sealed class InterruptedException : ThreadInterruptedException
{
    /// <summary>Creates the exception with a default message.</summary>
    public InterruptedException()
        : base(ExceptionMessages.Interrupted)
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What was interrupted.</param>
    public InterruptedException(string? message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    /// <param name="message">What was interrupted.</param>
    /// <param name="innerException">The cause.</param>
    public InterruptedException(string? message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
