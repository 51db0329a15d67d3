using System.Runtime.CompilerServices;

namespace JThreading;

public partial class JThread
{
    /// <summary>The thread that calls this method.</summary>
    /// <returns>
    /// Inside <see cref="Run"/>, the running <see cref="JThread"/>; on the process's main thread, the thread named
    /// <c>"main"</c> with id 1; on any other thread (thread pool, <see cref="Task"/>, a raw <see cref="Thread"/>), a
    /// <see cref="JThread"/> adopted on the first call and returned from then on.
    /// </returns>
    /// <remarks>
    /// Java's <c>Thread.currentThread()</c>. An adopted thread takes the .NET thread's name (or <c>"Thread-n"</c>),
    /// is a daemon when the .NET thread is a background thread, and belongs to the <c>main</c> group; once its .NET
    /// thread ends it drops out of groups and counts by itself. An adopted thread-pool thread is adopted once, for the
    /// life of the pool thread, not per work item: its interrupt flag and inheritable values belong to the pool thread
    /// and stay into the next, unrelated work item that runs on it. Code that interrupts pool threads should clear the
    /// flag (<see cref="Interrupted"/>) before its work item ends.
    /// </remarks>
    public static JThread CurrentThread() => t_current ?? AdoptCurrentThread();

    /// <summary>The first call on a thread: a started JThread's own thread, or else a thread to adopt.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static JThread AdoptCurrentThread() =>
        FindStartedCurrentThread()
        ?? Adopt(asMain: Thread.CurrentThread.ManagedThreadId == 1 && Volatile.Read(ref s_main) is null);

    /// <summary>
    /// The started JThread whose .NET thread calls this, found in <see cref="LiveThreads"/> (its
    /// <see cref="ThreadMain"/> leaves <see cref="t_current"/> unset) and cached there; <see langword="null"/> on any
    /// other thread.
    /// </summary>
    private static JThread? FindStartedCurrentThread()
    {
        var thread = Thread.CurrentThread;
        if (LiveThreads.Find(thread.ManagedThreadId) is { IsAdopted: false } started && ReferenceEquals(started._thread, thread))
        {
            t_current = started;
            return started;
        }

        return null;
    }

    /// <summary>Makes the calling thread the process's <c>"main"</c> thread, for <see cref="JRuntime.RunMain(string[], Action{string[]})"/>.</summary>
    internal static JThread AdoptCallerAsMain()
    {
        if ((t_current ?? FindStartedCurrentThread()) is null && Volatile.Read(ref s_main) is null)
        {
            return Adopt(asMain: true);
        }

        var current = CurrentThread();
        current._name = "main";
        current._daemon = false;
        Volatile.Write(ref s_main, current);
        return current;
    }

    private static JThread Adopt(bool asMain)
    {
        var thread = Thread.CurrentThread;

        // Never touch IsBackground of the main thread: setting it makes CoreCLR stop waiting for foreground threads.
        var adopted = asMain
            ? new JThread(thread, MainThreadId, "main", daemon: false)
            : new JThread(thread, Interlocked.Increment(ref s_lastThreadId), thread.Name ?? NextThreadName(), thread.IsBackground);
        if (asMain)
        {
            Volatile.Write(ref s_main, adopted);
            ProcessLifetime.NoteMainThread(thread);
        }

        t_current = adopted;
        LiveThreads.Add(adopted);
        return adopted;
    }
}
