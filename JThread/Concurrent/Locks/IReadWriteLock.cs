namespace JThreading.Concurrent;

/// <summary>A pair of locks: a read lock many threads may hold at once, and a write lock one thread holds alone.</summary>
/// <remarks>Java's <c>java.util.concurrent.locks.ReadWriteLock</c>; <see cref="ReentrantReadWriteLock"/> implements it.</remarks>
public interface IReadWriteLock
{
    /// <summary>The lock for reading.</summary>
    /// <returns>The read lock; the same object on every call.</returns>
    /// <remarks>Java's <c>readLock()</c>.</remarks>
    ILock ReadLock();

    /// <summary>The lock for writing.</summary>
    /// <returns>The write lock; the same object on every call.</returns>
    /// <remarks>Java's <c>writeLock()</c>.</remarks>
    ILock WriteLock();
}
