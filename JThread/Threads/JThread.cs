using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace JThreading;

/// <summary>
/// A thread with <c>java.lang.Thread</c>'s API and rules over a native .NET thread: daemon status inherited from
/// the creating thread and honoured at process exit, Java's interrupt flag, uncaught-exception handlers that never
/// crash the process, thread groups and inheritable thread locals.
/// </summary>
/// <remarks>
/// <para>
/// Every Java method keeps its name in PascalCase (<c>setDaemon</c> is <see cref="SetDaemon(bool)"/>), so Java code
/// ports line by line. Java's <c>Runnable</c> is <see cref="Action"/>; Java's <c>Duration</c> is <see cref="TimeSpan"/>.
/// </para>
/// <para>
/// Differences from plain .NET threads: a new thread inherits daemon status and priority from the thread that
/// constructs it; a non-daemon thread runs as a foreground .NET thread and a daemon thread as a background one, so a
/// plain <c>Main</c> that returns waits for non-daemon threads, as a JVM does; an exception escaping
/// <see cref="Run"/> is reported and ends only that thread; <see cref="Interrupt"/> never makes a later
/// <c>lock</c> throw.
/// </para>
/// <para>
/// Daemon threads stop wherever they are when the process ends: no <c>finally</c> block and no handler runs in them,
/// exactly as in Java, so a file or connection written from a daemon thread may be left half-written.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var worker = new JThread(() => Console.WriteLine("working"), "worker");
/// worker.SetDaemon(true);
/// worker.Start();
/// worker.Join();
/// </code>
/// </example>
[DebuggerDisplay("{" + nameof(ToString) + "(),nq}")]
public partial class JThread
{
    /// <summary>The lowest priority a thread can have.</summary>
    public const int MinPriority = 1;

    /// <summary>The priority of the main thread and the default for new threads it creates.</summary>
    public const int NormPriority = 5;

    /// <summary>The highest priority a thread can have.</summary>
    public const int MaxPriority = 10;

    private const long MainThreadId = 1;

    // Joins of an adopted thread look again this often: nothing tells JThread when a foreign thread ends.
    private const int AdoptedThreadPollMillis = 10;

    private static readonly ParameterizedThreadStart s_threadStart = static state => ((JThread)state!).ThreadMain();

    // Ids come from one process-wide counter, never reused; 1 is kept for the main thread.
    private static long s_lastThreadId = MainThreadId;

    // "Thread-n" numbers count auto-named threads from 0, separately from ids.
    private static int s_threadNameNumber = -1;

    // The current thread, once CurrentThread() has been called on it (a started JThread's own thread leaves it unset
    // until then, see ThreadMain).
    [ThreadStatic]
    private static JThread? t_current;

    private static JThread? s_main;

    private static volatile UncaughtExceptionHandler? s_defaultUncaughtExceptionHandler;

    // An adopted thread's inheritable values live in a thread-static slot: nothing tells JThread when a foreign thread
    // ends, but the runtime frees a thread's statics when it does, so an ended adopted thread never keeps them alive.
    [ThreadStatic]
    private static InheritableValues? t_adoptedInheritableValues;

    // The same for an adopted thread's plain JThreadLocal values.
    [ThreadStatic]
    private static ThreadLocalValues? t_adoptedThreadLocalValues;

    // Set once by the constructor.
    private readonly long _threadId;
    private readonly Action? _task;
    private readonly long _stackSize;
    private readonly bool _adopted;

    // Every JThread wait parks here (see ThreadParker).
    private readonly ThreadParker _parker = new();

    // Guards _started (with the .NET thread's creation and _holdsProcess), _terminated, _joiners and _daemon against
    // Start() and the thread's end. _started and _terminated are volatile so that IsAlive and GetState can read them
    // without it. It also orders the interrupt flag with the token source handed out for it (one lock per thread, not
    // two: nothing holds it while taking another thread's).
    private readonly Lock _stateLock = new();
    private volatile bool _started;
    private volatile bool _terminated;
    private volatile bool _daemon;
    private bool _holdsProcess;
    // The threads waiting in Join: none, one JThread (nearly always), or a List<JThread> once there are two.
    private object? _joiners;
    private Thread? _thread;

    // Read and written without a lock: each is one volatile value that Java also lets race.
    private volatile string _name;
    private volatile int _priority;
    private readonly JThreadGroup _group;
    private volatile UncaughtExceptionHandler? _uncaughtExceptionHandler;

