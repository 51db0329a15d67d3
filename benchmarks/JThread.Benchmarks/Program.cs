using System.Globalization;
using BenchmarkDotNet.Running;

namespace JThreading.Benchmarks;

/// <summary>
/// Runs the benchmarks chosen on the command line, for example
/// <c>dotnet run -c Release --project benchmarks/JThread.Benchmarks -- --filter '*' --job short --exporters github</c>;
/// or, with <c>roundtrips [samples]</c>, the medians of single round trips to set beside the JVM's
/// (benchmarks/jvm/RoundTrips.java).
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["roundtrips", ..])
        {
            RoundTrips.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 50_000);
            return;
        }

        if (args is ["startjoin", ..])
        {
            StartJoinProfile.Run(
                args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 7,
                args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 2_000);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
