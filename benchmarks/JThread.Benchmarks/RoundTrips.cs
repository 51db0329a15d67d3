using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace JThreading.Benchmarks;

/// <summary>
/// The round trips of the benchmarks measured as benchmarks/jvm/RoundTrips.java measures the JVM's: each sample is one
/// call of the benchmark method timed with <see cref="Stopwatch"/>, after a warm-up, and the median is reported.
/// BenchmarkDotNet's mean over batches hides the distribution and, on a shared machine, the outliers move it; the
/// median of single round trips compares like with like across the two runtimes.
/// </summary>
internal static class RoundTrips
{
    private const int Warmup = 20_000;

    public static void Run(int samples)
    {
        Console.WriteLine($".NET {Environment.Version}, {Environment.ProcessorCount} processors, {samples} samples each");
        foreach (var type in new[] { typeof(InterruptWakeBenchmark), typeof(ParkUnparkBenchmark), typeof(MonitorWaitNotifyBenchmark) })
        {
            foreach (var method in type.GetMethods().Where(static m => m.GetCustomAttribute<BenchmarkAttribute>() is not null))
            {
                // A fresh instance and worker for each method, as BenchmarkDotNet's process per benchmark gives.
                var benchmark = (WorkerBenchmark)Activator.CreateInstance(type)!;
                var setup = type.GetMethods().Single(m => m.GetCustomAttribute<GlobalSetupAttribute>()?.Targets.Contains(method.Name) == true);
                setup.Invoke(benchmark, null);
                Measure(method.GetCustomAttribute<BenchmarkAttribute>()!.Description ?? method.Name, samples, method.CreateDelegate<Action>(benchmark));
                benchmark.StopWorker();
            }
        }
    }

    private static void Measure(string what, int samples, Action roundTrip)
    {
        var times = new long[samples];
        for (var i = -Warmup; i < samples; i++)
        {
            var start = Stopwatch.GetTimestamp();
            roundTrip();
            var elapsed = Stopwatch.GetTimestamp() - start;
            if (i >= 0)
            {
                times[i] = elapsed;
            }
        }

        Array.Sort(times);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what,-42} median {Micros(times[samples / 2]),7:F2} us   p10 {Micros(times[samples / 10]),7:F2} us   p90 {Micros(times[samples * 9 / 10]),7:F2} us"));
    }

    private static double Micros(long ticks) => ticks * 1_000_000.0 / Stopwatch.Frequency;
}
