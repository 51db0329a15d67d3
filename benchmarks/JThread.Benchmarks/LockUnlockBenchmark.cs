using BenchmarkDotNet.Attributes;
using JThreading.Concurrent;

namespace JThreading.Benchmarks;

/// <summary>
/// An uncontended <see cref="ReentrantLock.Lock"/>/<see cref="ReentrantLock.Unlock"/> pair against .NET's
/// <see cref="System.Threading.Lock"/> <c>Enter</c>/<c>Exit</c> (the baseline) and a C# <c>lock</c> on an object
/// (<see cref="Monitor"/>), with a reentrant (nested) pair of each.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class LockUnlockBenchmark
{
    private const int Operations = 100;

    private readonly Lock _lock = new();
    private readonly object _monitor = new();
    private readonly ReentrantLock _nonFair = new();
    private readonly ReentrantLock _fair = new(fair: true);
    private int _counter;

    [Benchmark(Baseline = true, OperationsPerInvoke = Operations, Description = "System.Threading.Lock Enter/Exit")]
    public void SystemLock()
    {
        for (var i = 0; i < Operations; i++)
        {
            _lock.Enter();
            _counter++;
            _lock.Exit();
        }
    }

    [Benchmark(OperationsPerInvoke = Operations, Description = "lock (object) (Monitor)")]
    public void MonitorLock()
    {
        for (var i = 0; i < Operations; i++)
        {
            lock (_monitor)
            {
                _counter++;
            }
        }
    }

    [Benchmark(OperationsPerInvoke = Operations, Description = "ReentrantLock Lock/Unlock")]
    public void ReentrantLockNonFair()
    {
        for (var i = 0; i < Operations; i++)
        {
            _nonFair.Lock();
            _counter++;
            _nonFair.Unlock();
        }
    }

    [Benchmark(OperationsPerInvoke = Operations, Description = "ReentrantLock(fair) Lock/Unlock")]
    public void ReentrantLockFair()
    {
        for (var i = 0; i < Operations; i++)
        {
            _fair.Lock();
            _counter++;
            _fair.Unlock();
        }
    }

    [Benchmark(OperationsPerInvoke = Operations, Description = "System.Threading.Lock nested twice")]
    public void SystemLockNested()
    {
        for (var i = 0; i < Operations; i++)
        {
            _lock.Enter();
            _lock.Enter();
            _counter++;
            _lock.Exit();
            _lock.Exit();
        }
    }

    [Benchmark(OperationsPerInvoke = Operations, Description = "ReentrantLock nested twice")]
    public void ReentrantLockNested()
    {
        for (var i = 0; i < Operations; i++)
        {
            _nonFair.Lock();
            _nonFair.Lock();
            _counter++;
            _nonFair.Unlock();
            _nonFair.Unlock();
        }
    }
}
