using System.Diagnostics;

namespace JThreading;

/// <summary>A named set of threads and subgroups; Java's <c>java.lang.ThreadGroup</c>.</summary>
/// <remarks>
/// <para>
/// The tree starts at <c>system</c>, whose child <c>main</c> holds the main thread, adopted threads and, by
/// default, every thread they create. A group caps the priority of its threads, can interrupt them all, and
/// decides what happens to their uncaught exceptions (override <see cref="UncaughtException(JThread, Exception)"/>).
/// </para>
/// <para>
/// As in Java 21, a group does not keep its threads or subgroups alive: an ended thread drops out of the counts,
/// and an empty group nobody references any more drops out of its parent. Java 21's deprecated <c>destroy</c>,
/// <c>isDestroyed</c>, <c>setDaemon</c> and <c>isDaemon</c> of groups are not provided.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var workers = new JThreadGroup("workers");
/// new JThread(workers, () => JThread.Sleep(1000), "w1").Start();
/// Console.WriteLine(workers.ActiveCount()); // 1
/// workers.Interrupt();
/// </code>
/// </example>
[DebuggerDisplay("{" + nameof(ToString) + "(),nq}")]
public class JThreadGroup : IUncaughtExceptionHandler
{
    private const int MinPruneAt = 16;

    /// <summary>The root of the tree.</summary>
    internal static readonly JThreadGroup Root = new();

    /// <summary>The group of the main thread and of adopted threads.</summary>
    internal static readonly JThreadGroup Main = new(Root, "main");

    private readonly JThreadGroup? _parent;
    private readonly string? _name;
    private readonly Lock _lock = new();
    private readonly List<WeakReference<JThreadGroup>> _subgroups = [];

    // The size at which AddSubgroup next drops collected subgroups: pruning on every add made creating n groups
    // quadratic; pruning when the list has doubled since keeps it linear, as Java prunes only when its array is full.
    private int _pruneAt = MinPruneAt;
    private int _prunes;
    private volatile int _maxPriority;

    /// <summary>Creates a group whose parent is the current thread's group.</summary>
    /// <param name="name">The group's name; may be <see langword="null"/>.</param>
    public JThreadGroup(string? name)
        : this(JThread.CurrentThread().GetThreadGroup() ?? Main, name)
    {
    }

    /// <summary>Creates a group under <paramref name="parent"/>.</summary>
    /// <param name="parent">The parent group.</param>
    /// <param name="name">The group's name; may be <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="parent"/> is <see langword="null"/>.</exception>
    /// <remarks>The new group's maximum priority is its parent's.</remarks>
    public JThreadGroup(JThreadGroup parent, string? name)
    {
        ArgumentNullException.ThrowIfNull(parent);
        _parent = parent;
        _name = name;
        _maxPriority = parent._maxPriority;
        parent.AddSubgroup(this);
    }

    private JThreadGroup()
    {
        _name = "system";
        _maxPriority = JThread.MaxPriority;
    }

    /// <summary>The group's name.</summary>
    /// <returns>The name, or <see langword="null"/>.</returns>
    public string? GetName() => _name;

    /// <summary>The parent group.</summary>
    /// <returns>The parent; <see langword="null"/> for the root (<c>system</c>).</returns>
    public JThreadGroup? GetParent() => _parent;

    /// <summary>The highest priority a thread in this group can have.</summary>
    /// <returns>The maximum priority.</returns>
    public int GetMaxPriority() => _maxPriority;

    /// <summary>Sets the highest priority for this group and its subgroups.</summary>
    /// <param name="priority">The new maximum; a value outside 1..10 is ignored, as in Java.</param>
    /// <remarks>
    /// Capped at the parent's maximum. Threads already in the group keep their priority, as in Java.
    /// </remarks>
    public void SetMaxPriority(int priority)
    {
        if (priority is < JThread.MinPriority or > JThread.MaxPriority)
        {
            return;
        }

        lock (_lock)
        {
            _maxPriority = _parent is null ? priority : Math.Min(priority, _parent._maxPriority);
        }

        foreach (var group in Subgroups())
        {
            group.SetMaxPriority(priority);
        }
    }

