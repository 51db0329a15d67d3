using Microsoft.CodeAnalysis;

namespace JThreading.Analyzers;

/// <summary>
/// The descriptor of every rule; each rule's help is its section of docs/analyzers.md (anchor: the id in lower case).
/// The repository has no published address yet, so no help link is set; the description names the section instead.
/// </summary>
internal static class Descriptors
{

    private const string Interruption = "Interruption";
    private const string Monitors = "Monitors";
    private const string Threads = "Threads";
    private const string Executors = "Executors";

    public static readonly DiagnosticDescriptor SwallowedInterrupt = Create(
        DiagnosticIds.SwallowedInterrupt,
        "InterruptedException swallowed",
        "This catch swallows an interrupt: rethrow, or restore the flag with JThread.CurrentThread().Interrupt()",
        Interruption,
        DiagnosticSeverity.Warning,
        "Catching InterruptedException clears the thread's interrupt request. A catch that neither rethrows nor calls JThread.CurrentThread().Interrupt() hides it from the code that asked the thread to stop (SonarJava S2142, Error Prone InterruptedExceptionSwallowed, PVS-Studio V6103).");

    public static readonly DiagnosticDescriptor UnhandledInterruptedException = Create(
        DiagnosticIds.UnhandledInterruptedException,
        "InterruptedException not handled in the thread's body",
        "'{0}' throws InterruptedException when the thread is interrupted, and nothing up to the thread's body handles it",
        Interruption,
        DiagnosticSeverity.Info,
        "Java's compiler makes every blocking call handle the checked InterruptedException; C# does not. Unhandled in a thread's body, an interrupt ends the thread through its uncaught-exception handler, which prints a stack trace.");

    public static readonly DiagnosticDescriptor WaitNotInLoop = Create(
        DiagnosticIds.WaitNotInLoop,
        "JMonitor.Wait not in a loop",
        "JMonitor.Wait is not inside a loop that tests the condition again after waking",
        Monitors,
        DiagnosticSeverity.Warning,
        "A thread can wake from JMonitor.Wait without a notify (a spurious wake-up, or a notify meant for another waiter that raced ahead), so the condition waited for must be tested again in a loop (SonarJava S2274, SpotBugs WA_NOT_IN_LOOP).");

    public static readonly DiagnosticDescriptor MonitorNotLocked = Create(
        DiagnosticIds.MonitorNotLocked,
        "JMonitor call without the object's lock",
        "JMonitor.{0} on '{1}' is not inside a lock statement on the same object",
        Monitors,
        DiagnosticSeverity.Warning,
        "JMonitor.Wait, Notify and NotifyAll need the object's monitor, held by an enclosing lock on that object; without it they throw SynchronizationLockException, Java's IllegalMonitorStateException (SonarJava S2273).");

    public static readonly DiagnosticDescriptor MonitorOnLockType = Create(
        DiagnosticIds.MonitorOnLockType,
        "JMonitor on a System.Threading.Lock",
        "JMonitor.{0} on '{1}', a System.Threading.Lock: the lock statement takes Lock.EnterScope, not the object's monitor",
        Monitors,
        DiagnosticSeverity.Warning,
        "Since C# 13 a lock statement on a System.Threading.Lock calls Lock.EnterScope and never enters the object's monitor, so JMonitor.Wait and Notify on it always throw SynchronizationLockException. Lock on a plain object when a condition is waited for.");

    public static readonly DiagnosticDescriptor DotNetWait = Create(
        DiagnosticIds.DotNetWait,
        ".NET wait ignores JThread.Interrupt()",
        "'{0}' ignores JThread.Interrupt(): an interrupted JThread stays blocked here",
        Interruption,
        DiagnosticSeverity.Warning,
        "JThread.Interrupt() wakes only JThread's own waits (JThread.Sleep, Join, JMonitor.Wait, LockSupport.Park and the java.util.concurrent ports); a .NET wait on a JThread or in a task given to a JThread executor goes on waiting, so shutdownNow() or an interrupt cannot stop it.");

    public static readonly DiagnosticDescriptor RunInsteadOfStart = Create(
        DiagnosticIds.RunInsteadOfStart,
        "JThread.Run() called instead of Start()",
        "Run() runs the body of '{0}' on the calling thread; call Start() to run it on a thread of its own",
        Threads,
        DiagnosticSeverity.Warning,
        "Calling Run() on a thread runs its body synchronously on the current thread and never starts the thread (SonarJava S1217).");

    public static readonly DiagnosticDescriptor SetDaemonAfterStart = Create(
        DiagnosticIds.SetDaemonAfterStart,
        "SetDaemon after Start()",
        "SetDaemon on '{0}' after its Start() always throws IllegalThreadStateException",
        Threads,
        DiagnosticSeverity.Warning,
        "As in Java, a thread's daemon status can be set only before it starts; afterwards SetDaemon throws IllegalThreadStateException.");

    public static readonly DiagnosticDescriptor FutureIgnored = Create(
        DiagnosticIds.FutureIgnored,
        "The future returned by Submit is ignored",
        "The IFuture returned by Submit is ignored, so an exception thrown by the task is lost",
        Executors,
        DiagnosticSeverity.Warning,
        "Submit keeps a task's exception in the returned future, to be rethrown by Get(); when the future is dropped nobody sees the failure. Use Execute, whose exceptions reach the worker's uncaught-exception handler, or keep the future (Error Prone FutureReturnValueIgnored).");

    public static readonly DiagnosticDescriptor ExecutorNotShutDown = Create(
        DiagnosticIds.ExecutorNotShutDown,
        "Executor never shut down",
        "The executor '{0}' is neither shut down, closed, disposed, returned nor stored: its non-daemon workers keep the process alive",
        Executors,
        DiagnosticSeverity.Warning,
        "An executor's workers are non-daemon JThreads, so a pool that is never shut down keeps the process running after Main returns, as in Java. Call Shutdown(), Close(), or declare it with using.");

    private static DiagnosticDescriptor Create(
        string id, string title, string message, string category, DiagnosticSeverity severity, string description) =>
        new(id, title, message, category, severity, isEnabledByDefault: true,
            description + " Help: docs/analyzers.md, section " + id + ".");
}
