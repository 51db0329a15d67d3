using BenchmarkDotNet.Attributes;
using JThreading.Concurrent;

namespace JThreading.Benchmarks;

/// <summary>
/// From an interrupt to the waiting thread being awake, as a round trip: a worker waits on an
/// <see cref="ICondition"/> of a <see cref="ReentrantLock"/>, the benchmark interrupts it, the worker catches
/// <see cref="InterruptedException"/> with the lock held again and signals back. The baseline is .NET's nearest:
/// <see cref="Thread.Interrupt"/> waking <see cref="Monitor.Wait(object)"/>.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ConditionInterruptBenchmark : WorkerBenchmark
{
    // The signal back; no spinning, as in InterruptWakeBenchmark.
    private readonly ManualResetEventSlim _woke = new(false, spinCount: 0);
    private readonly object _monitor = new();
    private readonly ReentrantLock _lock = new();
    private ICondition? _condition;
    private Thread? _worker;
    private JThread? _jworker;

    [GlobalSetup(Target = nameof(MonitorWaitInterrupt))]
    public void StartRawWorker() => _worker = StartRaw(() =>
    {
        lock (_monitor)
        {
            while (!Stopping)
            {
                try
                {
                    Monitor.Wait(_monitor);
                }
                catch (ThreadInterruptedException)
                {
                    _woke.Set();
                }
            }
        }
    }, "monitor waiter");

    [GlobalSetup(Target = nameof(ConditionAwaitInterrupt))]
    public void StartJThreadWorker()
    {
        _condition = _lock.NewCondition();
        var condition = _condition;
        _jworker = StartDaemon(() =>
        {
            _lock.Lock();
            try
            {
                while (!Stopping)
                {
                    try
                    {
                        condition.Await();
                    }
                    #pragma warning disable JT0001 // on purpose: the interrupt is the wake-up being measured; the thread ends after the catch
                    catch (InterruptedException)
                    #pragma warning restore JT0001
                    {
                        _woke.Set();
                    }
                }
            }
            finally
            {
                _lock.Unlock();
            }
        }, "condition waiter");
    }

    [Benchmark(Baseline = true, Description = "Thread.Interrupt -> Monitor.Wait wakes")]
    public void MonitorWaitInterrupt()
    {
        var worker = _worker!;
        while ((worker.ThreadState & ThreadState.WaitSleepJoin) == 0)
        {
            Thread.SpinWait(20);
        }

        _woke.Reset();
        worker.Interrupt();
        _woke.Wait();
    }

    [Benchmark(Description = "JThread.Interrupt -> ICondition.Await wakes")]
    public void ConditionAwaitInterrupt()
    {
        var worker = _jworker!;
        while (worker.GetState() != JThreadState.Waiting)
        {
            Thread.SpinWait(20);
        }

        _woke.Reset();
        worker.Interrupt();
        _woke.Wait();
    }

    protected override void WakeRawWorker(Thread worker) => worker.Interrupt();

    protected override void WakeJThreadWorker(JThread worker) => worker.Interrupt();
}
