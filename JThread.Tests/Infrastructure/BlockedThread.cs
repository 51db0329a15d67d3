namespace JThreading.Tests;

/// <summary>A started daemon JThread that stays alive, blocked in a plain .NET wait, until disposed.</summary>
internal sealed class BlockedThread : IDisposable
{
    private readonly ManualResetEventSlim _release = new();

    public BlockedThread(string name = "blocked") =>
        Thread = TestThreads.StartDaemon(() => _release.Wait(TestTimeouts.UnexpectedTimeout), name);

    public JThread Thread { get; }

    /// <summary>Lets the thread end.</summary>
    public void Release() => _release.Set();

    /// <summary>Lets the thread end and joins it.</summary>
    public void Dispose()
    {
        Release();
        TestWait.Joined(Thread);
        _release.Dispose();
    }
}
