using System.Globalization;

namespace JThreading.Concurrent;

/// <summary>
/// Java's <c>Executors.defaultThreadFactory()</c>: non-daemon threads of normal priority named
/// <c>pool-N-thread-M</c>, in the group of the thread that created the factory.
/// </summary>
internal sealed class PoolThreadFactory : IThreadFactory
{
    private static int s_poolNumber;

    private readonly JThreadGroup _group;
    private readonly string _namePrefix;
    private int _threadNumber;

    internal PoolThreadFactory()
    {
        _group = JThread.CurrentThread().GetThreadGroup() ?? JThreadGroup.Main;
        _namePrefix = "pool-" + Interlocked.Increment(ref s_poolNumber).ToString(CultureInfo.InvariantCulture) + "-thread-";
    }

    public JThread NewThread(Action task)
    {
        ArgumentNullException.ThrowIfNull(task);
        var thread = new JThread(_group, task, _namePrefix + Interlocked.Increment(ref _threadNumber).ToString(CultureInfo.InvariantCulture));
        if (thread.IsDaemon())
        {
            thread.SetDaemon(false);
        }

        if (thread.GetPriority() != JThread.NormPriority)
        {
            thread.SetPriority(JThread.NormPriority);
        }

        return thread;
    }

    public override string ToString() => ObjectIdentity.Describe(this);
}
