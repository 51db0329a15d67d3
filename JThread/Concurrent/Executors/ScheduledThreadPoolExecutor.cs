using System.Runtime.CompilerServices;

namespace JThreading.Concurrent;

/// <summary>
/// A <see cref="ThreadPoolExecutor"/> that runs tasks after a delay or periodically: Java's
/// <c>java.util.concurrent.ScheduledThreadPoolExecutor</c>.
/// </summary>
/// <remarks>
/// <para>
/// It has <see cref="ThreadPoolExecutor.GetCorePoolSize"/> workers and an unbounded delay queue; tasks due at the same
/// time run in the order they were scheduled. Everything it runs is wrapped in a future, commands given to
/// <see cref="Execute"/> included, so an exception is kept in that future and never printed.
/// </para>
/// <para>
/// After <see cref="ThreadPoolExecutor.Shutdown"/>, delayed tasks still run by default
/// (<see cref="SetExecuteExistingDelayedTasksAfterShutdownPolicy"/>) and periodic ones stop
/// (<see cref="SetContinueExistingPeriodicTasksAfterShutdownPolicy"/>); a cancelled task stays queued until due unless
/// <see cref="SetRemoveOnCancelPolicy"/> is set.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var timer = new ScheduledThreadPoolExecutor(1);
/// var tick = timer.ScheduleAtFixedRate(() => Console.WriteLine("tick"), 0, 100, TimeUnit.Milliseconds);
/// JThread.Sleep(350);
/// tick.Cancel(false);
/// timer.Shutdown();
/// </code>
/// </example>
public class ScheduledThreadPoolExecutor : ThreadPoolExecutor, IScheduledExecutorService
{
    // Java's DEFAULT_KEEPALIVE_MILLIS: workers beyond the core size (only with a core size of 0) end quickly.
    private const long DefaultKeepAliveMillis = 10;

    private long _sequencer;
    private volatile bool _continueExistingPeriodicTasksAfterShutdown;
    private volatile bool _executeExistingDelayedTasksAfterShutdown = true;
    private volatile bool _removeOnCancel;

#pragma warning disable RS0026, RS0027 // The optional-factory overloads stay as they are; the lambda-factory overloads beside them are pinned (Java's lambda ThreadFactory), and [OverloadResolutionPriority] keeps a bare null on the first.
    /// <summary>Creates a scheduled pool.</summary>
    /// <param name="corePoolSize">The number of workers.</param>
    /// <param name="threadFactory">Makes the workers; <see langword="null"/> means <see cref="Executors.DefaultThreadFactory"/>.</param>
    /// <param name="handler">What happens to a task the pool cannot take; <see langword="null"/> means <see cref="ThreadPoolExecutor.AbortPolicy"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="corePoolSize"/> is negative.</exception>
    /// <remarks>Java's constructors, in one.</remarks>
    [OverloadResolutionPriority(1)]
    public ScheduledThreadPoolExecutor(int corePoolSize, IThreadFactory? threadFactory = null, IRejectedExecutionHandler? handler = null)
        : base(corePoolSize, int.MaxValue, DefaultKeepAliveMillis, TimeUnit.Milliseconds, new DelayedWorkQueue(), threadFactory, handler)
    {
    }

    /// <summary>Creates a scheduled pool whose workers a lambda makes.</summary>
    /// <param name="corePoolSize">The number of workers.</param>
    /// <param name="threadFactory">Makes each worker from the task it must run: Java's <c>ThreadFactory</c> as a lambda.</param>
    /// <param name="handler">What happens to a task the pool cannot take; <see langword="null"/> means <see cref="ThreadPoolExecutor.AbortPolicy"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="corePoolSize"/> is negative.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="threadFactory"/> is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>ScheduledThreadPoolExecutor(int, ThreadFactory[, RejectedExecutionHandler])</c> called with a lambda.</remarks>
    public ScheduledThreadPoolExecutor(int corePoolSize, Func<Action, JThread> threadFactory, IRejectedExecutionHandler? handler = null)
        : this(corePoolSize, DelegateThreadFactory.From(threadFactory, nameof(threadFactory)), handler)
    {
    }
#pragma warning restore RS0026, RS0027

