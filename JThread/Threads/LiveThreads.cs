namespace JThreading;

/// <summary>
/// Every live thread JThread knows, by the id of its .NET thread: started JThreads until they end, and adopted
/// threads until their .NET thread ends. It is also how <see cref="JThread.CurrentThread"/> finds a started JThread
/// on the first call on its own thread. Adopted threads cannot tell anyone that they ended, so they are dropped when
/// a snapshot sees them dead, when .NET gives their id to a new thread, and, to bound the table, whenever it has
/// doubled since the last sweep.
/// </summary>
internal static class LiveThreads
{
    private static readonly Lock s_lock = new();
    private static readonly Dictionary<int, JThread> s_threads = [];
    private static int s_sweepAt = 64;

    internal static void Add(JThread thread)
    {
        lock (s_lock)
        {
            // An entry already under this id is an ended adopted thread whose id .NET has given again.
            s_threads[thread.NetThreadId] = thread;
            if (s_threads.Count >= s_sweepAt)
            {
                SweepEndedAdoptedThreads();
                s_sweepAt = Math.Max(64, s_threads.Count * 2);
            }
        }
    }

    internal static void Remove(JThread thread)
    {
        lock (s_lock)
        {
            var id = thread.NetThreadId;
            if (s_threads.TryGetValue(id, out var entry) && ReferenceEquals(entry, thread))
            {
                s_threads.Remove(id);
            }
        }
    }

    /// <summary>The thread registered under a .NET thread id, if any.</summary>
    internal static JThread? Find(int netThreadId)
    {
        lock (s_lock)
        {
            return s_threads.GetValueOrDefault(netThreadId);
        }
    }

    /// <summary>The live threads now, oldest id first.</summary>
    internal static List<JThread> Snapshot()
    {
        var live = new List<JThread>();
        lock (s_lock)
        {
            SweepEndedAdoptedThreads();
            foreach (var thread in s_threads.Values)
            {
                // A started thread that has ended stays listed until the very end of its Terminate().
                if (!thread.IsTerminated)
                {
                    live.Add(thread);
                }
            }
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

    /// <summary>Drops adopted threads that have ended; under <see cref="s_lock"/>. Started ones remove themselves.</summary>
    private static void SweepEndedAdoptedThreads()
    {
        foreach (var (id, thread) in s_threads)
        {
            if (thread.IsAdopted && thread.IsTerminated)
            {
                s_threads.Remove(id);
            }
        }
    }
}
