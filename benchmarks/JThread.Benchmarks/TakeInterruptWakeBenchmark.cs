using System.Collections.Concurrent;
using BenchmarkDotNet.Attributes;
using JThreading.Concurrent;

namespace JThreading.Benchmarks;

/// <summary>
/// From an interrupt to a thread blocked in a queue's <c>Take</c> being awake, as a round trip: a worker waits in
/// <c>Take</c> on an empty queue, the benchmark interrupts it, the worker catches the exception, signals back and
/// waits again. <see cref="JThread.Interrupt"/> waking <see cref="LinkedBlockingQueue{T}.Take"/> and
/// <see cref="SynchronousQueue{T}.Take"/> against .NET's <see cref="Thread.Interrupt"/> waking
/// <see cref="BlockingCollection{T}.Take()"/> (the baseline). The JVM is measured the same way by
/// benchmarks/jvm/QueueHandOff.java.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class TakeInterruptWakeBenchmark : WorkerBenchmark
{
    // The signal back; no spinning, so the benchmark thread blocks and wakes as the worker does.
    private readonly ManualResetEventSlim _woke = new(false, spinCount: 0);
    private readonly BlockingCollection<int> _collection = [];
    private Thread? _worker;
    private JThread? _jworker;

    [GlobalSetup(Target = nameof(BlockingCollectionTakeInterrupt))]
    public void StartRawWorker() => _worker = StartRaw(() =>
    {
        while (!Stopping)
        {
            try
            {
                _collection.Take();
            }
            catch (ThreadInterruptedException)
            {
                _woke.Set();
            }
        }
    }, "raw taker");

    [GlobalSetup(Target = nameof(LinkedBlockingQueueTakeInterrupt))]
    public void StartLinkedWorker() => StartQueueWorker(new LinkedBlockingQueue<int>());

    [GlobalSetup(Target = nameof(SynchronousQueueTakeInterrupt))]
    public void StartSynchronousWorker() => StartQueueWorker(new SynchronousQueue<int>());

    [Benchmark(Baseline = true, Description = "Thread.Interrupt -> BlockingCollection.Take wakes")]
    public void BlockingCollectionTakeInterrupt() => InterruptWhenBlocked(_worker!, _woke);

    [Benchmark(Description = "JThread.Interrupt -> LinkedBlockingQueue.Take wakes")]
    public void LinkedBlockingQueueTakeInterrupt() => InterruptWhenIn(_jworker!, JThreadState.Waiting, _woke);

    [Benchmark(Description = "JThread.Interrupt -> SynchronousQueue.Take wakes")]
    public void SynchronousQueueTakeInterrupt() => InterruptWhenIn(_jworker!, JThreadState.Waiting, _woke);

    protected override void WakeRawWorker(Thread worker) => worker.Interrupt();

    protected override void WakeJThreadWorker(JThread worker) => worker.Interrupt();

    private void StartQueueWorker(IBlockingQueue<int> queue) => _jworker = StartDaemon(() =>
    {
        while (!Stopping)
        {
            try
            {
                queue.Take();
            }
            #pragma warning disable JT0001 // on purpose: the interrupt is the wake-up being measured; the thread ends after the catch
            catch (InterruptedException)
            #pragma warning restore JT0001
            {
                _woke.Set();
            }
        }
    }, "queue taker");
}
