using JThreading.Concurrent;

namespace JThreading.Tests.Concurrent;

/// <summary>Which form of a stage method a test calls: plain, <c>Async</c>, or <c>Async(executor)</c> (the TCK's ExecutionMode).</summary>
public enum StageMode
{
    Plain,
    Async,
    Executor,
}

/// <summary>An executor that runs each task on a new daemon JThread and counts them; <see cref="JoinAll"/> joins them.</summary>
internal sealed class CountingExecutor : IExecutor
{
    private readonly List<JThread> _threads = [];
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Execute(Action command)
    {
        Interlocked.Increment(ref _count);
        var thread = TestThreads.StartDaemon(command, "counting-executor");
        lock (_threads)
        {
            _threads.Add(thread);
        }
    }

    public void JoinAll()
    {
        JThread[] threads;
        lock (_threads)
        {
            threads = [.. _threads];
        }

        foreach (var thread in threads)
        {
            TestWait.Joined(thread);
        }
    }
}

/// <summary>Calls the form of each stage method a <see cref="StageMode"/> names.</summary>
internal sealed class Stages(StageMode mode)
{
    public CountingExecutor Executor { get; } = new();

    public StageMode Mode => mode;

    public static TheoryData<StageMode, bool> ModesAndOrder()
    {
        var data = new TheoryData<StageMode, bool>();
        foreach (var mode in Enum.GetValues<StageMode>())
        {
            data.Add(mode, false);
            data.Add(mode, true);
        }

        return data;
    }

    /// <summary>Checks the executor ran exactly <paramref name="expected"/> tasks when the mode is <see cref="StageMode.Executor"/>.</summary>
    public void AssertExecutorUsed(int expected)
    {
        Executor.JoinAll();
        Assert.Equal(mode == StageMode.Executor ? expected : 0, Executor.Count);
    }

    public CompletableFuture<U> ThenApply<T, U>(CompletableFuture<T> f, Func<T, U> fn) => mode switch
    {
        StageMode.Plain => f.ThenApply(fn),
        StageMode.Async => f.ThenApplyAsync(fn),
        _ => f.ThenApplyAsync(fn, Executor),
    };

    public CompletableFuture<object?> ThenAccept<T>(CompletableFuture<T> f, Action<T> action) => mode switch
    {
        StageMode.Plain => f.ThenAccept(action),
        StageMode.Async => f.ThenAcceptAsync(action),
        _ => f.ThenAcceptAsync(action, Executor),
    };

    public CompletableFuture<object?> ThenRun<T>(CompletableFuture<T> f, Action action) => mode switch
    {
        StageMode.Plain => f.ThenRun(action),
        StageMode.Async => f.ThenRunAsync(action),
        _ => f.ThenRunAsync(action, Executor),
    };

    public CompletableFuture<V> ThenCombine<T, U, V>(CompletableFuture<T> f, CompletableFuture<U> g, Func<T, U, V> fn) => mode switch
    {
        StageMode.Plain => f.ThenCombine(g, fn),
        StageMode.Async => f.ThenCombineAsync(g, fn),
        _ => f.ThenCombineAsync(g, fn, Executor),
    };

    public CompletableFuture<object?> ThenAcceptBoth<T, U>(CompletableFuture<T> f, CompletableFuture<U> g, Action<T, U> action) => mode switch
    {
        StageMode.Plain => f.ThenAcceptBoth(g, action),
        StageMode.Async => f.ThenAcceptBothAsync(g, action),
        _ => f.ThenAcceptBothAsync(g, action, Executor),
    };

    public CompletableFuture<object?> RunAfterBoth<T, U>(CompletableFuture<T> f, CompletableFuture<U> g, Action action) => mode switch
    {
        StageMode.Plain => f.RunAfterBoth(g, action),
        StageMode.Async => f.RunAfterBothAsync(g, action),
        _ => f.RunAfterBothAsync(g, action, Executor),
    };

    public CompletableFuture<U> ApplyToEither<T, U>(CompletableFuture<T> f, CompletableFuture<T> g, Func<T, U> fn) => mode switch
    {
        StageMode.Plain => f.ApplyToEither(g, fn),
        StageMode.Async => f.ApplyToEitherAsync(g, fn),
        _ => f.ApplyToEitherAsync(g, fn, Executor),
    };