    /// <inheritdoc />
    public virtual IScheduledFuture<object?> Schedule(Action command, long delay, TimeUnit unit)
    {
        ArgumentNullException.ThrowIfNull(command);
        var task = new ScheduledFutureTask<object?>(this, command, null, TriggerTime(delay, unit), 0, NextSequence());
        DelayedExecute(task);
        return task;
    }

    /// <inheritdoc />
    public virtual IScheduledFuture<T> Schedule<T>(Func<T> callable, long delay, TimeUnit unit)
    {
        ArgumentNullException.ThrowIfNull(callable);
        var task = new ScheduledFutureTask<T>(this, callable, callable, TriggerTime(delay, unit), 0, NextSequence());
        DelayedExecute(task);
        return task;
    }

    /// <inheritdoc />
    public virtual IScheduledFuture<object?> ScheduleAtFixedRate(Action command, long initialDelay, long period, TimeUnit unit) =>
        SchedulePeriodic(command, initialDelay, period, unit, fixedRate: true, nameof(period));

    /// <inheritdoc />
    public virtual IScheduledFuture<object?> ScheduleWithFixedDelay(Action command, long initialDelay, long delay, TimeUnit unit) =>
        SchedulePeriodic(command, initialDelay, delay, unit, fixedRate: false, nameof(delay));

    /// <summary>Runs <paramref name="command"/> now, wrapped in a future: its exception is kept there, nothing is printed.</summary>
    /// <param name="command">The command.</param>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> is <see langword="null"/>.</exception>
    /// <exception cref="RejectedExecutionException">The pool is shut down and the handler rejects the command.</exception>
    /// <remarks>Java's <c>execute</c>: <c>schedule(command, 0, NANOSECONDS)</c>.</remarks>
    public override void Execute(Action command) => Schedule(command, 0, TimeUnit.Nanoseconds);

    /// <inheritdoc />
    public override IFuture Submit(Action task) => Schedule(task, 0, TimeUnit.Nanoseconds);

    /// <inheritdoc />
    public override IFuture<T> Submit<T>(Func<T> task) => Schedule(task, 0, TimeUnit.Nanoseconds);

    /// <inheritdoc />
    public override IFuture<T> Submit<T>(Action task, T result)
    {
        ArgumentNullException.ThrowIfNull(task);
        var future = new ScheduledFutureTask<T>(this, task, result, TriggerTime(0, TimeUnit.Nanoseconds), 0, NextSequence());
        DelayedExecute(future);
        return future;
    }

    /// <summary>Sets whether a cancelled task leaves the queue at once (otherwise it stays until it is due).</summary>
    /// <param name="value"><see langword="true"/> to remove on cancel.</param>
    public void SetRemoveOnCancelPolicy(bool value) => _removeOnCancel = value;

    /// <summary>Whether a cancelled task leaves the queue at once.</summary>
    /// <returns>The policy; <see langword="false"/> by default.</returns>
    public bool GetRemoveOnCancelPolicy() => _removeOnCancel;

    /// <summary>Sets whether periodic tasks keep running after <see cref="ThreadPoolExecutor.Shutdown"/>.</summary>
    /// <param name="value"><see langword="true"/> to keep them; <see langword="false"/> (the default) cancels them at shutdown.</param>
    public void SetContinueExistingPeriodicTasksAfterShutdownPolicy(bool value)
    {
        _continueExistingPeriodicTasksAfterShutdown = value;
        if (!value && IsShutdown())
        {
            OnShutdown();
        }
    }

    /// <summary>Whether periodic tasks keep running after shutdown.</summary>
    /// <returns>The policy; <see langword="false"/> by default.</returns>
    public bool GetContinueExistingPeriodicTasksAfterShutdownPolicy() => _continueExistingPeriodicTasksAfterShutdown;

    /// <summary>Sets whether delayed tasks still run after <see cref="ThreadPoolExecutor.Shutdown"/>.</summary>
    /// <param name="value"><see langword="true"/> (the default) to run them; <see langword="false"/> cancels them at shutdown.</param>
    public void SetExecuteExistingDelayedTasksAfterShutdownPolicy(bool value)
    {
        _executeExistingDelayedTasksAfterShutdown = value;
        if (!value && IsShutdown())
        {
            OnShutdown();
        }
    }

