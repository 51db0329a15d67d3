// The uncaught-exceptions lesson: an exception that escapes a thread ends that thread, and the program lives on.
// Who hears about it: the thread's own handler, else its group, else the default handler, else a report on standard
// error. java/UncaughtExceptions.java and python/uncaught_exceptions.py are the same lesson in Java and Python.
using JThreading;

// 1. Nobody listens: "Exception in thread "worker-1" ..." and the stack trace go to standard error.
Run(new JThread(Fail, "worker-1"));
Console.WriteLine("main: worker-1 died, main goes on");

// 2. The thread's own handler.
var worker2 = new JThread(Fail, "worker-2");
worker2.SetUncaughtExceptionHandler(ThreadHandler);
Run(worker2);

// 3. The thread's group: a group is its threads' handler when they have none of their own.
Run(new JThread(new Workers(), Fail, "worker-3"));

// 4. The default handler, for every thread that has no handler and whose group does not override the method.
JThread.SetDefaultUncaughtExceptionHandler((thread, exception) =>
    Console.WriteLine($"default handler: {thread.GetName()} failed: {exception.Message}"));
Run(new JThread(Fail, "worker-4"));

// 5. A thread's own handler still comes first.
var worker5 = new JThread(Fail, "worker-5");
worker5.SetUncaughtExceptionHandler(ThreadHandler);
Run(worker5);

Console.WriteLine("main: five threads died, main is still running");

static void Fail() => throw new InvalidOperationException("something broke");

static void ThreadHandler(JThread thread, Exception exception) =>
    Console.WriteLine($"thread handler: {thread.GetName()} failed: {exception.Message}");

// The handler runs on the dying thread before it counts as ended, so Join() returns after the handler has printed.
static void Run(JThread worker)
{
    worker.Start();
    worker.Join();
}

// Java's `new ThreadGroup("workers") { public void uncaughtException(...) }`.
internal sealed class Workers() : JThreadGroup("workers")
{
    public override void UncaughtException(JThread thread, Exception exception) =>
        Console.WriteLine($"group {GetName()}: {thread.GetName()} failed: {exception.Message}");
}
