namespace JThreading.Concurrent;

/// <summary>A wait set bound to an <see cref="ILock"/>: waiting releases the lock, a signal wakes a waiter.</summary>
/// <remarks>
/// Java's <c>java.util.concurrent.locks.Condition</c>. Every wait releases all holds of the lock, and takes the lock
/// back to the same depth before it returns or throws, however it ends. A wait may also end for no reason, as in
/// Java: wait in a loop that checks the state.
/// </remarks>
/// <example>
/// <code>
/// lck.Lock();
/// try
/// {
///     while (queue.Count == 0)
///     {
///         notEmpty.Await();
///     }
///     item = queue.Dequeue();
/// }
/// finally
/// {
///     lck.Unlock();
/// }
/// </code>
/// </example>
public interface ICondition
{
    /// <summary>Releases the lock and waits until signalled or interrupted.</summary>
    /// <exception cref="InterruptedException">
    /// The thread was interrupted before or while waiting (and not signalled first); the lock is held again and the
    /// flag cleared.
    /// </exception>
    /// <exception cref="SynchronizationLockException">The current thread does not hold the lock.</exception>
    /// <remarks>Java's <c>await()</c>.</remarks>
    void Await();

    /// <summary>Releases the lock and waits until signalled, interrupted or the time has passed.</summary>
    /// <param name="time">The longest wait; zero or negative does not wait, but still releases and takes back the lock.</param>
    /// <param name="unit">The unit of <paramref name="time"/>.</param>
    /// <returns><see langword="false"/> if the time passed before a signal, otherwise <see langword="true"/>.</returns>
    /// <exception cref="InterruptedException">The thread was interrupted; the lock is held again and the flag cleared.</exception>
    /// <exception cref="SynchronizationLockException">The current thread does not hold the lock.</exception>
    /// <remarks>Java's <c>await(long, TimeUnit)</c>.</remarks>
    bool Await(long time, TimeUnit unit);

    /// <summary>Releases the lock and waits at most <paramref name="nanosTimeout"/> nanoseconds.</summary>
    /// <param name="nanosTimeout">The longest wait in nanoseconds.</param>
    /// <returns>
    /// An estimate of the nanoseconds left of the timeout; zero or less when it timed out.
    /// </returns>
    /// <exception cref="InterruptedException">The thread was interrupted; the lock is held again and the flag cleared.</exception>
    /// <exception cref="SynchronizationLockException">The current thread does not hold the lock.</exception>
    /// <remarks>Java's <c>awaitNanos(long)</c>.</remarks>
    long AwaitNanos(long nanosTimeout);

    /// <summary>Releases the lock and waits until signalled, interrupted or the wall clock reaches <paramref name="deadline"/>.</summary>
    /// <param name="deadline">The wall-clock deadline; the clock is read again while waiting, so a clock change counts.</param>
    /// <returns><see langword="false"/> if the deadline passed before a signal, otherwise <see langword="true"/>.</returns>
    /// <exception cref="InterruptedException">The thread was interrupted; the lock is held again and the flag cleared.</exception>
    /// <exception cref="SynchronizationLockException">The current thread does not hold the lock.</exception>
    /// <remarks>Java's <c>awaitUntil(Date)</c>.</remarks>
    bool AwaitUntil(DateTimeOffset deadline);

    /// <summary>Releases the lock and waits until signalled; an interrupt does not end the wait.</summary>
    /// <exception cref="SynchronizationLockException">The current thread does not hold the lock.</exception>
    /// <remarks>Java's <c>awaitUninterruptibly()</c>: an interrupt while waiting leaves the flag set when it returns.</remarks>
    void AwaitUninterruptibly();

    /// <summary>Wakes the longest-waiting thread, if any; it returns once it has the lock again.</summary>
    /// <exception cref="SynchronizationLockException">The current thread does not hold the lock.</exception>
    /// <remarks>Java's <c>signal()</c>.</remarks>
    void Signal();

    /// <summary>Wakes every waiting thread; each returns once it has the lock again.</summary>
    /// <exception cref="SynchronizationLockException">The current thread does not hold the lock.</exception>
    /// <remarks>Java's <c>signalAll()</c>.</remarks>
    void SignalAll();
}
