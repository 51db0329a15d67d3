using JThreading.Concurrent;

namespace JThreading.Tests.Concurrent;

/// <summary>A task that sleeps in an executor until it is interrupted, and says whether it was.</summary>
internal sealed class InterruptibleSleeper
{
    private volatile bool _interrupted;

    private InterruptibleSleeper()
    {
    }

    public bool Interrupted => _interrupted;

    /// <summary>Executes the sleeper in <paramref name="executor"/> and returns once it has started.</summary>
    public static InterruptibleSleeper StartIn(IExecutor executor)
    {
        var sleeper = new InterruptibleSleeper();
        using var started = new ManualResetEventSlim();
        executor.Execute(() =>
        {
            started.Set();
            try
            {
                JThread.Sleep(TestTimeouts.UnexpectedTimeoutMillis);
            }
            catch (InterruptedException)
            {
                sleeper._interrupted = true;
            }
        });
        ExecutorTesting.AwaitGate(started);
        return sleeper;
    }
}
