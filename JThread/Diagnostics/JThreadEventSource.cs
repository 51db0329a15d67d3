using System.Diagnostics.Tracing;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace JThreading;

/// <summary>
/// The <c>JThreading</c> event source, for <c>dotnet-trace</c>, PerfView and in-process
/// <see cref="EventListener"/>s: threads starting and ending, uncaught exceptions, keep-alive leases, and each step of
/// the shutdown sequence, so that a trace shows why a process ended with its exit code and what ran before.
/// </summary>
/// <remarks>
/// <para>Events carry only strings and numbers. Each costs one <see cref="EventSource.IsEnabled()"/> check while nobody
/// listens. A listener's failure never reaches JThread: <see cref="EventSource"/> reports what a listener throws
/// through its own <c>EventSourceMessage</c> event and carries on (its default, without
/// <see cref="EventSourceSettings.ThrowOnEventWriteErrors"/>).</para>
/// <para>Not traced: the hooks that <see cref="AppDomain.ProcessExit"/> runs when a plain <c>Main</c> returns. .NET
/// disposes every event source in its own ProcessExit handler, which runs before JThread's, so nothing written then
/// reaches a listener; under <see cref="JRuntime.RunMain(string[], Action{string[]})"/>, or through
/// <see cref="JRuntime.Exit(int)"/> or a signal, every step is traced.</para>
/// <para>Each event method calls <see cref="EventSource.WriteEvent(int)"/> itself, with its own id as a literal: the
/// source checks, when it builds its manifest, that every event method passes its own id, and a shared helper would
/// fail that check and disable the whole source. Hence the repeated shape of the methods below.</para>
/// <para><c>dotnet-trace collect --providers JThreading -p PID</c> records them all; the keywords select groups:
/// <see cref="Keywords.Threads"/> (1), <see cref="Keywords.KeepAlive"/> (2), <see cref="Keywords.Shutdown"/> (4).</para>
/// </remarks>
[EventSource(Name = SourceName)]
internal sealed class JThreadEventSource : EventSource
{
    internal const string SourceName = "JThreading";

    /// <summary>The status of a <see cref="ShutdownStarted(string, int, string)"/> whose exit code is decided later.</summary>
    internal const int StatusNotYetKnown = -1;

    private JThreadEventSource()
        : base(EventSourceSettings.EtwSelfDescribingEventFormat)
    {
    }

    /// <summary>The one instance.</summary>
    internal static JThreadEventSource Log { get; } = new();

    /// <summary>
    /// Creates the source and compiles its methods, from the shutdown path's warm-up: otherwise the first shutdown
    /// event would pay for both on the way to the first hook. Never throws.
    /// </summary>
    [NonEvent]
    internal static void WarmUp()
    {
        try
        {
            var log = Log;
            Delegate[] onShutdownPath =
            [
                (Action<long, string>)log.ThreadEnded,
                (Action<string>)log.LeaseReleased,
                (Action<string, int>)log.ShutdownStarted,
                (Action<JThread>)log.HookStarted,
                (Action<string, long>)log.HookStarted,
                (Action<JThread>)log.HookEnded,
                (Action<string, long>)log.HookEnded,
                (Action<int>)log.Exiting,
            ];
            foreach (var method in onShutdownPath)
            {
                RuntimeHelpers.PrepareMethod(method.Method.MethodHandle);
            }
        }
        catch (Exception)
        {
            // Only an optimisation: the methods are compiled on first call instead.
        }
    }

    /// <summary>A JThread was started (a shutdown hook included).</summary>
    [Event((int)EventId.ThreadStarted, Level = EventLevel.Informational, Keywords = Keywords.Threads, Message = "thread {0} \"{1}\" started, daemon={2}")]
    internal void ThreadStarted(long threadId, string name, bool daemon)
    {
        if (IsEnabled(EventLevel.Informational, Keywords.Threads))
        {
            WriteEvent((int)EventId.ThreadStarted, threadId, name, daemon);
        }
    }

    /// <summary>A JThread ended (its Run returned or threw), or the main thread under RunMain did.</summary>
    [Event((int)EventId.ThreadEnded, Level = EventLevel.Informational, Keywords = Keywords.Threads, Message = "thread {0} \"{1}\" ended")]
    internal void ThreadEnded(long threadId, string name)
    {
        if (IsEnabled(EventLevel.Informational, Keywords.Threads))
        {
            WriteEvent((int)EventId.ThreadEnded, threadId, name);
        }
    }

    /// <summary>An exception escaped a thread's Run and is about to be dispatched to its handler.</summary>
    [NonEvent]
    internal void UncaughtException(JThread thread, Exception exception)
    {
        // The exception is user code: its Message may throw, and the dispatch that calls this must not.
        if (IsEnabled(EventLevel.Warning, Keywords.Threads))
        {
            UncaughtException(thread.ThreadId(), thread.GetName(), SafeText.TypeName(exception), SafeText.Message(exception));
        }
    }

    [Event((int)EventId.UncaughtException, Level = EventLevel.Warning, Keywords = Keywords.Threads, Message = "uncaught {2} in thread {0} \"{1}\": {3}")]
    private void UncaughtException(long threadId, string threadName, string exceptionType, string message) =>
        WriteEvent((int)EventId.UncaughtException, threadId, threadName, exceptionType, message);