    public CompletableFuture<object?> AcceptEither<T>(CompletableFuture<T> f, CompletableFuture<T> g, Action<T> action) => mode switch
    {
        StageMode.Plain => f.AcceptEither(g, action),
        StageMode.Async => f.AcceptEitherAsync(g, action),
        _ => f.AcceptEitherAsync(g, action, Executor),
    };

    public CompletableFuture<object?> RunAfterEither<T, U>(CompletableFuture<T> f, CompletableFuture<U> g, Action action) => mode switch
    {
        StageMode.Plain => f.RunAfterEither(g, action),
        StageMode.Async => f.RunAfterEitherAsync(g, action),
        _ => f.RunAfterEitherAsync(g, action, Executor),
    };

    public CompletableFuture<U> ThenCompose<T, U>(CompletableFuture<T> f, Func<T, ICompletionStage<U>> fn) => mode switch
    {
        StageMode.Plain => f.ThenCompose(fn),
        StageMode.Async => f.ThenComposeAsync(fn),
        _ => f.ThenComposeAsync(fn, Executor),
    };

    public CompletableFuture<U> Handle<T, U>(CompletableFuture<T> f, Func<T, Exception?, U> fn) => mode switch
    {
        StageMode.Plain => f.Handle(fn),
        StageMode.Async => f.HandleAsync(fn),
        _ => f.HandleAsync(fn, Executor),
    };

    public CompletableFuture<T> WhenComplete<T>(CompletableFuture<T> f, Action<T, Exception?> action) => mode switch
    {
        StageMode.Plain => f.WhenComplete(action),
        StageMode.Async => f.WhenCompleteAsync(action),
        _ => f.WhenCompleteAsync(action, Executor),
    };

    public CompletableFuture<T> Exceptionally<T>(CompletableFuture<T> f, Func<Exception, T> fn) => mode switch
    {
        StageMode.Plain => f.Exceptionally(fn),
        StageMode.Async => f.ExceptionallyAsync(fn),
        _ => f.ExceptionallyAsync(fn, Executor),
    };

    public CompletableFuture<T> ExceptionallyCompose<T>(CompletableFuture<T> f, Func<Exception, ICompletionStage<T>> fn) => mode switch
    {
        StageMode.Plain => f.ExceptionallyCompose(fn),
        StageMode.Async => f.ExceptionallyComposeAsync(fn),
        _ => f.ExceptionallyComposeAsync(fn, Executor),
    };
}

/// <summary>Assertions on how a future completed.</summary>
internal static class FutureAssert
{
    public static T Value<T>(CompletableFuture<T> f) => f.Get(TestTimeouts.UnexpectedTimeoutMillis, TimeUnit.Milliseconds);

    /// <summary>The future failed with a CompletionException around <paramref name="cause"/>: Join, Get and GetNow agree.</summary>
    public static void FailedWithCause<T>(CompletableFuture<T> f, Exception cause)
    {
        var join = Assert.Throws<CompletionException>(() => f.Join());
        Assert.Same(cause, join.InnerException);
        var get = Assert.Throws<ExecutionException>(() => f.Get(TestTimeouts.UnexpectedTimeoutMillis, TimeUnit.Milliseconds));
        Assert.Same(cause, get.InnerException);
        Assert.Same(cause, Assert.Throws<CompletionException>(() => f.GetNow(default!)).InnerException);
        Assert.True(f.IsDone());
        Assert.True(f.IsCompletedExceptionally());
        Assert.False(f.IsCancelled());
        Assert.Equal(FutureState.Failed, f.State());
        Assert.Same(cause, f.ExceptionNow());
    }

    /// <summary>The future failed with a CompletionException around a CancellationException (a dependent of a cancelled stage).</summary>
    public static void FailedWithCancellation<T>(CompletableFuture<T> f)
    {
        var join = Assert.Throws<CompletionException>(() => f.Join());
        Assert.IsType<CancellationException>(join.InnerException);
        Assert.False(f.IsCancelled());
        Assert.True(f.IsCompletedExceptionally());
    }
}
