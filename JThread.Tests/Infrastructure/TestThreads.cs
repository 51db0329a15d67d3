namespace JThreading.Tests;

/// <summary>Helper threads for tests: always daemon, always joined with an assertion.</summary>
internal static class TestThreads
{
    /// <summary>Creates and starts a daemon JThread.</summary>
    public static JThread StartDaemon(Action task, string name = "test-helper")
    {
        var thread = new JThread(task, name);
        thread.SetDaemon(true);
        thread.Start();
        return thread;
    }

    /// <summary>
    /// Runs <paramref name="action"/> on a new daemon JThread and waits for it: an assertion that fails inside fails
    /// the test, and a call that blocks for ever fails it after <see cref="TestTimeouts.UnexpectedTimeout"/> instead
    /// of hanging the run.
    /// </summary>
    public static void RunOnDaemon(Action action, string name = "test-helper") => CheckedThread.Run(action, name);
}
