using BenchmarkDotNet.Attributes;

namespace JThreading.Benchmarks;

/// <summary>Creating, starting and joining a thread that does nothing: what a JThread adds to a .NET thread.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class ThreadStartJoinBenchmark
{
    private static readonly Action s_nothing = static () => { };
    private static readonly ThreadStart s_nothingStart = static () => { };

    [Benchmark(Baseline = true, Description = "Thread Start+Join")]
    public void RawThread()
    {
        var thread = new Thread(s_nothingStart);
        thread.Start();
        thread.Join();
    }

    [Benchmark(Description = "JThread Start+Join")]
    public void JThreadStartJoin()
    {
        var thread = new JThread(s_nothing);
        thread.Start();
        thread.Join();
    }
}
