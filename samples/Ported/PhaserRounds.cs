// A Phaser whose OnAdvance ends it, as in the Java 7 Concurrency Cookbook: three workers do three rounds together;
// the last to arrive in each round runs OnAdvance, which prints the round and, after the third, terminates the phaser,
// so every worker's ArriveAndAwaitAdvance returns a negative phase and the loop ends. Java: java/PhaserRounds.java.
using JThreading.Concurrent;
using JThreading.Concurrent.Atomic;

namespace JThreading.Samples.Ported;

internal static class PhaserRoundsProgram
{
    public static int Run()
    {
        var work = new AtomicInteger();
        var phaser = new RoundsPhaser(work, rounds: 3);
        phaser.BulkRegister(3);

        var workers = new List<JThread>();
        for (var w = 0; w < 3; w++)
        {
            var worker = new JThread(() =>
            {
                while (!phaser.IsTerminated())
                {
                    work.IncrementAndGet();       // this round's work
                    phaser.ArriveAndAwaitAdvance();
                }
            }, "worker-" + w);
            workers.Add(worker);
            worker.Start();
        }

        foreach (var worker in workers)
        {
            worker.Join();
        }

        Console.WriteLine("terminated: " + phaser.IsTerminated().ToString().ToLowerInvariant());
        Console.WriteLine("phase: " + phaser.GetPhase());
        Console.WriteLine("registered: " + phaser.GetRegisteredParties());
        Console.WriteLine("work done: " + work.Get());
        Console.WriteLine("arrive after termination: " + phaser.Arrive());
        return 0;
    }

    private sealed class RoundsPhaser(AtomicInteger work, int rounds) : Phaser
    {
        protected override bool OnAdvance(int phase, int registeredParties)
        {
            Console.WriteLine($"round {phase} done by {registeredParties} parties, work so far {work.Get()}");
            return phase + 1 >= rounds || registeredParties == 0;
        }
    }
}
