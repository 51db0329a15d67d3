using System.Diagnostics;
using System.Globalization;

namespace JThreading.Benchmarks;

/// <summary>
/// The in-process comparison behind the start+join targets: raw <see cref="Thread"/> and JThread variants started and
/// joined one at a time, the variants interleaved round by round so that a busy moment on the machine hits them all.
/// Reports each variant's median time per thread over the rounds, its ratio to raw <see cref="Thread"/>, and the
/// processor time the whole process used per thread (less moved by other programs than the elapsed time on a shared
/// machine), and the bytes allocated per thread on every thread of the process
/// (<see cref="GC.GetTotalAllocatedBytes(bool)"/>).
/// </summary>
/// <remarks><c>JThread.Benchmarks startjoin [rounds] [threads per round]</c>.</remarks>
internal static class StartJoinProfile
{
    private static readonly ThreadStart s_nothingStart = static () => { };
    private static readonly Action s_nothing = static () => { };
    private static readonly ThreadStart s_namesItself = static () => Thread.CurrentThread.Name = "worker";

    private static readonly (string Name, Action StartJoin)[] s_variants =
    [
        ("raw Thread", static () =>
        {
            var thread = new Thread(s_nothingStart);
            thread.Start();
            thread.Join();
        }),
        ("raw Thread, Name set", static () =>
        {
            var thread = new Thread(s_nothingStart) { Name = "worker" };
            thread.Start();
            thread.Join();
        }),
        ("raw Thread, names itself", static () =>
        {
            var thread = new Thread(s_namesItself);
            thread.Start();
            thread.Join();
        }),
        ("JThread", static () =>
        {
            var thread = new JThread(s_nothing);
            thread.Start();
            thread.Join();
        }),
        ("JThread, named", static () =>
        {
            var thread = new JThread(s_nothing, "worker");
            thread.Start();
            thread.Join();
        }),
        ("JThread, daemon", static () =>
        {
            var thread = new JThread(s_nothing);
            thread.SetDaemon(true);
            thread.Start();
            thread.Join();
        }),
    ];

    public static void Run(int rounds, int threads)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $".NET {Environment.Version}, {Environment.ProcessorCount} processors, {rounds} rounds of {threads} start+join per variant, interleaved"));
        foreach (var (_, startJoin) in s_variants)
        {
            for (var i = 0; i < 200; i++)
            {
                startJoin();
            }
        }

        using var process = Process.GetCurrentProcess();
        var micros = new double[s_variants.Length][];
        var bytes = new double[s_variants.Length][];
        var cpu = new double[s_variants.Length][];
        for (var v = 0; v < s_variants.Length; v++)
        {
            micros[v] = new double[rounds];
            bytes[v] = new double[rounds];
            cpu[v] = new double[rounds];
        }

        for (var round = 0; round < rounds; round++)
        {
            for (var v = 0; v < s_variants.Length; v++)
            {
                var startJoin = s_variants[v].StartJoin;
                var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
                var cpuBefore = process.TotalProcessorTime;
                var start = Stopwatch.GetTimestamp();
                for (var i = 0; i < threads; i++)
                {
                    startJoin();
                }

                var elapsed = Stopwatch.GetElapsedTime(start);
                var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
                process.Refresh();
                cpu[v][round] = (process.TotalProcessorTime - cpuBefore).TotalMicroseconds / threads;
                micros[v][round] = elapsed.TotalMicroseconds / threads;
                bytes[v][round] = (double)allocated / threads;
            }
        }

        var baseline = Median(micros[0]);
        var baselineBytes = Median(bytes[0]);
        var baselineCpu = Median(cpu[0]);
        Console.WriteLine($"{"variant",-24} {"median µs",10} {"min µs",8} {"max µs",8} {"ratio",6} {"CPU µs",7} {"ratio",6} {"bytes",7} {"extra",6}");
        for (var v = 0; v < s_variants.Length; v++)
        {
            var median = Median(micros[v]);
            var medianBytes = Median(bytes[v]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{s_variants[v].Name,-24} {median,10:F1} {micros[v].Min(),8:F1} {micros[v].Max(),8:F1} {median / baseline,6:F3} {Median(cpu[v]),7:F1} {Median(cpu[v]) / baselineCpu,6:F3} {medianBytes,7:F0} {medianBytes - baselineBytes,6:F0}"));
        }
    }

    private static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
