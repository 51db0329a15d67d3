using BenchmarkDotNet.Attributes;

namespace JThreading.Benchmarks;

/// <summary>
/// A ping-pong round trip between the benchmark thread and a worker: <see cref="LockSupport.Unpark(JThread?)"/> and
/// <see cref="LockSupport.Park"/> against the same hand-off through two <see cref="ManualResetEventSlim"/>s that block
/// without spinning, as a park does (the baseline), and through two <see cref="SemaphoreSlim"/>s, which spin first.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ParkUnparkBenchmark : WorkerBenchmark
{
    private readonly ManualResetEventSlim _pingEvent = new(false, spinCount: 0);
    private readonly ManualResetEventSlim _pongEvent = new(false, spinCount: 0);
    private readonly SemaphoreSlim _ping = new(0);
    private readonly SemaphoreSlim _pong = new(0);

    // Park can return for no reason, so each side waits for its flag, not just for a wake-up.
    private volatile bool _pinged;
    private volatile bool _ponged;
    private JThread? _benchmarkThread;
    private JThread? _jworker;

    [GlobalSetup(Target = nameof(EventPingPong))]
    public void StartEventWorker() => StartRaw(() =>
    {
        while (true)
        {
            _pingEvent.Wait();
            _pingEvent.Reset();
            if (Stopping)
            {
                return;
            }

            _pongEvent.Set();
        }
    }, "event ponger");

    [GlobalSetup(Target = nameof(SemaphoreSlimPingPong))]
    public void StartSemaphoreWorker() => StartRaw(() =>
    {
        while (true)
        {
            _ping.Wait();
            if (Stopping)
            {
                return;
            }

            _pong.Release();
        }
    }, "semaphore ponger");

    [GlobalSetup(Target = nameof(ParkUnparkPingPong))]
    public void StartJThreadWorker()
    {
        _benchmarkThread = JThread.CurrentThread();
        _jworker = StartDaemon(() =>
        {
            while (true)
            {
                while (!_pinged)
                {
                    LockSupport.Park();
                }

                _pinged = false;
                if (Stopping)
                {
                    return;
                }

                _ponged = true;
                LockSupport.Unpark(_benchmarkThread);
            }
        }, "park ponger");
    }

    [Benchmark(Baseline = true, Description = "ManualResetEventSlim ping-pong, no spin")]
    public void EventPingPong()
    {
        _pingEvent.Set();
        _pongEvent.Wait();
        _pongEvent.Reset();
    }

    [Benchmark(Description = "SemaphoreSlim ping-pong (spins first)")]
    public void SemaphoreSlimPingPong()
    {
        _ping.Release();
        _pong.Wait();
    }

    [Benchmark(Description = "LockSupport Unpark/Park ping-pong")]
    public void ParkUnparkPingPong()
    {
        _pinged = true;
        LockSupport.Unpark(_jworker);
        while (!_ponged)
        {
            LockSupport.Park();
        }

        _ponged = false;
    }

    // Only one of the raw loops runs; waking both is harmless.
    protected override void WakeRawWorker(Thread worker)
    {
        _pingEvent.Set();
        _ping.Release();
    }

    protected override void WakeJThreadWorker(JThread worker)
    {
        _pinged = true;
        LockSupport.Unpark(worker);
    }
}
