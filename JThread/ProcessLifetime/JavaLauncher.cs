namespace JThreading;

/// <summary>
/// The rules of the <c>java</c> launcher, for <see cref="JRuntime.RunMain(string[], Action{string[]})"/>: main runs
/// as the thread <c>"main"</c>; an exception from it is dispatched and makes the exit code 1; the main thread then
/// ends (its joiners wake); the process waits for every non-daemon thread and lease; then the shutdown sequence.
/// When the process ends is <see cref="ProcessLifetime"/>'s decision; this only plays main's part.
/// </summary>
internal static class JavaLauncher
{
    /// <summary>Runs <paramref name="main"/> under the launcher's rules and returns the exit code.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="main">The program's main; returns its task when it is asynchronous.</param>
    /// <param name="asynchronous">
    /// Whether <paramref name="main"/> is asynchronous: its continuations are then brought back to the main thread.
    /// </param>
    internal static int Run(string[] args, Func<string[], Task?> main, bool asynchronous)
    {
        ArgumentNullException.ThrowIfNull(args);
        ProcessLifetime.EnterLauncher();
        var mainThread = JThread.AdoptCallerAsMain();
        ProcessLifetime.HoldForMain(mainThread);
        SignalHandlers.Install();
        ShutdownWarmUp.Begin();

        var exitCode = 0;
        try
        {
            if (asynchronous)
            {
                RunOnMainThread(args, main);
            }
            else
            {
                main(args);
            }
        }
        catch (Exception exception)
        {
            mainThread.DispatchUncaughtException(exception);
            exitCode = 1;
        }

        // As the launcher detaches the main thread before DestroyJavaVM: joiners of main wake now, while the process
        // still waits for the other non-daemon threads.
        mainThread.Terminate();
        ProcessLifetime.EndOfMain(mainThread, KeepAliveReport.Delay());
        JThreadEventSource.Log.Exiting(exitCode);
        Environment.ExitCode = exitCode;
        return exitCode;
    }

    private static void RunOnMainThread(string[] args, Func<string[], Task?> main)
    {
        var previous = SynchronizationContext.Current;
        var context = new MainThreadSynchronizationContext();
        SynchronizationContext.SetSynchronizationContext(context);
        try
        {
            if (main(args) is { } task)
            {
                context.RunUntilComplete(task);
                task.GetAwaiter().GetResult();
            }
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }
    }
}