    // The interrupt flag is read without a lock; written under _stateLock.
    private volatile bool _interrupted;
    private CancellationTokenSource? _interruptSource;

    // What GetState reports while the thread is in a JThread wait; written by the thread itself, as is _running
    // (set once its own code begins; until then its .NET thread may still be parked in a hook runner's wait).
    private volatile JThreadState _waitState = JThreadState.Runnable;
    private volatile bool _running;

    // The OS thread's id, for the thread dump; written by the thread itself as it begins (or at adoption).
    private long _osThreadId;

    // The object a parked thread waits for (LockSupport.GetBlocker); written by the thread itself around its park.
    private volatile object? _blocker;

    // A created thread's inheritable values: copied in by its creator before Start(), then touched by this thread
    // only; dropped when it ends.
    private InheritableValues? _inheritableValues;

    // A created thread's plain JThreadLocal values: touched by this thread only; dropped when it ends.
    private ThreadLocalValues? _threadLocalValues;

    /// <summary>Creates a thread whose <see cref="Run"/> is meant to be overridden by a subclass.</summary>
    /// <remarks>Java's <c>Thread()</c>. Daemon status and priority are inherited from the creating thread.</remarks>
    public JThread()
        : this(null, null, null, 0, true, null, null, null)
    {
    }

    /// <summary>Creates a thread that runs <paramref name="task"/>.</summary>
    /// <param name="task">What <see cref="Run"/> calls; <see langword="null"/> makes <see cref="Run"/> do nothing.</param>
    /// <remarks>Java's <c>Thread(Runnable)</c>.</remarks>
    public JThread(Action? task)
        : this(task, null, null, 0, true, null, null, null)
    {
    }

    /// <summary>Creates a named thread whose <see cref="Run"/> is meant to be overridden.</summary>
    /// <param name="name">The thread's name.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>Thread(String)</c>.</remarks>
    public JThread(string name)
        : this(null, null, RequireName(name), 0, true, null, null, null)
    {
    }

    /// <summary>Creates a named thread that runs <paramref name="task"/>.</summary>
    /// <param name="task">What <see cref="Run"/> calls; may be <see langword="null"/>.</param>
    /// <param name="name">The thread's name.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>Thread(Runnable, String)</c>.</remarks>
    public JThread(Action? task, string name)
        : this(task, null, RequireName(name), 0, true, null, null, null)
    {
    }

    /// <summary>Creates a thread in <paramref name="group"/> that runs <paramref name="task"/>.</summary>
    /// <param name="group">The group; <see langword="null"/> means the creating thread's group.</param>
    /// <param name="task">What <see cref="Run"/> calls; may be <see langword="null"/>.</param>
    /// <remarks>Java's <c>Thread(ThreadGroup, Runnable)</c>.</remarks>
    public JThread(JThreadGroup? group, Action? task)
        : this(task, group, null, 0, true, null, null, null)
    {
    }

    /// <summary>Creates a named thread in <paramref name="group"/>.</summary>
    /// <param name="group">The group; <see langword="null"/> means the creating thread's group.</param>
    /// <param name="name">The thread's name.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>Thread(ThreadGroup, String)</c>.</remarks>
    public JThread(JThreadGroup? group, string name)
        : this(null, group, RequireName(name), 0, true, null, null, null)
    {
    }

    /// <summary>Creates a thread with every setting Java's longest constructor takes.</summary>
    /// <param name="group">The group; <see langword="null"/> means the creating thread's group.</param>
    /// <param name="task">What <see cref="Run"/> calls; may be <see langword="null"/>.</param>
    /// <param name="name">The thread's name.</param>
    /// <param name="stackSize">The stack size in bytes, a hint; 0 (or a negative value, as in Java) means the default.</param>
    /// <param name="inheritInheritableThreadLocals">
    /// <see langword="true"/> to copy the creating thread's <see cref="InheritableThreadLocal{T}"/> values;
    /// <see langword="false"/> to start from each one's initial value.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>Thread(ThreadGroup, Runnable, String, long, boolean)</c>.</remarks>
    public JThread(JThreadGroup? group, Action? task, string name, long stackSize = 0, bool inheritInheritableThreadLocals = true)
        : this(task, group, RequireName(name), stackSize, inheritInheritableThreadLocals, null, null, null)
    {
    }

