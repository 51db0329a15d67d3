// The shutdown-hooks lesson: code that runs when the program ends, and the exit code the program ends with.
// Run it four ways: `normal`, `exit`, `halt`, `wait` (then press Ctrl+C, or send SIGTERM). java/ShutdownHooks.java
// and python/shutdown_hooks.py are the same lesson in Java and in Python.
using JThreading;

// RunMain gives the program Java's rules: main runs as the JThread "main", hooks run on the way out, and Ctrl+C and
// SIGTERM end it through the hooks with 128 + the signal's number.
return JRuntime.RunMain(args, Lesson);

static void Lesson(string[] args)
{
    string[] modes = ["normal", "exit", "halt", "wait"];
    if (args.Length != 1 || !modes.Contains(args[0]))
    {
        Console.Error.WriteLine("usage: ShutdownHooks normal|exit|halt|wait");
        JRuntime.GetRuntime().Exit(2); // no hook registered yet
    }

    var runtime = JRuntime.GetRuntime();
    runtime.AddShutdownHook(new JThread(() => Console.WriteLine("hook: running"), "hook")); // not started: Exit starts it

    switch (args[0])
    {
        case "normal":
            Console.WriteLine("main: returning"); // the last non-daemon thread ends: hooks run, exit code 0
            break;
        case "exit":
            Console.WriteLine("main: calling exit(3)");
            runtime.Exit(3); // hooks run, exit code 3; Exit never returns
            Console.WriteLine("main: never printed");
            break;
        case "halt":
            Console.WriteLine("main: calling halt(3)");
            runtime.Halt(3); // no hook runs, exit code 3
            Console.WriteLine("main: never printed");
            break;
        case "wait":
            Console.WriteLine("main: waiting for Ctrl+C or SIGTERM");
            JThread.Sleep(long.MaxValue); // Ctrl+C: hooks run, exit code 130; SIGTERM: the same with 143
            break;
    }
}
