// Programs ported from Java, line by line, each beside its Java original in java/: the parity tests in
// JThread.Tests/Samples/PortedProgramTests.cs run both and check that they print the same and end the same.
// Run one with `dotnet run --project samples/Ported -- <program>`; `java samples/Ported/java/<Program>.java` runs
// the original.
using JThreading.Samples.Ported;

return args.Length == 1 ? args[0] switch
{
    "Memoizer" => MemoizerProgram.Run(),
    "PoolCounter" => PoolCounterProgram.Run(),
    "PhaserRounds" => PhaserRoundsProgram.Run(),
    _ => Usage(),
} : Usage();

static int Usage()
{
    Console.Error.WriteLine("usage: Ported Memoizer|PoolCounter|PhaserRounds");
    return 2;
}
