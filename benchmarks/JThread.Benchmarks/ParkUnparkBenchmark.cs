using BenchmarkDotNet.Attributes;

namespace JThreading.Benchmarks;

/// <summary>
/// A ping-pong round trip between the benchmark thread and a worker: <see cref="LockSupport.Unpark(JThread?)"/> and
/// <see cref="LockSupport.Park"/> against the same hand-off through two <see cref="SemaphoreSlim"/>s (the baseline:
/// like JThread's park they spin briefly before blocking), two <see cref="ManualResetEventSlim"/>s with their default
/// spin, and two that block without spinning (what a JVM's park does; on this VM a blocked hand-off pays the wake-up
/// of an idle vCPU, so that row shows the cost the spin avoids, not a fair comparison).
/// </summary>
[MemoryDiagnoser]
public class ParkUnparkBenchmark : WorkerBenchmark
{
    private readonly ManualResetEventSlim _pingEvent = new(false, spinCount: 0);
    private readonly ManualResetEventSlim _pongEvent = new(false, spinCount: 0);
    private readonly ManualResetEventSlim _pingSpin = new(false);
    private readonly ManualResetEventSlim _pongSpin = new(false);
    private readonly SemaphoreSlim _ping = new(0);
    private readonly SemaphoreSlim _pong = new(0);

    // Park can return for no reason, so each side waits for its flag, not just for a wake-up.
    private volatile bool _pinged;
    private volatile bool _ponged;
    private JThread? _benchmarkThread;
    private JThread? _jworker;

    [GlobalSetup(Target = nameof(EventPingPong))]
    public void StartEventWorker() => StartEventPonger(_pingEvent, _pongEvent, "event ponger");

    [GlobalSetup(Target = nameof(SpinningEventPingPong))]
    public void StartSpinningEventWorker() => StartEventPonger(_pingSpin, _pongSpin, "spinning event ponger");

    [GlobalSetup(Target = nameof(SemaphoreSlimPingPong))]
    public void StartSemaphoreWorker() => StartSemaphorePonger(_ping, _pong, "semaphore ponger");

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

    [Benchmark(Description = "ManualResetEventSlim ping-pong, no spin")]
    public void EventPingPong()
    {
        _pingEvent.Set();
        _pongEvent.Wait();
        _pongEvent.Reset();
    }

    [Benchmark(Baseline = true, Description = "SemaphoreSlim ping-pong (spins first)")]
    public void SemaphoreSlimPingPong()
    {
        _ping.Release();
        _pong.Wait();
    }

    [Benchmark(Description = "ManualResetEventSlim ping-pong, default spin")]
    public void SpinningEventPingPong()
    {
        _pingSpin.Set();
        _pongSpin.Wait();
        _pongSpin.Reset();
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
        _pingSpin.Set();
        _ping.Release();
    }

    protected override void WakeJThreadWorker(JThread worker)
    {
        _pinged = true;
        LockSupport.Unpark(worker);
    }

    private void StartEventPonger(ManualResetEventSlim ping, ManualResetEventSlim pong, string name) => StartRaw(() =>
    {
        while (true)
        {
            ping.Wait();
            ping.Reset();
            if (Stopping)
            {
                return;
            }

            pong.Set();
        }
    }, name);
}
