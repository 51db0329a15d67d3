namespace JThreading.Benchmarks;

/// <summary>
/// Runs work on another thread (a daemon JThread, or a thread-pool thread held for the benchmark) and waits for its
/// result, both sides spinning: for loops that must run on that thread, where a blocking hand-off would cost more
/// than the loop.
/// </summary>
public sealed class SpinWorker : IDisposable
{
    private Func<int>? _work;
    private int _result;
    private volatile bool _done;
    private volatile bool _stopping;
    private volatile bool _stopped;

    private SpinWorker()
    {
    }

    /// <summary>A worker on a new daemon JThread.</summary>
    public static SpinWorker OnJThread()
    {
        var worker = new SpinWorker();
        var thread = new JThread(worker.Serve, "spin worker");
        thread.SetDaemon(true);
        thread.Start();
        return worker;
    }

    /// <summary>A worker on a thread-pool thread, which JThread adopts on its first CurrentThread().</summary>
    public static SpinWorker OnPoolThread()
    {
        var worker = new SpinWorker();
        ThreadPool.UnsafeQueueUserWorkItem(static w => w.Serve(), worker, preferLocal: false);
        return worker;
    }

    /// <summary>Runs <paramref name="work"/> on the worker's thread and returns its result.</summary>
    public int Run(Func<int> work)
    {
        _done = false;
        Volatile.Write(ref _work, work);
        var spinner = default(SpinWait);
        while (!_done)
        {
            spinner.SpinOnce(sleep1Threshold: -1);
        }

        return _result;
    }

    public void Dispose()
    {
        _stopping = true;
        var spinner = default(SpinWait);
        while (!_stopped)
        {
            spinner.SpinOnce(sleep1Threshold: -1);
        }
    }

    private void Serve()
    {
        var spinner = default(SpinWait);
        while (!_stopping)
        {
            var work = Interlocked.Exchange(ref _work, null);
            if (work is null)
            {
                spinner.SpinOnce(sleep1Threshold: -1);
                continue;
            }

            spinner.Reset();
            _result = work();
            _done = true;
        }

        _stopped = true;
    }
}
