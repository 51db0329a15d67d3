using BenchmarkDotNet.Attributes;

namespace JThreading.Benchmarks;

/// <summary>
/// <see cref="JThread.CurrentThread"/> on the main thread, on a JThread and on an adopted thread-pool thread, against
/// .NET's <see cref="Thread.CurrentThread"/> and a plain <c>[ThreadStatic]</c> read (the fair baseline: that is what
/// CurrentThread is, once a thread has been seen). Each invocation makes <see cref="Calls"/> calls, since one is far
/// below the timer's resolution; the JThread and pool rows run that loop on their thread, handed over by a spin so
/// that the hand-off (well under 1% of the loop) does not block.
/// </summary>
[MemoryDiagnoser]
public class CurrentThreadBenchmark
{
    private const int Calls = 1 << 16;

    [ThreadStatic]
    private static object? t_value;

    private SpinWorker? _worker;

    [GlobalSetup(Targets = [nameof(ThreadStaticRead), nameof(NetCurrentThread), nameof(OnMainThread)])]
    public void SetupMain()
    {
        t_value = new object();
        JThread.CurrentThread();
    }

    [GlobalSetup(Target = nameof(OnJThread))]
    public void SetupJThread() => _worker = SpinWorker.OnJThread();

    [GlobalSetup(Target = nameof(OnPoolThread))]
    public void SetupPoolThread() => _worker = SpinWorker.OnPoolThread();

    [GlobalCleanup]
    public void Cleanup() => _worker?.Dispose();

    [Benchmark(Baseline = true, OperationsPerInvoke = Calls, Description = "[ThreadStatic] read, main thread")]
    public int ThreadStaticRead()
    {
        var found = 0;
        for (var i = 0; i < Calls; i++)
        {
            found += t_value is null ? 0 : 1;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = Calls, Description = "Thread.CurrentThread, main thread")]
    public int NetCurrentThread()
    {
        var found = 0;
        for (var i = 0; i < Calls; i++)
        {
            found += Thread.CurrentThread is null ? 0 : 1;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = Calls, Description = "JThread.CurrentThread(), main thread")]
    public int OnMainThread() => CountCurrentThread();

    [Benchmark(OperationsPerInvoke = Calls, Description = "JThread.CurrentThread(), on a JThread")]
    public int OnJThread() => _worker!.Run(CountCurrentThread);

    [Benchmark(OperationsPerInvoke = Calls, Description = "JThread.CurrentThread(), adopted pool thread")]
    public int OnPoolThread() => _worker!.Run(CountCurrentThread);

    private static int CountCurrentThread()
    {
        var found = 0;
        for (var i = 0; i < Calls; i++)
        {
            found += JThread.CurrentThread() is null ? 0 : 1;
        }

        return found;
    }
}
