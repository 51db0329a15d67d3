using BenchmarkDotNet.Attributes;

namespace JThreading.Benchmarks;

/// <summary>
/// Checking the interrupt flag, which a cancellable loop does on every turn: <see cref="JThread.IsInterrupted"/> on
/// <see cref="JThread.CurrentThread"/> and the static <see cref="JThread.Interrupted"/>, against reading a volatile
/// field. Each call makes <see cref="Checks"/> checks, as a loop would, since one is below the timer's resolution.
/// </summary>
[MemoryDiagnoser]
public class InterruptFlagBenchmark
{
    private const int Checks = 1024;

    private volatile bool _flag;

    // Assigned so the field has a writer, as an interrupt flag does; the benchmark measures the read.
    [GlobalSetup]
    public void Setup() => _flag = false;

    [Benchmark(Baseline = true, OperationsPerInvoke = Checks, Description = "volatile bool read")]
    public bool VolatileField()
    {
        var any = false;
        for (var i = 0; i < Checks; i++)
        {
            any |= _flag;
        }

        return any;
    }

    [Benchmark(OperationsPerInvoke = Checks, Description = "CurrentThread().IsInterrupted()")]
    public bool IsInterrupted()
    {
        var any = false;
        for (var i = 0; i < Checks; i++)
        {
            any |= JThread.CurrentThread().IsInterrupted();
        }

        return any;
    }

    [Benchmark(OperationsPerInvoke = Checks, Description = "JThread.Interrupted()")]
    public bool Interrupted()
    {
        var any = false;
        for (var i = 0; i < Checks; i++)
        {
            any |= JThread.Interrupted();
        }

        return any;
    }
}
