namespace JThreading;

/// <summary>
/// A parked background .NET thread kept ready for one registered shutdown hook, so that starting the hooks at
/// shutdown does not create threads: creating one took 250-600 us on the 2-core machine this was measured on, the
/// largest part of the gap between the last non-daemon thread's end and the first hook running. The hook still runs
/// as its own <see cref="JThread"/>; only the .NET thread under it was made earlier. Released (the thread simply
/// ends) when the hook is removed or started some other way.
/// </summary>
internal sealed class ShutdownHookRunner
{
    private readonly ManualResetEventSlim _go = new();
    private JThread? _hook;
    private long _osThreadId;

    internal ShutdownHookRunner()
    {
        Thread = new Thread(WaitThenRun) { IsBackground = true, Name = "JThread shutdown hook runner" };

        // Without the registrant's ExecutionContext: its AsyncLocal values must neither live as long as the process
        // nor be seen by the hook, which runs as a thread of its own.
        Thread.UnsafeStart();
    }

    /// <summary>The .NET thread the hook will run on.</summary>
    internal Thread Thread { get; }

    /// <summary>The OS id of <see cref="Thread"/>, once it runs; for the thread dump.</summary>
    internal long OsThreadId => Volatile.Read(ref _osThreadId);

    /// <summary>Runs <paramref name="hook"/>, which has just been marked started on this runner's thread.</summary>
    internal void Run(JThread hook)
    {
        _hook = hook;
        _go.Set();
    }

    /// <summary>Lets the parked thread end without running anything.</summary>
    internal void Release() => _go.Set();

    private void WaitThenRun()
    {
        Volatile.Write(ref _osThreadId, OsThread.CurrentId());
        _go.Wait();
        _hook?.RunOnThisThread();
    }
}
