using BenchmarkDotNet.Attributes;
using JThreading.Concurrent;

namespace JThreading.Benchmarks;

/// <summary>
/// A task repeated with a fixed delay of 100 µs between the end of one run and the start of the next, timed per run
/// (runs a second = 1,000,000 / µs per run): <see cref="ScheduledThreadPoolExecutor.ScheduleWithFixedDelay"/> on a
/// pool of one against the raw .NET way, an async loop of <see cref="Task.Delay(TimeSpan)"/> (the baseline). .NET's
/// timers count whole milliseconds and truncate (<c>Task.Delay(100 µs)</c> completes at once), so the baseline delays
/// 1 ms, the shortest that is not shorter than asked.
/// </summary>
[MemoryDiagnoser]
public class FixedDelayBenchmark
{
    private const int Runs = 20;

    // 100 µs rounded up to .NET's resolution: a TimeSpan under 1 ms is truncated to 0, a delay that does not delay.
    private static readonly TimeSpan s_delay = TimeSpan.FromMilliseconds(1);

    private ScheduledThreadPoolExecutor? _executor;

    [GlobalSetup(Target = nameof(ScheduleWithFixedDelay))]
    public void StartExecutor() => _executor = new ScheduledThreadPoolExecutor(1);

    [GlobalCleanup(Target = nameof(ScheduleWithFixedDelay))]
    public void StopExecutor()
    {
        _executor!.ShutdownNow();
        _executor.AwaitTermination(10, TimeUnit.Seconds);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Runs, Description = "await Task.Delay(1 ms) loop: 100 µs rounded up")]
    public void TaskDelayLoop() => DelayLoop().GetAwaiter().GetResult();

    [Benchmark(OperationsPerInvoke = Runs, Description = "ScheduleWithFixedDelay(100 µs)")]
    public void ScheduleWithFixedDelay()
    {
        var latch = new CountDownLatch(Runs);
        var future = _executor!.ScheduleWithFixedDelay(latch.CountDown, 100, 100, TimeUnit.Microseconds);
        latch.Await();
        future.Cancel(false);
    }

    private static async Task DelayLoop()
    {
        for (var i = 0; i < Runs; i++)
        {
            await Task.Delay(s_delay).ConfigureAwait(false);
        }
    }
}
