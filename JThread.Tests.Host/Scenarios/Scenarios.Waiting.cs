using System.Diagnostics;

namespace JThreading.Tests.Host;

/// <summary>Timed parks on the parker's kernel wait (Linux: a futex called through LibraryImport), under either runtime.</summary>
public static partial class Scenarios
{
    /// <summary>
    /// A short timed park that must not end before its deadline, then a long timed park that another thread ends by
    /// unparking it, then a sleep that an interrupt ends; prints one line for each.
    /// </summary>
    public static int TimedParkUnpark(string[] args)
    {
        var start = Stopwatch.GetTimestamp();
        LockSupport.ParkNanos(50_000);
        var shortPark = Stopwatch.GetElapsedTime(start);
        Say(shortPark >= TimeSpan.FromMicroseconds(50) ? "short park ended at its deadline" : $"short park ended early: {shortPark}");

        var parked = false;
        var parker = new JThread(
            () =>
            {
                Volatile.Write(ref parked, true);
                var begin = Stopwatch.GetTimestamp();
                LockSupport.ParkNanos(TimeSpan.FromMinutes(1).Ticks * 100);
                Say(Stopwatch.GetElapsedTime(begin) < TimeSpan.FromSeconds(30) ? "unparked" : "timed out");
                try
                {
                    JThread.Sleep(60_000);
                    Say("sleep not interrupted");
                }
                catch (InterruptedException)
                {
                    Say("sleep interrupted");
                }
            },
            "parker");
        parker.SetDaemon(true);
        parker.Start();
        while (!Volatile.Read(ref parked) || parker.GetState() != JThreadState.TimedWaiting)
        {
            Thread.Sleep(1);
        }

        Thread.Sleep(20);
        LockSupport.Unpark(parker);
        while (parker.GetState() != JThreadState.TimedWaiting || !parker.IsAlive())
        {
            Thread.Sleep(1);
        }

        Thread.Sleep(20);
        parker.Interrupt();
        parker.Join();
        return 0;
    }
}
