// The interruption lesson: one thread asks another to stop. Interrupt() wakes a thread that sleeps or waits (the
// call throws InterruptedException) and sets a flag that a busy thread can poll. java/Interruption.java is the same
// lesson in Java; python/interruption.py does it with an Event and a Condition, because Python has no interrupt.
using System.Diagnostics;
using JThreading;

var gate = new object();
var started = Stopwatch.StartNew();

var sleeper = new JThread(() =>
{
    Console.WriteLine("sleeper: going to sleep for a minute");
    try
    {
        JThread.Sleep(60_000);
        Console.WriteLine("sleeper: slept the whole minute");
    }
    catch (InterruptedException)
    {
        // Throwing cleared the flag: IsInterrupted() is false again here.
        Console.WriteLine("sleeper: interrupted while sleeping");
    }
}, "sleeper");
StopAndJoin(sleeper);

var waiter = new JThread(() =>
{
    Console.WriteLine("waiter: waiting for a notify that never comes");
    try
    {
        lock (gate)
        {
            while (true)
            {
                JMonitor.Wait(gate); // Java's gate.wait(): nobody calls NotifyAll(gate)
            }
        }
    }
    catch (InterruptedException)
    {
        Console.WriteLine("waiter: interrupted while waiting");
    }
}, "waiter");
StopAndJoin(waiter);

var spinner = new JThread(() =>
{
    Console.WriteLine("spinner: busy until interrupted");
    long rounds = 0;
    while (!JThread.CurrentThread().IsInterrupted()) // nothing throws in a busy loop: poll the flag
    {
        rounds++;
    }

    Console.WriteLine("spinner: saw its interrupted flag and stopped");
}, "spinner");
StopAndJoin(spinner);

Console.WriteLine($"main: all three stopped early: {started.Elapsed < TimeSpan.FromSeconds(30)}");

static void StopAndJoin(JThread worker)
{
    worker.Start();
    JThread.Sleep(200); // time to get to the sleep or wait; an interrupt that comes first is kept and thrown there
    worker.Interrupt();
    worker.Join();
}
