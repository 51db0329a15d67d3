namespace JThreading.Concurrent;

/// <summary>
/// A delayed or periodic task of a <see cref="ScheduledThreadPoolExecutor"/>: Java's <c>ScheduledFutureTask</c>.
/// </summary>
/// <typeparam name="T">The result's type.</typeparam>
internal sealed class ScheduledFutureTask<T> : FutureTask<T>, IScheduledFuture<T>, IScheduledTask
{
    private readonly ScheduledThreadPoolExecutor _pool;

    // 0 for a one-shot task, positive for a fixed rate, negative for a fixed delay (Java's encoding).
    private readonly long _period;
    private long _time;

    internal ScheduledFutureTask(ScheduledThreadPoolExecutor pool, Func<T> callable, object task, long time, long period, long sequence)
        : base(callable, task)
    {
        _pool = pool;
        _time = time;
        _period = period;
        Sequence = sequence;
    }

    internal ScheduledFutureTask(ScheduledThreadPoolExecutor pool, Action action, T result, long time, long period, long sequence)
        : base(action, result)
    {
        _pool = pool;
        _time = time;
        _period = period;
        Sequence = sequence;
    }

    public long Time => Volatile.Read(ref _time);

    public long Sequence { get; }

    public int HeapIndex { get; set; } = -1;

    public bool IsPeriodic => _period != 0;

    public long GetDelay(TimeUnit unit) => unit.Convert(Time - ExecutorInvocation.NanoTime(), TimeUnit.Nanoseconds);

    public override bool Cancel(bool mayInterruptIfRunning)
    {
        var cancelled = base.Cancel(mayInterruptIfRunning);
        if (cancelled && _pool.GetRemoveOnCancelPolicy() && HeapIndex >= 0)
        {
            _pool.Remove(RunAction);
        }

        return cancelled;
    }

    /// <summary>Runs the task; a periodic one is then queued again for its next time.</summary>
    public override void Run()
    {
        if (!_pool.CanRunInCurrentRunState(this))
        {
            Cancel(false);
        }
        else if (!IsPeriodic)
        {
            base.Run();
        }
        else if (RunAndReset())
        {
            Volatile.Write(ref _time, _period > 0 ? _time + _period : _pool.TriggerTime(-_period));
            _pool.ReExecutePeriodic(this);
        }
    }
}
