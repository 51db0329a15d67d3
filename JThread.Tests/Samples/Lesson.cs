namespace JThreading.Tests.Samples;

/// <summary>One lesson under <c>samples/</c>: a C# project named after the folder, a Java file and a Python file.</summary>
/// <param name="Name">The folder, which is also the C# project's name.</param>
/// <param name="JavaFile">The file in the lesson's <c>java/</c> folder.</param>
/// <param name="PythonFile">The file in the lesson's <c>python/</c> folder.</param>
internal sealed record Lesson(string Name, string JavaFile, string PythonFile)
{
    public static readonly Lesson DaemonThreads = new("DaemonThreads", "DaemonThreads.java", "daemon_threads.py");

    public static readonly Lesson JoinAndTimeouts = new("JoinAndTimeouts", "JoinAndTimeouts.java", "join_and_timeouts.py");

    public static readonly Lesson Interruption = new("Interruption", "Interruption.java", "interruption.py");

    public static readonly Lesson UncaughtExceptions = new("UncaughtExceptions", "UncaughtExceptions.java", "uncaught_exceptions.py");

    public static readonly Lesson ShutdownHooks = new("ShutdownHooks", "ShutdownHooks.java", "shutdown_hooks.py");

    public static readonly Lesson WaitNotify = new("WaitNotify", "WaitNotify.java", "wait_notify.py");

    public static readonly Lesson InheritedThreadLocals = new("InheritedThreadLocals", "InheritedThreadLocals.java", "inherited_thread_locals.py");

    public static readonly Lesson ThreadPools = new("ThreadPools", "ThreadPools.java", "thread_pools.py");

    public static readonly Lesson PriceFinder = new("PriceFinder", "PriceFinder.java", "price_finder.py");
    public static readonly Lesson ForkJoin = new("ForkJoin", "ForkJoin.java", "fork_join.py");

    /// <summary>Starts the three versions with <paramref name="args"/>; skips the test where Java or Python is missing.</summary>
    public LessonRun Start(params string[] args) => LessonRun.Start(this, args, terminalSignals: false);

    /// <summary>As <see cref="Start"/>, for a test that sends Ctrl+C: the three react to SIGINT as started from a terminal.</summary>
    public LessonRun StartForSignals(params string[] args) => LessonRun.Start(this, args, terminalSignals: true);

    /// <summary>
    /// Runs the three versions with <paramref name="args"/> to their end and asserts that each exits with
    /// <paramref name="exitCode"/>, prints <paramref name="output"/> once normalized, and writes nothing to standard error.
    /// </summary>
    public void AssertEndsAlike(string[] args, int exitCode, IEnumerable<string> output, params OutputNormalization[] normalizations)
    {
        using var run = Start(args);

        run.AssertEnded(exitCode);
        run.AssertOutput(output, normalizations);
        run.AssertError([]);
    }

    /// <summary>Runs the three versions without an argument and asserts that each prints a usage line to standard error and exits with 2.</summary>
    public void AssertUsageError()
    {
        using var run = Start();

        run.AssertEnded(2);
        run.AssertOutput([]);
        Assert.All(run.Versions, v => Assert.StartsWith("usage: ", v.Process.Error, StringComparison.Ordinal));
    }

    public string JavaPath => Path.Combine("samples", Name, "java", JavaFile);

    public string PythonPath => Path.Combine("samples", Name, "python", PythonFile);

    public override string ToString() => Name;
}
