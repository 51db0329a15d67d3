using BenchmarkDotNet.Attributes;

namespace JThreading.Benchmarks;

/// <summary>
/// A timed wait of 50 µs that nobody ends, so each row is 50 µs plus its overshoot: <see cref="LockSupport.ParkNanos(long)"/>
/// and <see cref="JThread.Sleep(long, int)"/> against the raw .NET timed wait a thread can be woken from,
/// <see cref="ManualResetEventSlim.Wait(TimeSpan)"/> (the baseline). .NET's waits count whole milliseconds and truncate:
/// <c>Wait(50 µs)</c> returns at once without waiting, so the shortest .NET wait that does not end early is 1 ms, and
/// that is the baseline. The floor is a <see cref="SpinWait"/> and <see cref="Thread.Sleep(int)"/>(0) loop to the
/// deadline (it burns the processor throughout, so it is what a scheduler allows, not a wait to copy).
/// </summary>
[MemoryDiagnoser]
public class TimedWaitBenchmark
{
    private const long WaitNanos = 50_000;

    // 50 µs rounded up to .NET's resolution: a TimeSpan under 1 ms is truncated to 0, a wait that does not wait.
    private static readonly TimeSpan s_wait = TimeSpan.FromMilliseconds(1);

    private readonly ManualResetEventSlim _event = new(false);

    [Benchmark(Baseline = true, Description = "ManualResetEventSlim.Wait(1 ms): 50 µs rounded up")]
    public bool EventWait() => _event.Wait(s_wait);

    [Benchmark(Description = "SpinWait + Thread.Sleep(0) to a 50 µs deadline")]
    public void SpinToDeadline()
    {
        var end = System.Diagnostics.Stopwatch.GetTimestamp() + (WaitNanos * System.Diagnostics.Stopwatch.Frequency / 1_000_000_000);
        var spinner = default(SpinWait);
        while (System.Diagnostics.Stopwatch.GetTimestamp() < end)
        {
            spinner.SpinOnce(sleep1Threshold: -1);
        }
    }

    [Benchmark(Description = "LockSupport.ParkNanos(50_000)")]
    public void ParkNanos() => LockSupport.ParkNanos(WaitNanos);

    [Benchmark(Description = "JThread.Sleep(0, 50_000)")]
    public void Sleep() => JThread.Sleep(0, (int)WaitNanos);
}
