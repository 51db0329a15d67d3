namespace JThreading.Tests.Threads;

/// <summary>
/// Started threads that wait in a plain .NET wait (which a JThread interrupt does not end) until disposed; dispose
/// releases and joins them all.
/// </summary>
internal sealed class WaitingThreads : IDisposable
{
    private readonly ManualResetEventSlim _release = new();
    private readonly List<JThread> _threads = [];

    public JThread Start(JThreadGroup group, string name)
    {
        #pragma warning disable JT0006 // on purpose: a .NET wait the test ends itself (gate set, or time up); nothing interrupts this thread
        var thread = new JThread(group, () => _release.Wait(TestTimeouts.UnexpectedTimeout), name);
        #pragma warning restore JT0006
        thread.Start();
        _threads.Add(thread);
        return thread;
    }

    public void Dispose()
    {
        _release.Set();
        foreach (var thread in _threads)
        {
            TestWait.Joined(thread);
        }

        _release.Dispose();
    }
}