    /// <summary>A keep-alive lease was taken (<see cref="JRuntime.KeepAlive(string)"/>).</summary>
    [Event((int)EventId.LeaseTaken, Level = EventLevel.Informational, Keywords = Keywords.KeepAlive, Message = "keep-alive lease \"{0}\" taken")]
    internal void LeaseTaken(string reason) => WriteEvent((int)EventId.LeaseTaken, reason);

    /// <summary>A keep-alive lease was released (its first Dispose).</summary>
    [Event((int)EventId.LeaseReleased, Level = EventLevel.Informational, Keywords = Keywords.KeepAlive, Message = "keep-alive lease \"{0}\" released")]
    internal void LeaseReleased(string reason) => WriteEvent((int)EventId.LeaseReleased, reason);

    /// <summary>The shutdown sequence was claimed by the current thread.</summary>
    /// <param name="cause">
    /// <c>LastEntryLeft</c> (under RunMain, main and every non-daemon thread and lease have ended), <c>Exit</c>,
    /// <c>Signal</c>, <c>MainReturned</c> (a plain Main returned with a hook registered and nothing holding the
    /// process: the watcher runs the hooks), or <c>ProcessExit</c> (.NET is ending the process and nothing ran them).
    /// </param>
    /// <param name="status">The exit code the claimant will end with, or <see cref="StatusNotYetKnown"/>.</param>
    [NonEvent]
    internal void ShutdownStarted(string cause, int status)
    {
        if (IsEnabled(EventLevel.Informational, Keywords.Shutdown))
        {
            var current = Thread.CurrentThread;
            ShutdownStarted(cause, status, current.Name ?? "managed thread " + current.ManagedThreadId.ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>
    /// The shutdown sequence began: why (<paramref name="cause"/>), with which exit code if known, and on which
    /// thread (a signal's Exit runs on <c>"JThread signal N"</c>).
    /// </summary>
    [Event((int)EventId.ShutdownStarted, Level = EventLevel.Informational, Keywords = Keywords.Shutdown, Message = "shutdown started: {0}, status {1}, on thread \"{2}\"")]
    private void ShutdownStarted(string cause, int status, string thread) =>
        WriteEvent((int)EventId.ShutdownStarted, cause, status, thread);

    /// <summary>The shutdown sequence is starting a registered hook.</summary>
    [NonEvent]
    internal void HookStarted(JThread hook) => HookStarted(hook.GetName(), hook.ThreadId());

    [Event((int)EventId.HookStarted, Level = EventLevel.Informational, Keywords = Keywords.Shutdown, Message = "shutdown hook \"{0}\" (thread {1}) starting")]
    private void HookStarted(string name, long threadId) => WriteEvent((int)EventId.HookStarted, name, threadId);

    /// <summary>The shutdown sequence has joined a hook: it ended (at the latest at this event).</summary>
    [NonEvent]
    internal void HookEnded(JThread hook) => HookEnded(hook.GetName(), hook.ThreadId());

    [Event((int)EventId.HookEnded, Level = EventLevel.Informational, Keywords = Keywords.Shutdown, Message = "shutdown hook \"{0}\" (thread {1}) ended")]
    private void HookEnded(string name, long threadId) => WriteEvent((int)EventId.HookEnded, name, threadId);

    /// <summary>The hooks are done and the process is ending with <paramref name="status"/>.</summary>
    [Event((int)EventId.Exiting, Level = EventLevel.Informational, Keywords = Keywords.Shutdown, Message = "process exiting with status {0}")]
    internal void Exiting(int status) => WriteEvent((int)EventId.Exiting, status);

    /// <summary>
    /// Kept so that the id stays reserved and tools that know it still parse the manifest; never written any more:
    /// <see cref="JRuntime.Halt(int)"/> runs no user code, and an event listener is user code (it may block).
    /// </summary>
    [Event((int)EventId.Halt, Level = EventLevel.Informational, Keywords = Keywords.Shutdown, Message = "halt with status {0}")]
    internal void Halt(int status) => WriteEvent((int)EventId.Halt, status);

    /// <summary>A terminating signal (SIGINT 2, SIGTERM 15, SIGHUP 1) arrived; its Exit(128 + n) follows.</summary>
    [Event((int)EventId.SignalReceived, Level = EventLevel.Informational, Keywords = Keywords.Shutdown, Message = "signal {0} received")]
    internal void SignalReceived(int signal) => WriteEvent((int)EventId.SignalReceived, signal);

    /// <summary>The event source's keywords, to select groups of events.</summary>
    public static class Keywords
    {
        /// <summary>Thread start and end, uncaught exceptions.</summary>
        public const EventKeywords Threads = (EventKeywords)1;

        /// <summary>Keep-alive leases.</summary>
        public const EventKeywords KeepAlive = (EventKeywords)2;

        /// <summary>The shutdown sequence: its cause and status, each hook, exit and halt, signals.</summary>
        public const EventKeywords Shutdown = (EventKeywords)4;
    }

    /// <summary>The event ids; never renumber one, tools keep them.</summary>
    private enum EventId
    {
        ThreadStarted = 1,
        ThreadEnded = 2,
        UncaughtException = 3,
        LeaseTaken = 4,
        LeaseReleased = 5,
        ShutdownStarted = 6,
        HookStarted = 7,
        HookEnded = 8,
        Exiting = 9,
        Halt = 10,
        SignalReceived = 11,
    }
}
