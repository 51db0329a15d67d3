namespace JThreading.Concurrent;

/// <summary>
/// Java's <c>Executors.DelegatedExecutorService</c>: exposes only the <see cref="IExecutorService"/> methods of an
/// executor, so a caller cannot cast it back and reconfigure it. Every call keeps the wrapper reachable until it
/// returns (Java's <c>reachabilityFence</c>), for the subclass that shuts its executor down when the wrapper is
/// collected.
/// </summary>
internal class DelegatedExecutorService(IExecutorService executor) : AbstractExecutorService
{
    public override void Execute(Action command)
    {
        try
        {
            executor.Execute(command);
        }
        finally
        {
            GC.KeepAlive(this);
        }
    }

    public override IFuture Submit(Action task)
    {
        try
        {
            return executor.Submit(task);
        }
        finally
        {
            GC.KeepAlive(this);
        }
    }

    public override IFuture<T> Submit<T>(Func<T> task)
    {
        try
        {
            return executor.Submit(task);
        }
        finally
        {
            GC.KeepAlive(this);
        }
    }

    public override IFuture<T> Submit<T>(Action task, T result)
    {
        try
        {
            return executor.Submit(task, result);
        }
        finally
        {
            GC.KeepAlive(this);
        }
    }

    public override IList<IFuture<T>> InvokeAll<T>(IEnumerable<Func<T>> tasks)
    {
        try
        {
            return executor.InvokeAll(tasks);
        }
        finally
        {
            GC.KeepAlive(this);
        }
    }

    public override IList<IFuture<T>> InvokeAll<T>(IEnumerable<Func<T>> tasks, long timeout, TimeUnit unit)
    {
        try
        {
            return executor.InvokeAll(tasks, timeout, unit);
        }
        finally
        {
            GC.KeepAlive(this);
        }
    }

    public override T InvokeAny<T>(IEnumerable<Func<T>> tasks)
    {
        try
        {
            return executor.InvokeAny(tasks);
        }
        finally
        {
            GC.KeepAlive(this);
        }
    }

    public override T InvokeAny<T>(IEnumerable<Func<T>> tasks, long timeout, TimeUnit unit)
    {
        try
        {
            return executor.InvokeAny(tasks, timeout, unit);
        }
        finally
        {
            GC.KeepAlive(this);
        }
    }

    public override void Shutdown()
    {
        try
        {
            executor.Shutdown();
        }
        finally
        {
            GC.KeepAlive(this);
        }
    }

    public override IList<Action> ShutdownNow()
    {
        try
        {
            return executor.ShutdownNow();
        }
        finally
        {
            GC.KeepAlive(this);
        }
    }

    public override bool IsShutdown()
    {
        try
        {
            return executor.IsShutdown();
        }
        finally
        {
            GC.KeepAlive(this);
        }
    }

    public override bool IsTerminated()
    {
        try
        {
            return executor.IsTerminated();
        }
        finally
        {
            GC.KeepAlive(this);
        }
    }

    public override bool AwaitTermination(long timeout, TimeUnit unit)
    {
        try
        {
            return executor.AwaitTermination(timeout, unit);
        }
        finally
        {
            GC.KeepAlive(this);
        }
    }

    public override void Close()
    {
        try
        {
            executor.Close();
        }
        finally
        {
            GC.KeepAlive(this);
        }
    }

    public override string ToString() => ObjectIdentity.Describe(this);
}
