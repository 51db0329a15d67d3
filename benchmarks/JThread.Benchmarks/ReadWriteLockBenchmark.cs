using BenchmarkDotNet.Attributes;
using JThreading.Concurrent;

namespace JThreading.Benchmarks;

/// <summary>
/// Uncontended read and write lock/unlock pairs on one thread: <see cref="ReentrantReadWriteLock"/> (non-fair and fair)
/// against .NET's <see cref="ReaderWriterLockSlim"/> (the baseline, the closest .NET primitive: reentrant-capable
/// reader/writer lock with upgrade rules) and, for scale, <see cref="Lock"/>. The JVM's figures for the same loops are
/// <c>benchmarks/jvm/AtomicAndReadWrite.java</c>.
/// </summary>
[MemoryDiagnoser]
public class ReadWriteLockBenchmark
{
    private const int Operations = 1 << 10;

    private readonly ReaderWriterLockSlim _slim = new(LockRecursionPolicy.NoRecursion);
    private readonly ReentrantReadWriteLock _nonFair = new();
    private readonly ReentrantReadWriteLock _fair = new(fair: true);
    private readonly Lock _lock = new();
    private int _counter;

    [GlobalCleanup]
    public void Cleanup() => _slim.Dispose();

    [Benchmark(Baseline = true, OperationsPerInvoke = Operations, Description = "ReaderWriterLockSlim read enter/exit")]
    public void SlimRead()
    {
        for (var i = 0; i < Operations; i++)
        {
            _slim.EnterReadLock();
            _counter++;
            _slim.ExitReadLock();
        }
    }

    [Benchmark(OperationsPerInvoke = Operations, Description = "ReentrantReadWriteLock read Lock/Unlock")]
    public void ReadLock()
    {
        var read = _nonFair.ReadLock();
        for (var i = 0; i < Operations; i++)
        {
            read.Lock();
            _counter++;
            read.Unlock();
        }
    }

    [Benchmark(OperationsPerInvoke = Operations, Description = "ReentrantReadWriteLock(fair) read Lock/Unlock")]
    public void FairReadLock()
    {
        var read = _fair.ReadLock();
        for (var i = 0; i < Operations; i++)
        {
            read.Lock();
            _counter++;
            read.Unlock();
        }
    }

    [Benchmark(OperationsPerInvoke = Operations, Description = "ReaderWriterLockSlim write enter/exit")]
    public void SlimWrite()
    {
        for (var i = 0; i < Operations; i++)
        {
            _slim.EnterWriteLock();
            _counter++;
            _slim.ExitWriteLock();
        }
    }

    [Benchmark(OperationsPerInvoke = Operations, Description = "ReentrantReadWriteLock write Lock/Unlock")]
    public void WriteLock()
    {
        var write = _nonFair.WriteLock();
        for (var i = 0; i < Operations; i++)
        {
            write.Lock();
            _counter++;
            write.Unlock();
        }
    }

    [Benchmark(OperationsPerInvoke = Operations, Description = "System.Threading.Lock enter/exit (scale)")]
    public void PlainLock()
    {
        for (var i = 0; i < Operations; i++)
        {
            lock (_lock)
            {
                _counter++;
            }
        }
    }
}
