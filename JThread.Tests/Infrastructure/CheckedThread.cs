using System.Runtime.ExceptionServices;

namespace JThreading.Tests;

/// <summary>
/// A daemon helper <see cref="JThread"/> whose body's failure (an exception or a failed assertion) fails the test
/// when it is joined, instead of going to the uncaught-exception handler.
/// </summary>
/// <remarks>
/// Code that interrupts the current thread runs here rather than on the test's own thread: the test runs on a
/// thread-pool thread, and an interrupt flag left on it would leak into whatever test runs there next.
/// </remarks>
internal sealed class CheckedThread
{
    private Exception? _failure;

    private CheckedThread(Action body, string name)
    {
        Thread = new JThread(
            () =>
            {
                try
                {
                    body();
                }
                catch (Exception exception)
                {
                    _failure = exception;
                }
            },
            name);
        Thread.SetDaemon(true);
    }

    public JThread Thread { get; }

    /// <summary>Creates the thread without starting it.</summary>
    public static CheckedThread Create(Action body, string name = "checked") => new(body, name);

    /// <summary>Creates and starts the thread.</summary>
    public static CheckedThread Start(Action body, string name = "checked")
    {
        var thread = Create(body, name);
        thread.Thread.Start();
        return thread;
    }

    /// <summary>Runs <paramref name="body"/> on a fresh thread and waits for it, rethrowing its failure.</summary>
    public static void Run(Action body, string name = "checked") => Start(body, name).Join();

    /// <summary>Asserts that the thread ends in time, then rethrows whatever its body threw.</summary>
    /// <remarks>
    /// Waits without <see cref="JThread.Join()"/>, so it works the same from a thread whose interrupt flag is set.
    /// </remarks>
    public void Join()
    {
        TestWait.Until(() => !Thread.IsAlive(), $"{Thread} ended");
        if (_failure is not null)
        {
            ExceptionDispatchInfo.Throw(_failure);
        }
    }
}
