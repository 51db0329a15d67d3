using BenchmarkDotNet.Attributes;

namespace JThreading.Benchmarks;

/// <summary>
/// A round-trip benchmark against one worker thread: a raw .NET thread for the baseline, a daemon JThread for
/// JThread's case. The worker lives from [GlobalSetup] to [GlobalCleanup], where it is told to stop, woken and joined.
/// </summary>
public abstract class WorkerBenchmark
{
    private Thread? _worker;
    private JThread? _jworker;
    private bool _stopping;

    /// <summary>Read by the worker loops; set once, in cleanup.</summary>
    protected bool Stopping => Volatile.Read(ref _stopping);

    [GlobalCleanup]
    public void StopWorker()
    {
        Volatile.Write(ref _stopping, true);
        if (_worker is not null)
        {
            WakeRawWorker(_worker);
            _worker.Join();
        }

        if (_jworker is not null)
        {
            WakeJThreadWorker(_jworker);
            _jworker.Join();
        }
    }

    protected Thread StartRaw(ThreadStart loop, string name)
    {
        _worker = new Thread(loop) { IsBackground = true, Name = name };
        _worker.Start();
        return _worker;
    }

    /// <summary>Starts the raw baseline's ponger: waits on <paramref name="ping"/>, releases <paramref name="pong"/>, until stopped.</summary>
    protected Thread StartSemaphorePonger(SemaphoreSlim ping, SemaphoreSlim pong, string name) => StartRaw(() =>
    {
        while (true)
        {
            ping.Wait();
            if (Stopping)
            {
                return;
            }

            pong.Release();
        }
    }, name);

    protected JThread StartDaemon(Action loop, string name)
    {
        _jworker = new JThread(loop, name);
        _jworker.SetDaemon(true);
        _jworker.Start();
        return _jworker;
    }

    /// <summary>
    /// One interrupt-to-wake round trip for a raw worker: waits until it is really blocked (or the round trip would
    /// skip the wake-up), interrupts it, and waits for its signal back on <paramref name="woke"/>.
    /// </summary>
    protected static void InterruptWhenBlocked(Thread worker, ManualResetEventSlim woke)
    {
        while ((worker.ThreadState & ThreadState.WaitSleepJoin) == 0)
        {
            Thread.SpinWait(20);
        }

        woke.Reset();
        worker.Interrupt();
        woke.Wait();
    }

    /// <summary>The same for a JThread worker, which must first report <paramref name="blockedState"/>.</summary>
    protected static void InterruptWhenIn(JThread worker, JThreadState blockedState, ManualResetEventSlim woke)
    {
        while (worker.GetState() != blockedState)
        {
            Thread.SpinWait(20);
        }

        woke.Reset();
        worker.Interrupt();
        woke.Wait();
    }

    /// <summary>Makes the raw worker see <see cref="Stopping"/> from wherever it waits.</summary>
    protected abstract void WakeRawWorker(Thread worker);

    /// <summary>Makes the JThread worker see <see cref="Stopping"/> from wherever it waits.</summary>
    protected abstract void WakeJThreadWorker(JThread worker);
}