    /// <summary>The one constructor every public one and the builder go through; copies the creator's settings.</summary>
    internal JThread(Action? task, JThreadGroup? group, string? name, long stackSize, bool inheritInheritableThreadLocals,
        bool? daemon, int? priority, UncaughtExceptionHandler? handler)
    {
        var creator = CurrentThread();
        _group = group ?? creator._group;
        _task = task;
        _stackSize = stackSize > 0 ? stackSize : 0;
        _name = name ?? NextThreadName();
        _threadId = Interlocked.Increment(ref s_lastThreadId);
        _daemon = daemon ?? creator._daemon;
        _priority = Math.Min(priority ?? creator._priority, _group.GetMaxPriority());
        _uncaughtExceptionHandler = handler;
        if (inheritInheritableThreadLocals)
        {
            _inheritableValues = InheritableValues.CopyForChild(creator.InheritableValuesOrNull());
        }
    }

    /// <summary>Adopts a thread JThread did not create: the main thread or any other .NET thread.</summary>
    private JThread(Thread thread, long threadId, string name, bool daemon)
    {
        _group = JThreadGroup.Main;
        _name = name;
        _threadId = threadId;
        _daemon = daemon;
        _priority = NormPriority;
        _thread = thread;
        _started = true;
        _running = true;
        _adopted = true;
        _osThreadId = OsThread.CurrentId();
    }

    /// <summary>Changes this thread's daemon status; not while it is alive.</summary>
    /// <param name="on"><see langword="true"/> for a daemon thread, which does not keep the process alive.</param>
    /// <exception cref="IllegalThreadStateException">The thread is alive (started and not yet ended).</exception>
    /// <remarks>
    /// Java's <c>setDaemon</c>. .NET lets <see cref="Thread.IsBackground"/> change on a running thread; Java does not,
    /// and neither does JThread. As in Java 21, the flag of a thread that has ended may be changed again; that no
    /// longer affects anything.
    /// </remarks>
    public void SetDaemon(bool on)
    {
        lock (_stateLock)
        {
            if (_started && !IsTerminated)
            {
                throw new IllegalThreadStateException(ExceptionMessages.DaemonWhileAlive);
            }

            _daemon = on;
        }
    }

    /// <summary>Whether this is a daemon thread; answers in every state, terminated included.</summary>
    /// <returns><see langword="true"/> for a daemon thread.</returns>
    public bool IsDaemon() => _daemon;

    /// <summary>This thread's name.</summary>
    /// <returns>The name given, or <c>"Thread-n"</c>.</returns>
    public string GetName() => _name;

    /// <summary>Renames this thread.</summary>
    /// <param name="name">The new name.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public void SetName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);

