using System.Collections.Concurrent;

namespace JThreading;

/// <summary>
/// Brings the continuations of an asynchronous main back to the main thread, as a UI thread's context does, so that
/// after an <c>await</c> <see cref="JThread.CurrentThread"/> is still <c>"main"</c> and the threads main creates are
/// non-daemon, as its own. Used only by <see cref="JRuntime.RunMain(string[], Func{string[], Task})"/>, whose thread
/// pumps it until main's task completes; anything posted after that goes to the thread pool. A posted callback that
/// throws, on the pump or later on the pool, is dispatched as an uncaught exception of main
/// (<c>Exception in thread "main" ...</c>) and the program goes on: .NET would end the process for an exception
/// escaping a pool callback.
/// </summary>
internal sealed class MainThreadSynchronizationContext : SynchronizationContext
{
    private readonly BlockingCollection<(SendOrPostCallback Callback, object? State)> _queue = [];
    private readonly Thread _mainThread = Thread.CurrentThread;
    private JThread? _main;

    public override void Post(SendOrPostCallback d, object? state)
    {
        ArgumentNullException.ThrowIfNull(d);
        if (!_queue.IsAddingCompleted)
        {
            try
            {
                _queue.Add((d, state));
                return;
            }
            catch (InvalidOperationException)
            {
                // Main's task completed in between: nobody pumps this queue any more.
            }
        }

        ThreadPool.QueueUserWorkItem(static item => item.Context.RunLate(item.Callback, item.State), (Context: this, Callback: d, State: state), preferLocal: false);
    }

    public override void Send(SendOrPostCallback d, object? state)
    {
        ArgumentNullException.ThrowIfNull(d);
        if (Thread.CurrentThread == _mainThread)
        {
            d(state);
            return;
        }

        using var done = new ManualResetEventSlim();
        Exception? failure = null;
        Post(
            _ =>
            {
                try
                {
                    d(state);
                }
                catch (Exception exception)
                {
                    failure = exception;
                }
                finally
                {
                    done.Set();
                }
            },
            null);
        done.Wait();
        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }
    }

    public override SynchronizationContext CreateCopy() => this;

    /// <summary>Runs posted continuations on the calling (main) thread until <paramref name="task"/> completes.</summary>
    internal void RunUntilComplete(Task task)
    {
        _main = JThread.CurrentThread();
        task.ContinueWith(static (_, queue) => ((BlockingCollection<(SendOrPostCallback, object?)>)queue!).CompleteAdding(), _queue, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        foreach (var (callback, state) in _queue.GetConsumingEnumerable())
        {
            try
            {
                callback(state);
            }
            catch (Exception exception)
            {
                // A posted callback that throws (an async void method's exception, rethrown on its context) must not
                // end the pump: later continuations of main would never run, and a KeepAlive lease held across an
                // await would never be released. It is reported as an uncaught exception of main, and main goes on.
                _main.DispatchUncaughtException(exception);
            }
        }
    }

    /// <summary>A callback posted after main's task completed, on a pool thread: reported as the pump reports it.</summary>
    private void RunLate(SendOrPostCallback callback, object? state)
    {
        try
        {
            callback(state);
        }
        catch (Exception exception)
        {
            if (_main is { } main)
            {
                main.DispatchUncaughtException(exception);
            }
            else
            {
                StandardError.WriteLine($"Exception in thread \"main\" {SafeText.Describe(exception)}");
            }
        }
    }
}
