using BenchmarkDotNet.Attributes;

namespace JThreading.Benchmarks;

/// <summary>
/// A ping-pong round trip through one lock: <see cref="JMonitor.Wait(object)"/>/<see cref="JMonitor.Notify(object)"/>
/// against <see cref="Monitor.Wait(object)"/>/<see cref="Monitor.Pulse(object)"/>.
/// </summary>
[MemoryDiagnoser]
public class MonitorWaitNotifyBenchmark : WorkerBenchmark
{
    private readonly object _lock = new();

    // Whose turn it is, read and written under _lock: true for the worker.
    private bool _workerTurn;

    [GlobalSetup(Target = nameof(MonitorPingPong))]
    public void StartRawWorker() => StartRaw(() => Pong(static o => Monitor.Wait(o), Monitor.Pulse), "monitor ponger");

    [GlobalSetup(Target = nameof(JMonitorPingPong))]
    public void StartJThreadWorker() => StartDaemon(() => Pong(JMonitor.Wait, JMonitor.Notify), "jmonitor ponger");

    [Benchmark(Baseline = true, Description = "Monitor.Wait/Pulse ping-pong")]
    public void MonitorPingPong()
    {
        lock (_lock)
        {
            _workerTurn = true;
            Monitor.Pulse(_lock);
            while (_workerTurn)
            {
                Monitor.Wait(_lock);
            }
        }
    }

    [Benchmark(Description = "JMonitor.Wait/Notify ping-pong")]
    public void JMonitorPingPong()
    {
        lock (_lock)
        {
            _workerTurn = true;
            JMonitor.Notify(_lock);
            while (_workerTurn)
            {
                JMonitor.Wait(_lock);
            }
        }
    }

    protected override void WakeRawWorker(Thread worker)
    {
        lock (_lock)
        {
            Monitor.PulseAll(_lock);
        }
    }

    protected override void WakeJThreadWorker(JThread worker)
    {
        lock (_lock)
        {
            JMonitor.NotifyAll(_lock);
        }
    }

    private void Pong(Action<object> wait, Action<object> notify)
    {
        lock (_lock)
        {
            while (true)
            {
                while (!_workerTurn && !Stopping)
                {
                    wait(_lock);
                }

                if (Stopping)
                {
                    return;
                }

                _workerTurn = false;
                notify(_lock);
            }
        }
    }
}
