using System.Diagnostics;
using System.Globalization;

namespace JThreading.Benchmarks;

/// <summary>
/// The in-process comparison behind the start+join and in-flight targets. Raw <see cref="Thread"/> and JThread
/// variants run in rounds; within a round every variant runs once, in an order that rotates from round to round, so a
/// busy moment on the machine hits them all and no variant always goes first. Each variant's figure is the median,
/// over the rounds, of its time divided by raw <see cref="Thread"/>'s time in the same round (a paired ratio), with a
/// distribution-free 95% confidence interval for that median; the same for the processor time the whole process used,
/// and the bytes allocated per thread on every thread (<see cref="GC.GetTotalAllocatedBytes(bool)"/>).
/// </summary>
/// <remarks>
/// <para><c>JThread.Benchmarks startjoin [rounds] [threads per round] [in-flight rounds]</c>.</para>
/// <para>
/// Each table has a second raw row running the baseline's own code: its interval shows how far two identical
/// measurements differ on this machine, the floor under every other row.
/// </para>
/// </remarks>
internal static class StartJoinProfile
{
    private static readonly ThreadStart s_nothingStart = static () => { };
    private static readonly Action s_nothing = static () => { };
    private static readonly ThreadStart s_namesItself = static () => Thread.CurrentThread.Name = "worker";
    private static readonly JThreadBuilder s_builder = JThread.OfPlatform().Name("built-", 0);
    private static readonly IThreadFactory s_factory = JThread.OfPlatform().Name("made-", 0).Factory();

    private static readonly Variant[] s_startJoin =
    [
        new("raw Thread", static () =>
        {
            var thread = new Thread(s_nothingStart);
            thread.Start();
            thread.Join();
        }),
        new("raw Thread (same code again)", static () =>
        {
            var thread = new Thread(s_nothingStart);
            thread.Start();
            thread.Join();
        }),
        new("raw Thread, Name set", static () =>
        {
            var thread = new Thread(s_nothingStart) { Name = "worker" };
            thread.Start();
            thread.Join();
        }),
        new("raw Thread, names itself", static () =>
        {
            var thread = new Thread(s_namesItself);
            thread.Start();
            thread.Join();
        }),
        new("JThread", static () =>
        {
            var thread = new JThread(s_nothing);
            thread.Start();
            thread.Join();
        }),
        new("JThread, named", static () =>
        {
            var thread = new JThread(s_nothing, "worker");
            thread.Start();
            thread.Join();
        }),
        new("JThread, daemon", static () =>
        {
            var thread = new JThread(s_nothing);
            thread.SetDaemon(true);
            thread.Start();
            thread.Join();
        }),
        new("OfPlatform().Name(p, n)", static () => s_builder.Start(s_nothing).Join()),
        new("IThreadFactory.NewThread", static () =>
        {
            var thread = s_factory.NewThread(s_nothing);
            thread.Start();
            thread.Join();
        }),
    ];

    private static readonly Variant[] s_inFlight =
    [
        new("1,000 raw Threads", InFlightThreads.RunRaw),
        new("1,000 raw Threads (same code again)", InFlightThreads.RunRaw),
        new("1,000 JThreads", static () => InFlightThreads.RunJThreads()),
    ];