    /// <summary>Whether this group is <paramref name="group"/> or one of its ancestors.</summary>
    /// <param name="group">The group to test; may be <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when this group is <paramref name="group"/> or an ancestor of it.</returns>
    public bool ParentOf(JThreadGroup? group)
    {
        for (; group is not null; group = group._parent)
        {
            if (ReferenceEquals(group, this))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Estimates the live threads in this group and its subgroups.</summary>
    /// <returns>The number of live threads.</returns>
    public int ActiveCount()
    {
        var count = 0;
        foreach (var thread in LiveThreads.Snapshot())
        {
            if (ParentOf(thread.Group))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Copies the live threads of this group (and, with <paramref name="recurse"/>, its subgroups) into <paramref name="list"/>.</summary>
    /// <param name="list">Where to put them; extra threads are silently left out.</param>
    /// <param name="recurse">Whether to include subgroups.</param>
    /// <returns>How many were copied.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="list"/> is <see langword="null"/>.</exception>
#pragma warning disable RS0026 // Both Enumerate overloads take an optional 'recurse', as the pinned API (Java's ThreadGroup) has it.
    public int Enumerate(JThread[] list, bool recurse = true)
#pragma warning restore RS0026
    {
        ArgumentNullException.ThrowIfNull(list);
        var count = 0;
        foreach (var thread in LiveThreads.Snapshot())
        {
            if (count == list.Length)
            {
                break;
            }

            if (recurse ? ParentOf(thread.Group) : ReferenceEquals(thread.Group, this))
            {
                list[count++] = thread;
            }
        }

        return count;
    }

    /// <summary>Estimates the live subgroups of this group, at every depth.</summary>
    /// <returns>The number of subgroups.</returns>
    public int ActiveGroupCount()
    {
        var count = 0;
        foreach (var group in Subgroups())
        {
            count += 1 + group.ActiveGroupCount();
        }

        return count;
    }

    /// <summary>Copies the subgroups of this group (and, with <paramref name="recurse"/>, theirs) into <paramref name="list"/>.</summary>
    /// <param name="list">Where to put them; extra groups are silently left out.</param>
    /// <param name="recurse">Whether to include subgroups of subgroups.</param>
    /// <returns>How many were copied.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="list"/> is <see langword="null"/>.</exception>
#pragma warning disable RS0026 // See Enumerate(JThread[], bool).
    public int Enumerate(JThreadGroup[] list, bool recurse = true)
#pragma warning restore RS0026
    {
        ArgumentNullException.ThrowIfNull(list);
        return EnumerateGroups(list, 0, recurse);
    }

    /// <summary>Interrupts every thread in this group and its subgroups.</summary>
    public void Interrupt()
    {
        foreach (var thread in LiveThreads.Snapshot())
        {
            if (ParentOf(thread.Group))
            {
                thread.Interrupt();
            }
        }
    }

    /// <summary>Prints this group, its threads and its subgroups to standard output, indented by depth.</summary>
    public void List() => List(Console.Out, LiveThreads.Snapshot(), 0);

    /// <summary>
    /// Called when a thread of this group ends with an uncaught exception and has no handler of its own.
    /// </summary>
    /// <param name="thread">The dying thread.</param>
    /// <param name="exception">The exception.</param>
    /// <remarks>
    /// By default passes the exception to the parent group; the root calls
    /// <see cref="JThread.GetDefaultUncaughtExceptionHandler"/> if one is set, else prints
    /// <c>Exception in thread "NAME" </c> and the exception to standard error. Override it to handle the
    /// exceptions of a group's threads.
    /// </remarks>
    public virtual void UncaughtException(JThread thread, Exception exception)
    {
        if (_parent is not null)
        {
            _parent.UncaughtException(thread, exception);
            return;
        }

        var handler = JThread.GetDefaultUncaughtExceptionHandler();
        if (handler is not null)
        {
            handler(thread, exception);
        }
        else
        {
            JThread.PrintUncaughtException(thread, exception);
        }
    }

    /// <summary>The group in Java's format: <c>JThreading.JThreadGroup[name=main,maxpri=10]</c>.</summary>
    /// <returns>The type name, the group's name and its maximum priority.</returns>
    public override string ToString() => $"{GetType().FullName}[name={_name ?? "null"},maxpri={_maxPriority}]";

    private void AddSubgroup(JThreadGroup group)
    {
        lock (_lock)
        {
            if (_subgroups.Count >= _pruneAt)
            {
                _subgroups.RemoveAll(static w => !w.TryGetTarget(out _));
                _pruneAt = Math.Max(MinPruneAt, _subgroups.Count * 2);
                _prunes++;
            }

            _subgroups.Add(new WeakReference<JThreadGroup>(group));
        }
    }

    /// <summary>How many times adding a subgroup has pruned the list; for tests.</summary>
    internal int SubgroupPrunes => Volatile.Read(ref _prunes);

    /// <summary>How many subgroup references the list holds now, collected ones included; for tests.</summary>
    internal int SubgroupSlots
    {
        get
        {
            lock (_lock)
            {
                return _subgroups.Count;
            }
        }
    }

    private List<JThreadGroup> Subgroups()
    {
        var live = new List<JThreadGroup>();
        lock (_lock)
        {
            _subgroups.RemoveAll(w =>
            {
                if (w.TryGetTarget(out var group))
                {
                    live.Add(group);
                    return false;
                }

                return true;
            });
        }

        return live;
    }

    private int EnumerateGroups(JThreadGroup[] list, int count, bool recurse)
    {
        foreach (var group in Subgroups())
        {
            if (count == list.Length)
            {
                break;
            }

            list[count++] = group;
            if (recurse)
            {
                count = group.EnumerateGroups(list, count, recurse);
            }
        }

        return count;
    }

    private void List(TextWriter writer, List<JThread> live, int indent)
    {
        writer.Write(new string(' ', indent));
        writer.WriteLine(this);
        indent += 4;
        foreach (var thread in live)
        {
            if (ReferenceEquals(thread.Group, this))
            {
                writer.Write(new string(' ', indent));
                writer.WriteLine(thread);
            }
        }

        foreach (var group in Subgroups())
        {
            group.List(writer, live, indent);
        }
    }
}
