namespace JThreading.Tests;

/// <summary>
/// A raw .NET thread, not created by JThread, that calls <see cref="JThread.CurrentThread"/> (so JThread adopts it)
/// and then stays alive until <see cref="End"/>.
/// </summary>
internal sealed class AdoptedRawThread : IDisposable
{
    private readonly ManualResetEventSlim _adopted = new();
    private readonly ManualResetEventSlim _release = new();
    private JThread? _adoptedThread;

    public AdoptedRawThread(string? name = null, bool background = true)
    {
        Net = new Thread(() =>
        {
            _adoptedThread = JThread.CurrentThread();
            _adopted.Set();
            _release.Wait(TestTimeouts.UnexpectedTimeout);
        })
        {
            Name = name,
            IsBackground = background,
        };
        Net.Start();
        Assert.True(_adopted.Wait(TestTimeouts.UnexpectedTimeout), "the raw thread did not start");
    }

    /// <summary>The .NET thread.</summary>
    public Thread Net { get; }

    /// <summary>What <see cref="JThread.CurrentThread"/> returned on it.</summary>
    public JThread Adopted => _adoptedThread!;

    /// <summary>Lets the raw thread end and waits until it has.</summary>
    public void End()
    {
        _release.Set();
        Assert.True(Net.Join(TestTimeouts.UnexpectedTimeout), "the raw thread did not end");
    }

    public void Dispose()
    {
        End();
        _adopted.Dispose();
        _release.Dispose();
    }
}