    public static void Run(int rounds, int threads, int inFlightRounds)
    {
        // Below 6 rounds no pair of order statistics bounds a median with 95% confidence.
        ArgumentOutOfRangeException.ThrowIfLessThan(rounds, 6);
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(inFlightRounds, 6);

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $".NET {Environment.Version}, {Environment.ProcessorCount} processors; {rounds} rounds of {threads} start+join per variant, {inFlightRounds} rounds of {InFlightThreads.Count:N0} in flight; order rotated each round"));
        Console.WriteLine("ratio: median over the rounds of (variant / raw Thread in the same round), [95% confidence interval]");
        Console.WriteLine();
        Report("start+join, one at a time", Measure(s_startJoin, rounds, threads, perOperation: 1), threads);
        Console.WriteLine();
        Report($"{InFlightThreads.Count:N0} started, all alive, then all joined", Measure(s_inFlight, inFlightRounds, 1, perOperation: InFlightThreads.Count), InFlightThreads.Count);
    }

    private static Samples[] Measure(Variant[] variants, int rounds, int operations, int perOperation)
    {
        // Warm-up: JIT, the runtime's thread-start paths, the GC's first collections.
        foreach (var variant in variants)
        {
            for (var i = 0; i < Math.Max(1, 200 / perOperation); i++)
            {
                variant.Operation();
            }
        }

        using var process = Process.GetCurrentProcess();
        var samples = variants.Select(v => new Samples(v.Name, rounds)).ToArray();
        var threadsPerRound = (double)operations * perOperation;
        for (var round = 0; round < rounds; round++)
        {
            for (var k = 0; k < variants.Length; k++)
            {
                var v = (round + k) % variants.Length;
                var operation = variants[v].Operation;
                var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                var start = Stopwatch.GetTimestamp();
                for (var i = 0; i < operations; i++)
                {
                    operation();
                }

                var elapsed = Stopwatch.GetElapsedTime(start);
                var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
                process.Refresh();
                samples[v].Micros[round] = elapsed.TotalMicroseconds / threadsPerRound;
                samples[v].CpuMicros[round] = (process.TotalProcessorTime - cpuBefore).TotalMicroseconds / threadsPerRound;
                samples[v].Bytes[round] = allocated / threadsPerRound;
            }
        }

        return samples;
    }

    private static void Report(string title, Samples[] samples, int threadsPerRound)
    {
        var baseline = samples[0];
        Console.WriteLine($"{title} ({threadsPerRound:N0} threads per variant per round)");
        Console.WriteLine($"{"variant",-36} {"µs/thread",9}  {"ratio [95% CI]",-22} {"CPU µs",7}  {"CPU ratio [95% CI]",-22} {"bytes",6} {"extra",6}");
        var baselineBytes = Median(baseline.Bytes);
        foreach (var s in samples)
        {
            var ratio = PairedRatio(s.Micros, baseline.Micros);
            var cpuRatio = PairedRatio(s.CpuMicros, baseline.CpuMicros);
            var bytes = Median(s.Bytes);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{s.Name,-36} {Median(s.Micros),9:F1}  {Format(ratio),-22} {Median(s.CpuMicros),7:F1}  {Format(cpuRatio),-22} {bytes,6:F0} {bytes - baselineBytes,6:F0}"));
        }
    }

    private static string Format((double Median, double Low, double High) ratio) =>
        string.Create(CultureInfo.InvariantCulture, $"{ratio.Median:F3} [{ratio.Low:F3}, {ratio.High:F3}]");

    /// <summary>The median of the per-round ratios, and the order statistics that bound it with 95% confidence.</summary>
    private static (double Median, double Low, double High) PairedRatio(double[] values, double[] baseline)
    {
        var ratios = values.Zip(baseline, static (v, b) => v / b).Order().ToArray();
        var (low, high) = MedianInterval(ratios.Length);
        return (Median(ratios), ratios[low], ratios[high]);
    }

    /// <summary>
    /// Zero-based ranks (j, n - 1 - j) with j the largest for which P(Binomial(n, ½) &lt; j + 1) ≤ 2.5%: the median lies
    /// between those two sorted values with at least 95% probability, whatever the distribution.
    /// </summary>
    private static (int Low, int High) MedianInterval(int n)
    {
        var j = 0;
        var probability = Math.Pow(0.5, n); // P(X = 0)
        var cumulative = probability;
        while (j + 1 < n / 2)
        {
            probability *= (double)(n - j) / (j + 1); // P(X = j + 1)
            if (cumulative + probability > 0.025)
            {
                break;
            }

            cumulative += probability;
            j++;
        }

        return (j, n - 1 - j);
    }

    private static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private sealed record Variant(string Name, Action Operation);

    private sealed class Samples(string name, int rounds)
    {
        public string Name { get; } = name;

        public double[] Micros { get; } = new double[rounds];

        public double[] CpuMicros { get; } = new double[rounds];

        public double[] Bytes { get; } = new double[rounds];
    }
}
