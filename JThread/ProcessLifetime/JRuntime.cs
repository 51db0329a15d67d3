using System.Diagnostics.CodeAnalysis;

namespace JThreading;

/// <summary>
/// Java's <c>java.lang.Runtime</c> for a .NET process: shutdown hooks, <see cref="Exit(int)"/> and
/// <see cref="Halt(int)"/>, the <c>java</c> launcher's rules in <see cref="RunMain(string[], Action{string[]})"/>, and
/// the keep-alive registry that says what holds the process open.
/// </summary>
/// <remarks>
/// <para>
/// The process starts its shutdown at the first of: the last live non-daemon thread ending (the main thread
/// included), the first <see cref="Exit(int)"/>, or SIGINT, SIGTERM or SIGHUP. The shutdown starts every registered
/// hook at once, runs them while daemon threads still run, waits for them, and ends the process.
/// </para>
/// <para>
/// Use <see cref="RunMain(string[], Action{string[]})"/> to get Java's rules in full. Under a plain <c>Main</c>, .NET
/// already waits for non-daemon JThreads (they are foreground threads) and the hooks run from
/// <see cref="AppDomain.ProcessExit"/>; but an exception escaping a plain <c>Main</c> crashes the process, as .NET
/// does, where Java would print it and exit with 1.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// static int Main(string[] args) => JRuntime.RunMain(args, a =>
/// {
///     JRuntime.GetRuntime().AddShutdownHook(new JThread(() => Console.WriteLine("bye")));
///     new JThread(() => JThread.Sleep(500)).Start();
/// }); // prints "bye" after the worker ends, exit code 0
/// </code>
/// </example>
public sealed class JRuntime
{
    private static readonly JRuntime s_runtime = new();

    private JRuntime()
    {
    }

    /// <summary>The runtime of this process.</summary>
    /// <returns>The one <see cref="JRuntime"/>.</returns>
    public static JRuntime GetRuntime() => s_runtime;

    /// <summary>Registers an unstarted thread to be started when the process shuts down.</summary>
    /// <param name="hook">An unstarted thread.</param>
    /// <exception cref="ArgumentNullException"><paramref name="hook"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The hook was already registered (<c>"Hook previously registered"</c>) or is alive (<c>"Hook already
    /// running"</c>). As in Java, a hook that has already ended can be registered; it does not run again.
    /// </exception>
    /// <exception cref="InvalidOperationException">The shutdown has begun (<c>"Shutdown in progress"</c>).</exception>
    /// <remarks>
    /// Registering the first hook under a plain <c>Main</c> also installs the JVM's signal handling
    /// (SIGINT, SIGTERM and SIGHUP run the hooks and exit with 130, 143 and 129).
    /// An exception in a hook goes through the normal uncaught-exception dispatch, and the hook counts as finished.
    /// So that the shutdown need not create threads, each registered hook (without a stack size of its own) has a
    /// parked background thread kept ready to run it; <see cref="RemoveShutdownHook(JThread)"/> lets it go.
    /// </remarks>
    public void AddShutdownHook(JThread hook)
    {
        ProcessLifetime.AddHook(hook);
    }

    /// <summary>Unregisters a shutdown hook.</summary>
    /// <param name="hook">The hook.</param>
    /// <returns><see langword="true"/> if it was registered.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="hook"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The shutdown has begun (<c>"Shutdown in progress"</c>).</exception>
    public bool RemoveShutdownHook(JThread hook) => ProcessLifetime.RemoveHook(hook);

    /// <summary>Runs the shutdown hooks and ends the process with <paramref name="status"/>.</summary>
    /// <param name="status">The exit code.</param>
    /// <remarks>
    /// Ends the process even while non-daemon threads run, and even if <c>Main</c> returns while the hooks run: the
    /// process still waits for them and ends with <paramref name="status"/>. Only the first call (or signal, or the end
    /// of the last non-daemon thread) runs the shutdown. Later calls follow JDK 25: after an <c>Exit</c> or a signal
    /// began the sequence, every later call blocks forever (a call from a hook included) and the first status stands,
    /// also once the hooks are done; after a sequence begun because nothing held the process any more, a call once the
    /// hooks are done halts with its own status (Java SE 21's text would halt with a late nonzero status in both
    /// cases). The process ends through .NET's own exit, so every <see cref="AppDomain.ProcessExit"/> handler (other
    /// libraries' flushes) still runs; called inside such a handler, it runs the hooks and then halts with
    /// <paramref name="status"/>, since .NET's exit is already under way on that thread.
    /// </remarks>
    [DoesNotReturn]
    public void Exit(int status) => ProcessLifetime.Exit(status);

