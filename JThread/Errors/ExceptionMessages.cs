namespace JThreading;

/// <summary>The messages JThread's exceptions carry; Java's own wording where Java has one.</summary>
internal static class ExceptionMessages
{
    internal const string TaskNotCompleted = "Task has not completed";
    internal const string TaskCompletedWithException = "Task completed with exception";
    internal const string TaskCompletedWithResult = "Task completed with a result";
    internal const string TaskCancelled = "Task was cancelled";
    internal const string TaskRejected = "Task {0} rejected from {1}";
    internal const string NoTasks = "no tasks to invoke";
    internal const string CoreThreadsNeedKeepAlive = "Core threads must have nonzero keep alive times";
    internal const string CorePoolSizeOutOfRange = "corePoolSize must be at least 0 and at most maximumPoolSize";
    internal const string MaximumPoolSizeOutOfRange = "maximumPoolSize must be at least 1 and at least corePoolSize";
    internal const string PeriodNotPositive = "period must be positive";
    internal const string NotAScheduledTask = "only the tasks of a ScheduledThreadPoolExecutor go in its queue";
    internal const string ThreadFactoryReturnedStartedThread = "the thread factory returned a thread that is already started";
    internal const string TimeoutNegative = "timeout value is negative";
    internal const string NanosOutOfRange = "nanosecond timeout value out of range";
    internal const string ThreadNotStarted = "Thread not started";
    internal const string ThreadAlreadyStarted = "Thread already started";
    internal const string DaemonWhileAlive = "Thread is alive; daemon status can only be set before Start() or after the end";
    internal const string PriorityOutOfRange = "priority must be between JThread.MinPriority (1) and JThread.MaxPriority (10)";
    internal const string StackSizeNegative = "stack size is negative";
    internal const string CounterStartNegative = "counter start is negative";
    internal const string HookPreviouslyRegistered = "Hook previously registered";
    internal const string HookAlreadyRunning = "Hook already running";
    internal const string ShutdownInProgress = "Shutdown in progress";
    internal const string RunMainAgain = "JRuntime.RunMain was already called in this process: a process has one main";
    internal const string MonitorNotOwned = "current thread is not owner";
    internal const string Interrupted = "Thread was interrupted";
    internal const string SleepInterrupted = "sleep interrupted";
    internal const string UnknownTimeUnit = "not a TimeUnit value";
    internal const string QueueFull = "Queue full";
    internal const string DrainToSelf = "a queue cannot drain to itself";
    internal const string ConditionNotOwned = "not owner";
    internal const string LockCountExceeded = "Maximum lock count exceeded";
    internal const string PermitCountExceeded = "Maximum permit count exceeded";
    internal const string IndexOutOfBounds = "Index {0} out of bounds for length {1}";
    internal const string PhaserTooManyParties = "Attempt to register more than {0} parties for {1}";
    internal const string PhaserUnregisteredArrival = "Attempted arrival of unregistered party for {0}";
}
