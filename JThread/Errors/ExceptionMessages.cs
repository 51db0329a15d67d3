namespace JThreading;

/// <summary>The messages JThread's exceptions carry; Java's own wording where Java has one.</summary>
internal static class ExceptionMessages
{
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
    internal const string MonitorNotOwned = "current thread is not owner";
    internal const string Interrupted = "Thread was interrupted";
    internal const string SleepInterrupted = "sleep interrupted";
    internal const string UnknownTimeUnit = "not a TimeUnit value";
    internal const string ConditionNotOwned = "not owner";
    internal const string LockCountExceeded = "Maximum lock count exceeded";
    internal const string PermitCountExceeded = "Maximum permit count exceeded";
}
