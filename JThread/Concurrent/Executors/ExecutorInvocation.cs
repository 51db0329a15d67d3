using System.Diagnostics;

namespace JThreading.Concurrent;

/// <summary>
/// What Java's <c>AbstractExecutorService</c> and the default methods of <c>ExecutorService</c> do on top of
/// <see cref="IExecutor.Execute"/>: <c>invokeAll</c>, <c>invokeAny</c> and <c>close</c>, shared by every executor here.
/// </summary>
internal static class ExecutorInvocation
{
    internal static IList<IFuture<T>> InvokeAll<T>(IExecutor executor, IEnumerable<Func<T>> tasks) =>
        InvokeAll(executor, tasks, NewFutureTask);

    internal static IList<IFuture<T>> InvokeAll<T>(IExecutor executor, IEnumerable<Func<T>> tasks, long timeout, TimeUnit unit) =>
        InvokeAll(executor, tasks, timeout, unit, NewFutureTask);

    /// <summary>Java's <c>invokeAll</c>, each task wrapped by <paramref name="newTask"/> (<c>newTaskFor</c>).</summary>
    internal static IList<IFuture<T>> InvokeAll<T>(IExecutor executor, IEnumerable<Func<T>> tasks, Func<Func<T>, IRunnableFuture<T>> newTask)
    {
        var futures = NewFutures(tasks, newTask);
        try
        {
            foreach (var future in futures)
            {
                executor.Execute(AbstractExecutorService.RunOf(future));
            }

            foreach (var future in futures)
            {
                if (!future.IsDone())
                {
                    try
                    {
                        future.Get();
                    }
                    catch (Exception exception) when (exception is CancellationException or ExecutionException)
                    {
                        // Its future says how it ended.
                    }
                }
            }

            return [.. futures];
        }
        catch
        {
            CancelAll(futures, 0);
            throw;
        }
    }

    /// <summary>Java's timed <c>invokeAll</c>, each task wrapped by <paramref name="newTask"/> (<c>newTaskFor</c>).</summary>
    internal static IList<IFuture<T>> InvokeAll<T>(IExecutor executor, IEnumerable<Func<T>> tasks, long timeout, TimeUnit unit,
        Func<Func<T>, IRunnableFuture<T>> newTask)
    {
        var nanos = unit.ToNanos(timeout);
        var deadline = NanoTime() + nanos;
        var futures = NewFutures(tasks, newTask);
        var next = 0;
        try
        {
            for (var i = 0; i < futures.Count; i++)
            {
                if ((i == 0 ? nanos : deadline - NanoTime()) <= 0)
                {
                    CancelAll(futures, 0);
                    return [.. futures];
                }

                executor.Execute(AbstractExecutorService.RunOf(futures[i]));
            }

            for (; next < futures.Count; next++)
            {
                var future = futures[next];
                if (!future.IsDone())
                {
                    try
                    {
                        future.Get(deadline - NanoTime(), TimeUnit.Nanoseconds);
                    }
                    catch (Exception exception) when (exception is CancellationException or ExecutionException)
                    {
                        // Its future says how it ended.
                    }
                    catch (TimeoutException)
                    {
                        CancelAll(futures, next);
                        return [.. futures];
                    }
                }
            }

            return [.. futures];
        }
        catch
        {
            CancelAll(futures, 0);
            throw;
        }
    }

    /// <summary>
    /// Java's <c>doInvokeAny</c>: starts tasks one at a time, through an <see cref="ExecutorCompletionService{T}"/> of
    /// <paramref name="executor"/> (so its <c>NewTaskFor</c>), until one succeeds; cancels the rest.
    /// </summary>
    internal static T InvokeAny<T>(IExecutor executor, IEnumerable<Func<T>> tasks, bool timed, long timeout, TimeUnit unit)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        var callables = tasks.ToList();
        foreach (var task in callables)
        {
            ArgumentNullException.ThrowIfNull(task, nameof(tasks));
        }

        if (callables.Count == 0)
        {
            throw new ArgumentException(ExceptionMessages.NoTasks, nameof(tasks));
        }

        var completed = new ExecutorCompletionService<T>(executor);
        var futures = new List<IFuture<T>>(callables.Count);
        var nanos = timed ? unit.ToNanos(timeout) : 0;
        var deadline = NanoTime() + nanos;
        try
        {
            ExecutionException? failure = null;
            futures.Add(completed.Submit(callables[0]));
            var pending = callables.Count - 1;
            var active = 1;
            while (true)
            {
                var future = completed.Poll();
                if (future is null)
                {
                    if (pending > 0)
                    {
                        futures.Add(completed.Submit(callables[callables.Count - pending]));
                        --pending;
                        ++active;
                    }
                    else if (active == 0)
                    {
                        break;
                    }
                    else if (timed)
                    {
                        future = completed.Poll(deadline - NanoTime(), TimeUnit.Nanoseconds) ?? throw new TimeoutException();
                    }
                    else
                    {
                        future = completed.Take();
                    }
                }

                if (future is not null)
                {
                    --active;
                    try
                    {
                        return future.Get();
                    }
                    catch (ExecutionException exception)
                    {
                        failure = exception;
                    }
                    catch (CancellationException exception)
                    {
                        failure = JavaText.Execution(exception);
                    }
                }
            }

            throw failure ?? new ExecutionException();
        }
        finally
        {
            foreach (var future in futures)
            {
                future.Cancel(true);
            }
        }
    }

    /// <summary>Java 19's <c>ExecutorService.close()</c>.</summary>
    internal static void Close(IExecutorService executor)
    {
        var terminated = executor.IsTerminated();
        if (terminated)
        {
            return;
        }

        executor.Shutdown();
        var interrupted = false;
        while (!terminated)
        {
            try
            {
                terminated = executor.AwaitTermination(1, TimeUnit.Days);
            }
            catch (InterruptedException)
            {
                if (!interrupted)
                {
                    executor.ShutdownNow();
                    interrupted = true;
                }
            }
        }

        if (interrupted)
        {
            JThread.CurrentThread().Interrupt();
        }
    }

    /// <summary>Nanoseconds on the monotonic clock, for deadlines: Java's <c>System.nanoTime()</c>.</summary>
    internal static long NanoTime()
    {
        var ticks = Stopwatch.GetTimestamp();
        return Stopwatch.Frequency == 1_000_000_000 ? ticks : (long)((Int128)ticks * 1_000_000_000 / Stopwatch.Frequency);
    }

    private static IRunnableFuture<T> NewFutureTask<T>(Func<T> task) => new FutureTask<T>(task, task);

    private static List<IRunnableFuture<T>> NewFutures<T>(IEnumerable<Func<T>> tasks, Func<Func<T>, IRunnableFuture<T>> newTask)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        var futures = new List<IRunnableFuture<T>>();
        foreach (var task in tasks)
        {
            ArgumentNullException.ThrowIfNull(task, nameof(tasks));
            futures.Add(newTask(task));
        }

        return futures;
    }

    private static void CancelAll<T>(List<IRunnableFuture<T>> futures, int from)
    {
        for (var i = from; i < futures.Count; i++)
        {
            futures[i].Cancel(true);
        }
    }
}
