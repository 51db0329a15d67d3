namespace JThreading.Concurrent;

/// <summary>A lock with explicit <see cref="Lock"/> and <see cref="Unlock"/> calls and conditions to wait on.</summary>
/// <remarks>Java's <c>java.util.concurrent.locks.Lock</c>; <see cref="ReentrantLock"/> implements it.</remarks>
public interface ILock
{
    /// <summary>Takes the lock, waiting as long as it takes; an interrupt does not end the wait.</summary>
    /// <remarks>Java's <c>lock()</c>. An interrupt while waiting stays pending: the flag is set when it returns.</remarks>
    void Lock();

    /// <summary>Takes the lock unless the thread is interrupted first.</summary>
    /// <exception cref="InterruptedException">The thread was interrupted before or while waiting; the flag is cleared.</exception>
    /// <remarks>Java's <c>lockInterruptibly()</c>.</remarks>
    void LockInterruptibly();

    /// <summary>Takes the lock only if it is free now.</summary>
    /// <returns><see langword="true"/> if the lock was taken.</returns>
    /// <remarks>Java's <c>tryLock()</c>; never checks the interrupt flag.</remarks>
    bool TryLock();

    /// <summary>Takes the lock if it becomes free within the timeout and the thread is not interrupted.</summary>
    /// <param name="time">The longest wait; zero or negative does not wait.</param>
    /// <param name="unit">The unit of <paramref name="time"/>.</param>
    /// <returns><see langword="true"/> if the lock was taken, <see langword="false"/> if the time passed first.</returns>
    /// <exception cref="InterruptedException">The thread was interrupted before or while waiting; the flag is cleared.</exception>
    /// <remarks>Java's <c>tryLock(long, TimeUnit)</c>.</remarks>
    bool TryLock(long time, TimeUnit unit);

    /// <summary>Releases the lock.</summary>
    /// <exception cref="SynchronizationLockException">The current thread does not hold the lock.</exception>
    /// <remarks>Java's <c>unlock()</c>, whose <c>IllegalMonitorStateException</c> is .NET's <see cref="SynchronizationLockException"/>.</remarks>
    void Unlock();

    /// <summary>Creates a condition bound to this lock.</summary>
    /// <returns>A new condition; waiting on it releases this lock.</returns>
    /// <remarks>Java's <c>newCondition()</c>.</remarks>
    ICondition NewCondition();
}
