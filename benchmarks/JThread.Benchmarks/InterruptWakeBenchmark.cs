using BenchmarkDotNet.Attributes;

namespace JThreading.Benchmarks;

/// <summary>
/// From an interrupt to the sleeping thread being awake, as a round trip: a worker sleeps, the benchmark interrupts
/// it, the worker catches the exception and signals back, and goes back to sleep. JThread's
/// <see cref="JThread.Interrupt"/> waking <see cref="JThread.Sleep(long)"/> against .NET's
/// <see cref="Thread.Interrupt"/> waking <see cref="Thread.Sleep(int)"/>.
/// </summary>
[MemoryDiagnoser]
public class InterruptWakeBenchmark : WorkerBenchmark
{
    // Long enough never to end by itself during a run.
    private const int SleepMillis = 1_000_000;

    // The signal back; no spinning, so the benchmark thread blocks and wakes as the worker does.
    private readonly ManualResetEventSlim _woke = new(false, spinCount: 0);
    private Thread? _worker;
    private JThread? _jworker;

    [GlobalSetup(Target = nameof(RawThreadInterrupt))]
    public void StartRawWorker() => _worker = StartRaw(() =>
    {
        while (!Stopping)
        {
            try
            {
                Thread.Sleep(SleepMillis);
            }
            catch (ThreadInterruptedException)
            {
                _woke.Set();
            }
        }
    }, "raw sleeper");

    [GlobalSetup(Target = nameof(JThreadInterrupt))]
    public void StartJThreadWorker() => _jworker = StartDaemon(() =>
    {
        while (!Stopping)
        {
            try
            {
                JThread.Sleep(SleepMillis);
            }
            #pragma warning disable JT0001 // on purpose: the interrupt is the wake-up being measured; the thread ends after the catch
            catch (InterruptedException)
            #pragma warning restore JT0001
            {
                _woke.Set();
            }
        }
    }, "jthread sleeper");

    [Benchmark(Baseline = true, Description = "Thread.Interrupt -> Thread.Sleep wakes")]
    public void RawThreadInterrupt() => InterruptWhenBlocked(_worker!, _woke);

    [Benchmark(Description = "JThread.Interrupt -> JThread.Sleep wakes")]
    public void JThreadInterrupt() => InterruptWhenIn(_jworker!, JThreadState.TimedWaiting, _woke);

    protected override void WakeRawWorker(Thread worker) => worker.Interrupt();

    protected override void WakeJThreadWorker(JThread worker) => worker.Interrupt();
}
