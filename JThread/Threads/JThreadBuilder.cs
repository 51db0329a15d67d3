using System.Runtime.CompilerServices;

namespace JThreading;

/// <summary>
/// Builds platform threads with a fluent API; Java 21's <c>Thread.Builder.OfPlatform</c>, from
/// <see cref="JThread.OfPlatform"/>.
/// </summary>
/// <remarks>
/// A builder is mutable and not thread-safe; the <see cref="IThreadFactory"/> from <see cref="Factory"/> is. A setting
/// left unset is inherited exactly as the <see cref="JThread"/> constructors inherit it: daemon status, priority and
/// group from the creating thread, a <c>"Thread-n"</c> name.
/// </remarks>
/// <example>
/// <code>
/// var factory = JThread.OfPlatform().Name("worker-", 0).Daemon().Factory();
/// var worker = factory.NewThread(() => Console.WriteLine(JThread.CurrentThread().GetName())); // worker-0
/// worker.Start();
/// </code>
/// </example>
public sealed class JThreadBuilder
{
    private string? _name;

    // Whether names get a counter, and its next value; it wraps past long.MaxValue as Java's does.
    private bool _counted;
    private long _counter;
    private JThreadGroup? _group;
    private bool? _daemon;
    private int? _priority;
    private long _stackSize;
    private bool _inheritInheritableThreadLocals = true;
    private UncaughtExceptionHandler? _uncaughtExceptionHandler;

    internal JThreadBuilder()
    {
    }

    /// <summary>Names every thread <paramref name="name"/>.</summary>
    /// <param name="name">The name.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public JThreadBuilder Name(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        _name = name;
        _counted = false;
        return this;
    }

    /// <summary>Names threads <paramref name="prefix"/> followed by a counter that starts at <paramref name="start"/> and grows by one per thread.</summary>
    /// <param name="prefix">The name's start.</param>
    /// <param name="start">The first counter value.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="prefix"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is negative.</exception>
    public JThreadBuilder Name(string prefix, long start)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        if (start < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(start), start, ExceptionMessages.CounterStartNegative);
        }

        _name = prefix;
        _counted = true;
        _counter = start;
        return this;
    }

    /// <summary>Puts every thread in <paramref name="group"/>.</summary>
    /// <param name="group">The group.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="group"/> is <see langword="null"/>.</exception>
    public JThreadBuilder Group(JThreadGroup group) => Set(ref _group, group ?? throw new ArgumentNullException(nameof(group)));

    /// <summary>Makes every thread a daemon thread, or not.</summary>
    /// <param name="on"><see langword="true"/> for daemon threads.</param>
    /// <returns>This builder.</returns>
    public JThreadBuilder Daemon(bool on = true) => Set(ref _daemon, on);

    /// <summary>Gives every thread <paramref name="priority"/>, capped at its group's maximum.</summary>
    /// <param name="priority">From <see cref="JThread.MinPriority"/> to <see cref="JThread.MaxPriority"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="priority"/> is outside 1..10.</exception>
    public JThreadBuilder Priority(int priority) => Set(ref _priority, JThread.CheckPriority(priority));

    /// <summary>Sets the stack size hint for every thread.</summary>
    /// <param name="stackSize">Bytes; 0 for the default.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stackSize"/> is negative.</exception>
    public JThreadBuilder StackSize(long stackSize) =>
        Set(ref _stackSize, stackSize >= 0 ? stackSize : throw new ArgumentOutOfRangeException(nameof(stackSize), stackSize, ExceptionMessages.StackSizeNegative));

    /// <summary>Whether threads copy the creating thread's <see cref="InheritableThreadLocal{T}"/> values (the default).</summary>
    /// <param name="inherit"><see langword="false"/> to start from each one's initial value.</param>
    /// <returns>This builder.</returns>
    public JThreadBuilder InheritInheritableThreadLocals(bool inherit) => Set(ref _inheritInheritableThreadLocals, inherit);

    /// <summary>Gives every thread <paramref name="handler"/> as its own uncaught-exception handler.</summary>
    /// <param name="handler">The handler.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="handler"/> is <see langword="null"/>.</exception>
    [OverloadResolutionPriority(1)]
    public JThreadBuilder UncaughtExceptionHandler(UncaughtExceptionHandler handler) =>
        Set(ref _uncaughtExceptionHandler, handler ?? throw new ArgumentNullException(nameof(handler)));

    /// <summary>Gives every thread <paramref name="handler"/>, an object, as its own uncaught-exception handler.</summary>
    /// <param name="handler">The handler.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="handler"/> is <see langword="null"/>.</exception>
    /// <remarks>For Java code that implements <c>Thread.UncaughtExceptionHandler</c> in a class.</remarks>
    public JThreadBuilder UncaughtExceptionHandler(IUncaughtExceptionHandler handler) =>
        UncaughtExceptionHandler(JThread.AsDelegate(handler ?? throw new ArgumentNullException(nameof(handler)))!);

    /// <summary>Creates an unstarted thread that runs <paramref name="task"/>.</summary>
    /// <param name="task">What the thread runs.</param>
    /// <returns>The new thread.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="task"/> is <see langword="null"/>.</exception>
    public JThread Unstarted(Action task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return Create(task, NameFor(_counter++));
    }

    /// <summary>Creates and starts a thread that runs <paramref name="task"/>.</summary>
    /// <param name="task">What the thread runs.</param>
    /// <returns>The started thread.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="task"/> is <see langword="null"/>.</exception>
    public JThread Start(Action task)
    {
        var thread = Unstarted(task);
        thread.Start();
        return thread;
    }

    /// <summary>A thread-safe factory with this builder's current settings.</summary>
    /// <returns>
    /// The factory. It takes the counter's current value and counts on its own; later changes to the builder do not
    /// reach it.
    /// </returns>
    public IThreadFactory Factory() => new Snapshot(Clone());

    private JThreadBuilder Set<T>(ref T field, T value)
    {
        field = value;
        return this;
    }

    private JThreadBuilder Clone() => (JThreadBuilder)MemberwiseClone();

    /// <summary>The name of the thread that takes counter value <paramref name="counter"/>, built as one string.</summary>
    private string? NameFor(long counter) =>
        _counted ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{_name}{counter}") : _name;

    private JThread Create(Action task, string? name) =>
        new(task, _group, name, _stackSize, _inheritInheritableThreadLocals, _daemon, _priority, _uncaughtExceptionHandler);

    private sealed class Snapshot(JThreadBuilder settings) : IThreadFactory
    {
        private long _next = settings._counter - 1;

        public JThread NewThread(Action task)
        {
            ArgumentNullException.ThrowIfNull(task);
            return settings.Create(task, settings.NameFor(Interlocked.Increment(ref _next)));
        }
    }
}
