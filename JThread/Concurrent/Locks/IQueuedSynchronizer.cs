namespace JThreading.Concurrent;

/// <summary>
/// What a <see cref="WaitQueue"/> asks the synchronizer it queues threads for: whether a queued thread can acquire now.
/// </summary>
internal interface IQueuedSynchronizer
{
    /// <summary>
    /// Whether a thread leaving the queue should wake the next one: the synchronizer has something to give (a free
    /// lock, permits, a count of zero) that the leaving thread did not take.
    /// </summary>
    bool MayAcquire { get; }

    /// <summary>Tries to acquire for a queued thread; runs on that thread, each time it checks its wait.</summary>
    /// <param name="thread">The queued thread, the current one.</param>
    /// <param name="arg">What it asks for: permits, or the hold count a lock is taken back with.</param>
    /// <param name="isHead">Whether it is first in the queue, for fair acquisition.</param>
    /// <returns><see langword="true"/> when it has acquired.</returns>
    bool TryAcquireQueued(JThread thread, int arg, bool isHead);
}
