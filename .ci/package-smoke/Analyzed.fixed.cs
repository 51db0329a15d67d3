// Analyzed.cs once dotnet format has applied the package's code fixes for JT0001, JT0003, JT0006, JT0007, JT0009 and
// JT0010 (.ci/package-smoke/run compares the two). JT0002, JT0004, JT0005 and JT0008 have no fix.
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
            JThread.CurrentThread().Interrupt();
        }
    }

    public JThread UnhandledInterruptedException() => new(() => JThread.Sleep(10));

    public void WaitNotInLoop()
    {
        lock (_lock)
        {
            while (!_ready)
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

    public JThread DotNetWait() => new(() => JThread.Sleep(10));

    public void RunInsteadOfStart(JThread thread) => thread.Start();

    public void SetDaemonAfterStart(JThread thread)
    {
        thread.Start();
        thread.SetDaemon(true);
    }

    public void FutureIgnored(IExecutorService pool) => pool.Execute(() => { });

    public void ExecutorNotShutDown()
    {
        using var pool = Executors.NewFixedThreadPool(2);
        pool.Execute(() => { });
    }
}
