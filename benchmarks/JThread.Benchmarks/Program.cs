using System.Globalization;
using BenchmarkDotNet.Running;

namespace JThreading.Benchmarks;

/// <summary>
/// Runs the benchmarks chosen on the command line with <see cref="BenchmarkConfig"/>'s stable job, for example
/// <c>dotnet run -c Release --project benchmarks/JThread.Benchmarks -- --filter '*'</c> (add <c>--quick</c> for a dry
/// run). Other modes: <c>startjoin [rounds] [threads] [in-flight rounds]</c>, the in-process start+join and
/// in-flight comparison (paired ratios, rotated order);
/// <c>roundtrips [samples]</c>, the medians of single round trips to set beside the JVM's (benchmarks/jvm); and
/// <c>cross-runtime</c>, the .NET side of benchmarks/cross-runtime/run.sh.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        switch (args)
        {
            case ["roundtrips", ..]:
                RoundTrips.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 50_000);
                return;
            case ["startjoin", ..]:
                StartJoinProfile.Run(
                    args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 30,
                    args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 500,
                    args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 20);
                return;
            case ["cross-runtime", ..]:
                CrossRuntime.Run(args[1..]);
                return;
        }

        var quick = args.Contains("--quick");
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly)
            .Run([.. args.Where(static a => a != "--quick")], BenchmarkConfig.Create(quick));
    }
}