        // A running thread named itself at its start with the name it read last (NameOwnThread); naming it here too,
        // after the write, makes the last name win.
        lock (_stateLock)
        {
            _name = name;
            if (_thread is { } thread && !_adopted)
            {
                TrySetNativeName(thread, name);
            }
        }
    }

    /// <summary>This thread's priority, from <see cref="MinPriority"/> to <see cref="MaxPriority"/>.</summary>
    /// <returns>The priority.</returns>
    public int GetPriority() => _priority;

    /// <summary>Sets this thread's priority, capped at its group's maximum.</summary>
    /// <param name="newPriority">A value from <see cref="MinPriority"/> to <see cref="MaxPriority"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="newPriority"/> is outside 1..10.</exception>
    /// <remarks>
    /// JThread keeps the value itself and passes it on to <see cref="Thread.Priority"/>; on Linux the operating
    /// system ignores it, as it ignores Java's priorities there.
    /// </remarks>
    public void SetPriority(int newPriority)
    {
        CheckPriority(newPriority);

        // As in JDK 25, an ended thread keeps its group internally (though GetThreadGroup() says null), so the new
        // priority is recorded, capped by the group's maximum; only the native thread is no longer touched.
        lock (_stateLock)
        {
            _priority = Math.Min(newPriority, _group.GetMaxPriority());
            if (_thread is { } thread && !_adopted)
            {
                ApplyNativePriority(thread, _priority);
            }
        }
    }

    /// <summary>This thread's id: unique in the process and never reused; the main thread's is 1.</summary>
    /// <returns>The id.</returns>
    public long ThreadId() => _threadId;

    /// <summary>This thread's id.</summary>
    /// <returns>The same value as <see cref="ThreadId"/>.</returns>
    [Obsolete("Use ThreadId()")]
    public long GetId() => _threadId;

    /// <summary>Whether this is a virtual thread; JThread has platform threads only.</summary>
    /// <returns>Always <see langword="false"/>.</returns>
    public bool IsVirtual() => false;

    /// <summary>This thread's group; <see langword="null"/> once it has terminated.</summary>
    /// <returns>The group, or <see langword="null"/>.</returns>
    public JThreadGroup? GetThreadGroup() => IsTerminated ? null : _group;

    /// <summary>The thread in the JDK 21 format: <c>Thread[#22,worker,5,main]</c>.</summary>
    /// <returns>Id, name, priority and group name (empty once terminated).</returns>
    public override string ToString() =>
        $"Thread[#{_threadId},{_name},{_priority},{GetThreadGroup()?.GetName()}]";

    /// <summary>Hints that the current thread is willing to give up its processor.</summary>
    /// <remarks>Java's <c>Thread.yield()</c>; calls <see cref="Thread.Yield"/>.</remarks>
    public static void Yield() => Thread.Yield();

    /// <summary>Tells the runtime that the caller is in a spin-wait loop.</summary>
    /// <remarks>Java's <c>Thread.onSpinWait()</c>; calls <see cref="Thread.SpinWait(int)"/> once.</remarks>
    public static void OnSpinWait() => Thread.SpinWait(1);

    /// <summary>Whether the current thread holds the monitor (<c>lock</c>) of <paramref name="obj"/>.</summary>
    /// <param name="obj">The object.</param>
    /// <returns><see langword="true"/> when the current thread holds the lock.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="obj"/> is <see langword="null"/>.</exception>
    public static bool HoldsLock(object obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        return Monitor.IsEntered(obj);
    }

    /// <summary>Estimates the number of live threads in the current thread's group and its subgroups.</summary>
    /// <returns>The estimate.</returns>
    public static int ActiveCount() => CurrentThread().GetThreadGroup()?.ActiveCount() ?? 0;

    /// <summary>Copies the live threads of the current thread's group and its subgroups into <paramref name="array"/>.</summary>
    /// <param name="array">Where to put them; extra threads are silently left out.</param>
    /// <returns>How many were copied.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="array"/> is <see langword="null"/>.</exception>
    public static int Enumerate(JThread[] array)
    {
        ArgumentNullException.ThrowIfNull(array);
        return CurrentThread().GetThreadGroup()?.Enumerate(array) ?? 0;
    }

    /// <summary>Prints the current thread's stack trace to standard error.</summary>
    public static void DumpStack() =>
        Console.Error.WriteLine("Stack trace:" + Environment.NewLine + new StackTrace(1, fNeedFileInfo: true));

    /// <summary>Starts a builder for platform threads.</summary>
    /// <returns>A new builder.</returns>
    /// <remarks>Java 21's <c>Thread.ofPlatform()</c>.</remarks>
    public static JThreadBuilder OfPlatform() => new();

    /// <summary>Returns <paramref name="priority"/> if it is from 1 to 10; throws otherwise.</summary>
    internal static int CheckPriority(int priority, [CallerArgumentExpression(nameof(priority))] string? paramName = null) =>
        priority is >= MinPriority and <= MaxPriority
            ? priority
            : throw new ArgumentOutOfRangeException(paramName, priority, ExceptionMessages.PriorityOutOfRange);

    internal JThreadGroup Group => _group;

    /// <summary>The <see cref="Thread.ManagedThreadId"/> of the .NET thread; only once started or adopted.</summary>
    internal int NetThreadId => _thread!.ManagedThreadId;

    internal bool IsAdopted => _adopted;

    // One string per name: concatenating would first allocate the number's own string (from 300 on).
    internal static string NextThreadName() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Thread-{Interlocked.Increment(ref s_threadNameNumber)}");

    private static string RequireName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name;
    }

    private static void TrySetNativeName(Thread thread, string name)
    {
        try
        {
            thread.Name = name;
        }
        catch (InvalidOperationException)
        {
            // Older runtimes allow one name per thread; the JThread name is what matters.
        }
    }

    private static void ApplyNativePriority(Thread thread, int priority)
    {
        var native = priority switch
        {
            <= 2 => ThreadPriority.Lowest,
            <= 4 => ThreadPriority.BelowNormal,
            5 => ThreadPriority.Normal,
            <= 8 => ThreadPriority.AboveNormal,
            _ => ThreadPriority.Highest,
        };
        try
        {
            thread.Priority = native;
        }
        catch (ThreadStateException)
        {
            // The thread ended in between; its priority no longer matters.
        }
    }
}
