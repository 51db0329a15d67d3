using System.Collections.Concurrent;
using BenchmarkDotNet.Attributes;
using JThreading.Concurrent;

namespace JThreading.Benchmarks;

/// <summary>
/// A hand-off between two threads through a blocking queue, as a ping-pong round trip: the benchmark thread puts into
/// one queue, a worker takes from it and puts into a second queue, and the benchmark thread takes from that (two
/// hand-offs per round trip). JThread's <see cref="LinkedBlockingQueue{T}"/>, <see cref="ArrayBlockingQueue{T}"/> and
/// <see cref="SynchronousQueue{T}"/> against .NET's <see cref="BlockingCollection{T}"/> (the baseline). The JVM's
/// queues are measured the same way by benchmarks/jvm/QueueHandOff.java.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class QueueHandOffBenchmark : WorkerBenchmark
{
    private const int Stop = -1;

    private BlockingCollection<int>? _collectionPing;
    private BlockingCollection<int>? _collectionPong;
    private IBlockingQueue<int>? _ping;
    private IBlockingQueue<int>? _pong;

    [GlobalSetup(Target = nameof(BlockingCollectionHandOff))]
    public void StartCollectionWorker()
    {
        _collectionPing = new BlockingCollection<int>();
        _collectionPong = new BlockingCollection<int>();
        StartRaw(() =>
        {
            while (_collectionPing.Take() != Stop)
            {
                _collectionPong.Add(1);
            }
        }, "collection ponger");
    }

    [GlobalSetup(Target = nameof(LinkedBlockingQueueHandOff))]
    public void StartLinkedWorker() => StartQueueWorker(new LinkedBlockingQueue<int>(), new LinkedBlockingQueue<int>());

    [GlobalSetup(Target = nameof(ArrayBlockingQueueHandOff))]
    public void StartArrayWorker() => StartQueueWorker(new ArrayBlockingQueue<int>(16), new ArrayBlockingQueue<int>(16));

    [GlobalSetup(Target = nameof(SynchronousQueueHandOff))]
    public void StartSynchronousWorker() => StartQueueWorker(new SynchronousQueue<int>(), new SynchronousQueue<int>());

    [GlobalSetup(Target = nameof(FairSynchronousQueueHandOff))]
    public void StartFairSynchronousWorker() => StartQueueWorker(new SynchronousQueue<int>(fair: true), new SynchronousQueue<int>(fair: true));

    [Benchmark(Baseline = true, Description = "BlockingCollection Add/Take ping-pong")]
    public int BlockingCollectionHandOff()
    {
        _collectionPing!.Add(1);
        return _collectionPong!.Take();
    }

    [Benchmark(Description = "LinkedBlockingQueue Put/Take ping-pong")]
    public int LinkedBlockingQueueHandOff() => QueueRoundTrip();

    [Benchmark(Description = "ArrayBlockingQueue Put/Take ping-pong")]
    public int ArrayBlockingQueueHandOff() => QueueRoundTrip();

    [Benchmark(Description = "SynchronousQueue Put/Take ping-pong")]
    public int SynchronousQueueHandOff() => QueueRoundTrip();

    [Benchmark(Description = "SynchronousQueue(fair) Put/Take ping-pong")]
    public int FairSynchronousQueueHandOff() => QueueRoundTrip();

    protected override void WakeRawWorker(Thread worker) => _collectionPing!.Add(Stop);

    protected override void WakeJThreadWorker(JThread worker) => _ping!.Put(Stop);

    private int QueueRoundTrip()
    {
        _ping!.Put(1);
        return _pong!.Take();
    }

    private void StartQueueWorker(IBlockingQueue<int> ping, IBlockingQueue<int> pong)
    {
        _ping = ping;
        _pong = pong;
        StartDaemon(() =>
        {
            while (ping.Take() != Stop)
            {
                pong.Put(1);
            }
        }, "queue ponger");
    }
}
