namespace JThreading.Concurrent;

/// <summary>
/// Java 21's <c>Executors.AutoShutdownDelegatedExecutorService</c>, what <see cref="Executors.NewSingleThreadExecutor(IThreadFactory)"/>
/// returns: once the wrapper is unreachable its finalizer shuts the executor down, so a forgotten single-thread
/// executor lets the process end after a collection; an explicit shutdown makes the finalizer unnecessary.
/// </summary>
internal sealed class AutoShutdownExecutorService(IExecutorService executor) : DelegatedExecutorService(executor)
{
    private readonly IExecutorService _executor = executor;

    ~AutoShutdownExecutorService()
    {
        // Java's Cleaner action; on the finalizer thread nothing may throw.
        try
        {
            _executor.Shutdown();
        }
        catch (Exception)
        {
            // Nothing can be reported from a finalizer; the pool stays as it is.
        }
    }

    public override void Shutdown()
    {
        GC.SuppressFinalize(this);
        base.Shutdown();
    }

    public override IList<Action> ShutdownNow()
    {
        GC.SuppressFinalize(this);
        return base.ShutdownNow();
    }

    public override void Close()
    {
        GC.SuppressFinalize(this);
        base.Close();
    }
}
