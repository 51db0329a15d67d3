// The join lesson: waiting for a thread to end, with and without a timeout, and what a timeout of zero means.
// java/JoinAndTimeouts.java and python/join_and_timeouts.py are the same lesson in Java and in Python.
using JThreading;

var worker = new JThread(() =>
{
    try
    {
        JThread.Sleep(1500);
    }
    catch (InterruptedException)
    {
        return; // nobody interrupts it here (Java's compiler asks for this catch; the JT0002 analyzer reminds of it)
    }

    Console.WriteLine("worker: done");
}, "worker");
worker.Start();

// Join(millis) waits at most that long and returns nothing: ask IsAlive() afterwards to know whether it ended.
worker.Join(200);
Console.WriteLine($"join(200): worker alive: {worker.IsAlive()}");

// Join(TimeSpan), Java 19's join(Duration), tells you instead: true when the thread ended in time.
bool ended = worker.Join(TimeSpan.FromMilliseconds(200));
Console.WriteLine($"join(200 ms as a duration) says it ended: {ended}");

// A zero duration does not wait at all.
worker.Join(TimeSpan.Zero);
Console.WriteLine($"join(zero duration): worker alive: {worker.IsAlive()}");

// Join(0) waits for ever, as Java's join(0) does. Careful: a raw System.Threading.Thread's Join(0) does not wait at
// all; JThread follows Java here, so a ported join(0) keeps its meaning.
worker.Join(0);
Console.WriteLine($"join(0): worker alive: {worker.IsAlive()}");

// Joining a thread that has ended returns at once, as often as you like.
worker.Join();
Console.WriteLine("join() after the end: returns at once");
