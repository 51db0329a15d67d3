// The CI's package check (.ci/run): a fresh console app that installed the JThread package from a local folder.
// It exercises the Java rules a user meets first and prints lines the script compares; any difference fails CI.
using JThreading;

return JRuntime.RunMain(args, RealMain);

static void RealMain(string[] args)
{
    JRuntime.GetRuntime().AddShutdownHook(new JThread(() => Console.WriteLine("hook ran"), "hook"));

    var daemon = new JThread(() => JThread.Sleep(TimeSpan.FromMinutes(10)), "daemon");
    daemon.SetDaemon(true);
    daemon.Start();

    var worker = new JThread(() =>
    {
        try
        {
            JThread.Sleep(TimeSpan.FromMinutes(10));
        }
        catch (InterruptedException)
        {
            Console.WriteLine($"{JThread.CurrentThread().GetName()} interrupted");
        }
    }, "worker");
    worker.Start();
    worker.Interrupt();
    worker.Join();

    var thrower = new JThread(() => throw new InvalidOperationException("boom"), "thrower");
    thrower.SetUncaughtExceptionHandler((t, e) => Console.WriteLine($"{t.GetName()} threw {e.Message}"));
    thrower.Start();
    thrower.Join();

    Console.WriteLine($"main is {JThread.CurrentThread().GetName()} (id {JThread.CurrentThread().ThreadId()}), daemon alive: {daemon.IsAlive()}");
}