    /// <summary>Ends the process at once with <paramref name="status"/>: no hooks, no .NET exit handlers.</summary>
    /// <param name="status">The exit code; it wins over that of an <see cref="Exit(int)"/> under way.</param>
    /// <remarks>Calls <c>_exit</c> on Unix and <c>TerminateProcess</c> on Windows.</remarks>
    [DoesNotReturn]
    public void Halt(int status) => ProcessLifetime.Halt(status);

    /// <summary>The number of processors available to the process.</summary>
    /// <returns><see cref="Environment.ProcessorCount"/>.</returns>
    public int AvailableProcessors() => Environment.ProcessorCount;

    /// <summary>Runs <paramref name="main"/> under the rules of the <c>java</c> launcher and returns the exit code.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="main">The program's real main method.</param>
    /// <returns>0, or 1 when <paramref name="main"/> threw; also stored in <see cref="Environment.ExitCode"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="args"/> or <paramref name="main"/> is <see langword="null"/>.</exception>
    /// <remarks>
    /// <paramref name="main"/> runs on the calling thread as the JThread <c>"main"</c> (id 1). An exception from it is
    /// dispatched (<c>Exception in thread "main" ...</c>) and makes the exit code 1. Then the main thread counts as
    /// ended (its joiners wake), the call waits for every non-daemon thread and <see cref="KeepAlive(string)"/> lease,
    /// and runs the shutdown hooks. Signals get the JVM's handling. Like the JVM, it prints nothing while the process
    /// waits; set <c>JTHREAD_KEEPALIVE_REPORT_SECONDS</c> to a number of seconds to have what still holds the process
    /// printed once to standard error that long after main ended.
    /// </remarks>
    /// <exception cref="InvalidOperationException">
    /// <see cref="RunMain(string[], Action{string[]})"/> was already called in this process (a process has one main),
    /// or the shutdown has begun.
    /// </exception>
    public static int RunMain(string[] args, Action<string[]> main)
    {
        ArgumentNullException.ThrowIfNull(main);
        return JavaLauncher.Run(
            args,
            a =>
            {
                main(a);
                return null;
            },
            asynchronous: false);
    }

    /// <summary>Runs an asynchronous <paramref name="main"/> under the rules of the <c>java</c> launcher.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="main">The program's real main method; the calling thread waits for its task.</param>
    /// <returns>0, or 1 when <paramref name="main"/> threw or its task faulted.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="args"/> or <paramref name="main"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException"><c>RunMain</c> was already called in this process, or the shutdown has begun.</exception>
    /// <remarks>
    /// As <see cref="RunMain(string[], Action{string[]})"/>. The calling thread runs <paramref name="main"/>'s
    /// continuations itself until its task completes, as a UI thread does, so after an <c>await</c>
    /// <see cref="JThread.CurrentThread"/> is still <c>"main"</c> and threads created there are non-daemon, as main.
    /// As on a UI thread, do not block on a task inside <paramref name="main"/> (<c>.Result</c>, <c>.Wait()</c>):
    /// await it, or the task's continuation waits for the thread that waits for it. Continuations that use
    /// <c>ConfigureAwait(false)</c> run on the thread pool.
    /// </remarks>
    public static int RunMain(string[] args, Func<string[], Task> main)
    {
        ArgumentNullException.ThrowIfNull(main);
        return JavaLauncher.Run(args, main, asynchronous: true);
    }

    /// <summary>Holds the process open like a non-daemon thread until the returned lease is disposed.</summary>
    /// <param name="reason">What the lease is for; shown by <see cref="KeepAliveSnapshot"/> and <see cref="DumpThreads(TextWriter)"/>.</param>
    /// <returns>The lease; disposing it more than once is harmless.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is <see langword="null"/>.</exception>
    /// <remarks>
    /// For work that is not a thread: an asynchronous flush, a fire-and-forget <see cref="Task"/> that must finish.
    /// Works under <see cref="RunMain(string[], Action{string[]})"/> and under a plain <c>Main</c>. A lease taken after
    /// the shutdown began does not delay it.
    /// </remarks>
    public IDisposable KeepAlive(string reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        return ProcessLifetime.KeepAlive(reason);
    }

    /// <summary>What keeps the process alive now: live non-daemon threads and leases, oldest first.</summary>
    /// <returns>A copy of the entries.</returns>
    /// <remarks>
    /// A thread that is ending may still be listed after <see cref="JThread.Join()"/> has returned for it: as in Java,
    /// its joiners are woken first, and it stops holding the process just after.
    /// </remarks>
    public IReadOnlyList<KeepAliveEntry> KeepAliveSnapshot() => ProcessLifetime.Snapshot();

    /// <summary>Writes a jstack-like listing of the live threads and of what keeps the process alive.</summary>
    /// <param name="writer">Where to write.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is <see langword="null"/>.</exception>
    public void DumpThreads(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ThreadDump.Write(writer);
    }
}
