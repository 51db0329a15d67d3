namespace JThreading;

/// <summary>
/// Every live thread JThread knows: started JThreads until they end, and adopted threads until their .NET thread
/// ends. Adopted threads cannot tell anyone that they ended, so they are dropped when a snapshot sees them dead and,
/// to bound the set, whenever it has doubled since the last sweep.
/// </summary>
internal static class LiveThreads
{
    private static readonly Lock s_lock = new();
    private static readonly HashSet<JThread> s_threads = new(ReferenceEqualityComparer.Instance);
    private static int s_sweepAt = 64;

    internal static void Add(JThread thread)
    {
        lock (s_lock)
        {
            s_threads.Add(thread);
            if (s_threads.Count >= s_sweepAt)
            {
                s_threads.RemoveWhere(static t => t.IsTerminated);
                s_sweepAt = Math.Max(64, s_threads.Count * 2);
            }
        }
    }

    internal static void Remove(JThread thread)
    {
        lock (s_lock)
        {
            s_threads.Remove(thread);
        }
    }

    /// <summary>The live threads now, oldest id first.</summary>
    internal static List<JThread> Snapshot()
    {
        List<JThread> live;
        lock (s_lock)
        {
            s_threads.RemoveWhere(static t => t.IsTerminated);
            live = [.. s_threads];
        }

        live.Sort(static (a, b) => a.ThreadId().CompareTo(b.ThreadId()));
        return live;
    }

    internal static (int NonDaemon, int Daemon) CountByDaemon()
    {
        int nonDaemon = 0, daemon = 0;
        foreach (var thread in Snapshot())
        {
            if (thread.IsDaemon())
            {
                daemon++;
            }
            else
            {
                nonDaemon++;
            }
        }

        return (nonDaemon, daemon);
    }
}