    /// <summary>Whether delayed tasks still run after shutdown.</summary>
    /// <returns>The policy; <see langword="true"/> by default.</returns>
    public bool GetExecuteExistingDelayedTasksAfterShutdownPolicy() => _executeExistingDelayedTasksAfterShutdown;

    /// <summary>Whether <paramref name="task"/> may run in the pool's state: Java's <c>canRunInCurrentRunState</c>.</summary>
    internal bool CanRunInCurrentRunState(IScheduledTask task)
    {
        if (!IsShutdown())
        {
            return true;
        }

        if (IsStopped())
        {
            return false;
        }

        return task.IsPeriodic
            ? _continueExistingPeriodicTasksAfterShutdown
            : _executeExistingDelayedTasksAfterShutdown || task.Time - ExecutorInvocation.NanoTime() <= 0;
    }

    /// <summary>Queues a periodic task again for its next run, unless the pool's state forbids it.</summary>
    internal void ReExecutePeriodic(IScheduledTask task)
    {
        if (CanRunInCurrentRunState(task))
        {
            GetQueue().Add(task.RunAction);
            if (CanRunInCurrentRunState(task) || !Remove(task.RunAction))
            {
                EnsurePrestart();
                return;
            }
        }

        task.Cancel(false);
    }

    /// <summary>The due time of a task <paramref name="delay"/> nanoseconds from now, kept comparable with the head's.</summary>
    internal long TriggerTime(long delay) =>
        ExecutorInvocation.NanoTime() + (delay < (long.MaxValue >> 1) ? delay : OverflowFree(delay));

    /// <summary>Cancels, at shutdown, the queued tasks the policies say must not run.</summary>
    private protected override void OnShutdown()
    {
        var queue = GetQueue();
        var keepDelayed = _executeExistingDelayedTasksAfterShutdown;
        var keepPeriodic = _continueExistingPeriodicTasksAfterShutdown;
        foreach (var item in queue.ToArray())
        {
            if (item.Target is IScheduledTask task
                && ((task.IsPeriodic ? !keepPeriodic : !keepDelayed && task.Time - ExecutorInvocation.NanoTime() > 0) || task.IsCancelled())
                && queue.Remove(item))
            {
                task.Cancel(false);
            }
        }

        TryTerminate();
    }

    /// <summary>Both periodic forms; Java encodes a fixed delay as a negative period.</summary>
    private ScheduledFutureTask<object?> SchedulePeriodic(Action command, long initialDelay, long period, TimeUnit unit, bool fixedRate, string paramName)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (period <= 0)
        {
            throw new ArgumentOutOfRangeException(paramName, period, ExceptionMessages.PeriodNotPositive);
        }

        var nanos = unit.ToNanos(period);
        var task = new ScheduledFutureTask<object?>(this, command, null, TriggerTime(initialDelay, unit), fixedRate ? nanos : -nanos, NextSequence());
        DelayedExecute(task);
        return task;
    }

    private long NextSequence() => Interlocked.Increment(ref _sequencer) - 1;

    private long TriggerTime(long delay, TimeUnit unit) => TriggerTime(unit.ToNanos(delay < 0 ? 0 : delay));

    /// <summary>Caps a huge delay so that its difference with the queue's head cannot overflow.</summary>
    private long OverflowFree(long delay)
    {
        if (GetQueue().TryPeek(out var headItem) && headItem.Target is IScheduledTask head)
        {
            var headDelay = head.Time - ExecutorInvocation.NanoTime();
            if (headDelay < 0 && delay - headDelay < 0)
            {
                delay = long.MaxValue + headDelay;
            }
        }

        return delay;
    }

    /// <summary>Java's <c>delayedExecute</c>: queues the task and makes sure a worker is there to take it.</summary>
    private void DelayedExecute(IScheduledTask task)
    {
        if (IsShutdown())
        {
            Reject(task.RunAction);
            return;
        }

        GetQueue().Add(task.RunAction);
        if (!CanRunInCurrentRunState(task) && Remove(task.RunAction))
        {
            task.Cancel(false);
        }
        else
        {
            EnsurePrestart();
        }
    }
}
