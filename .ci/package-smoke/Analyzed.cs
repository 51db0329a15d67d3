// The CI's analyzer check (.ci/package-smoke/run): added to the fresh app after its run. Each method below holds one
// mistake a JThread analyzer reports; the script expects exactly these rules, each once, from this file.
using System.Threading;
using JThreading;
using JThreading.Concurrent;

internal sealed class Analyzed
{
    private readonly object _lock = new();
    private readonly Lock _gate = new();
    private bool _ready;

    public void SwallowedInterrupt()
    {
        try
        {
            JThread.Sleep(10);
        }
        catch (InterruptedException)
        {
        }
    }

    public JThread UnhandledInterruptedException() => new(() => JThread.Sleep(10));

    public void WaitNotInLoop()
    {
        lock (_lock)
        {
            if (!_ready)
            {
                JMonitor.Wait(_lock);
            }
        }
    }

    public void MonitorNotLocked() => JMonitor.Notify(_lock);

    public void MonitorOnLockType()
    {
        lock (_gate)
        {
            _ready = true;
            JMonitor.Notify(_gate);
        }
    }

    public JThread DotNetWait() => new(() => Thread.Sleep(10));

    public void RunInsteadOfStart(JThread thread) => thread.Run();

    public void SetDaemonAfterStart(JThread thread)
    {
        thread.Start();
        thread.SetDaemon(true);
    }

    public void FutureIgnored(IExecutorService pool) => pool.Submit(() => { });

    public void ExecutorNotShutDown()
    {
        var pool = Executors.NewFixedThreadPool(2);
        pool.Execute(() => { });
    }
}
