using BenchmarkDotNet.Attributes;

namespace JThreading.Benchmarks;

/// <summary>
/// Creating, starting and joining one thread that does nothing, against a raw <see cref="Thread"/>: what a JThread
/// adds to a .NET thread, in time and in bytes per thread (the Allocated column, every thread's allocations). A
/// JThread names its thread (a raw one named before Start is the fair row for that); non-daemon is the default when
/// the creator is the main thread, as here. The second raw row runs the baseline's code again, so its Ratio and RatioSD
/// show what the machine alone does to two identical rows.
/// </summary>
[MemoryDiagnoser]
public class ThreadStartJoinBenchmark
{
    private static readonly Action s_nothing = static () => { };
    private static readonly ThreadStart s_nothingStart = static () => { };

    private readonly JThreadBuilder _builder = JThread.OfPlatform().Name("built-", 0);
    private IThreadFactory? _factory;

    [GlobalSetup]
    public void Setup() => _factory = JThread.OfPlatform().Name("made-", 0).Factory();

    [Benchmark(Baseline = true, Description = "Thread Start+Join")]
    public void RawThread()
    {
        var thread = new Thread(s_nothingStart);
        thread.Start();
        thread.Join();
    }

    /// <summary>The baseline's own code again: how far two identical rows differ here, the floor under every ratio.</summary>
    [Benchmark(Description = "Thread Start+Join (same code again)")]
    public void RawThreadAgain()
    {
        var thread = new Thread(s_nothingStart);
        thread.Start();
        thread.Join();
    }

    [Benchmark(Description = "Thread { Name } Start+Join")]
    public void RawNamedThread()
    {
        var thread = new Thread(s_nothingStart) { Name = "worker" };
        thread.Start();
        thread.Join();
    }

    [Benchmark(Description = "JThread Start+Join (non-daemon)")]
    public void JThreadStartJoin()
    {
        var thread = new JThread(s_nothing);
        thread.Start();
        thread.Join();
    }

    [Benchmark(Description = "JThread named Start+Join")]
    public void JThreadNamed()
    {
        var thread = new JThread(s_nothing, "worker");
        thread.Start();
        thread.Join();
    }

    [Benchmark(Description = "JThread daemon Start+Join")]
    public void JThreadDaemon()
    {
        var thread = new JThread(s_nothing);
        thread.SetDaemon(true);
        thread.Start();
        thread.Join();
    }

    [Benchmark(Description = "OfPlatform().Name(p, n).Start+Join")]
    public void Builder() => _builder.Start(s_nothing).Join();

    [Benchmark(Description = "IThreadFactory.NewThread Start+Join")]
    public void Factory()
    {
        var thread = _factory!.NewThread(s_nothing);
        thread.Start();
        thread.Join();
    }
}
