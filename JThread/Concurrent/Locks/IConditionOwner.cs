namespace JThreading.Concurrent;

/// <summary>
/// What a <see cref="LockCondition"/> needs from the exclusive lock it belongs to (a <see cref="ReentrantLock"/>, or
/// a <see cref="ReentrantReadWriteLock"/>'s write lock): whether the current thread holds it, and the release to every
/// depth and the reacquisition around a wait.
/// </summary>
internal interface IConditionOwner
{
    /// <summary>Whether the current thread holds the lock exclusively.</summary>
    bool IsHeldExclusivelyByCurrentThread { get; }

    /// <summary>How many holds the current thread, the holder, has.</summary>
    int ExclusiveHolds { get; }

    /// <summary>Releases every hold of the current thread, the holder, and returns how many there were.</summary>
    int ReleaseAllHolds();

    /// <summary>
    /// Queues <paramref name="thread"/>, a waiter being signalled, to take the lock back with <paramref name="holds"/>
    /// holds; called by the signalling holder.
    /// </summary>
    WaitQueue.Node EnqueueSignalled(JThread thread, int holds);

    /// <summary>
    /// Takes the lock back after a wait, uninterruptibly, to <paramref name="holds"/> holds: from the place a signal
    /// gave the thread on the queue (<paramref name="signalledNode"/>), or else as a new arrival.
    /// </summary>
    void ReacquireHolds(int holds, WaitQueue.Node? signalledNode);
}
