namespace JThreading.Concurrent;

/// <summary>What the delay queue of a <see cref="ScheduledThreadPoolExecutor"/> needs of a scheduled task.</summary>
internal interface IScheduledTask : IRunnableFuture
{
    /// <summary>When it is due, in <see cref="ExecutorInvocation.NanoTime"/> nanoseconds.</summary>
    long Time { get; }

    /// <summary>Breaks ties between tasks due at the same time: first scheduled, first run.</summary>
    long Sequence { get; }

    /// <summary>Its place in the queue's heap, or -1 when it is not queued; changed under the queue's lock.</summary>
    int HeapIndex { get; set; }

    /// <summary>Whether it runs again after each run.</summary>
    bool IsPeriodic { get; }
}
