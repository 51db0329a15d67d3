// The daemon-threads lesson: does a running thread keep the program alive once main has finished?
// Run it three ways: `regular`, `daemon`, `inherit`. java/DaemonThreads.java and python/daemon_threads.py are the
// same lesson, line by line, in Java and in Python.
using JThreading;

switch (args.Length == 1 ? args[0] : null)
{
    case "regular":
        Regular();
        return 0;
    case "daemon":
        Daemon();
        return 0;
    case "inherit":
        Inherit();
        return 0;
    default:
        Console.Error.WriteLine("usage: DaemonThreads regular|daemon|inherit");
        return 2;
}

// A non-daemon thread keeps the process alive: main finishes, the thread goes on printing until you stop it (Ctrl+C).
static void Regular()
{
    var regularThread = new JThread(PrintForever, "regularThread");
    regularThread.Start();
    JThread.Sleep(3000);
    Console.WriteLine("Main thread exiting but program doesn't");
}

// A daemon thread does not: once main finishes, the process ends and the daemon thread stops wherever it is.
static void Daemon()
{
    var daemonThread = new JThread(PrintForever, "daemonThread");
    daemonThread.SetDaemon(true); // before Start(): a started thread cannot change sides
    daemonThread.Start();
    JThread.Sleep(3000);
    Console.WriteLine("Main thread exiting and program too");
}

// A new thread takes its daemon status from the thread that creates it, so a daemon's child is a daemon too
// and cannot hold the process open either.
static void Inherit()
{
    var daemonThread = new JThread(() =>
    {
        var childThread = new JThread(PrintForever, "childThread"); // no SetDaemon: inherited
        Console.WriteLine($"daemonThread is daemon: {Text(JThread.CurrentThread().IsDaemon())}");
        Console.WriteLine($"childThread is daemon: {Text(childThread.IsDaemon())}");
        childThread.Start();
    }, "daemonThread");
    daemonThread.SetDaemon(true);
    daemonThread.Start();
    JThread.Sleep(3000);
    Console.WriteLine("Main thread exiting and program too");
}

static void PrintForever()
{
    while (true)
    {
        Console.WriteLine($"{JThread.CurrentThread().GetName()} executing");
        JThread.Sleep(1000);
    }
}

// Java's spelling of a boolean, so that the three versions of the lesson print the same lines.
static string Text(bool value) => value ? "true" : "false";
