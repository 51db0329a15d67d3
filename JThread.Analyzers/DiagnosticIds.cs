namespace JThreading.Analyzers;

/// <summary>The ids of the JThread analyzers' rules, in the order of docs/analyzers.md.</summary>
internal static class DiagnosticIds
{
    /// <summary>A catch that swallows an interrupt (SonarJava S2142).</summary>
    public const string SwallowedInterrupt = "JT0001";

    /// <summary>A blocking call with no handling of InterruptedException (Java's checked exception).</summary>
    public const string UnhandledInterruptedException = "JT0002";

    /// <summary>JMonitor.Wait outside a loop (SonarJava S2274, SpotBugs WA_NOT_IN_LOOP).</summary>
    public const string WaitNotInLoop = "JT0003";

    /// <summary>JMonitor.Wait/Notify/NotifyAll without the object's lock (SonarJava S2273).</summary>
    public const string MonitorNotLocked = "JT0004";

    /// <summary>JMonitor on a System.Threading.Lock locked by a lock statement.</summary>
    public const string MonitorOnLockType = "JT0005";

    /// <summary>A .NET wait that ignores JThread.Interrupt() on a JThread.</summary>
    public const string DotNetWait = "JT0006";

    /// <summary>Run() called where Start() was meant (SonarJava S1217).</summary>
    public const string RunInsteadOfStart = "JT0007";

    /// <summary>SetDaemon after Start().</summary>
    public const string SetDaemonAfterStart = "JT0008";

    /// <summary>The future returned by Submit ignored (Error Prone FutureReturnValueIgnored).</summary>
    public const string FutureIgnored = "JT0009";

    /// <summary>An executor never shut down.</summary>
    public const string ExecutorNotShutDown = "JT0010";
}
