using JThreading.Concurrent;

namespace JThreading.Tests.Concurrent;

/// <summary>
/// A thread factory for pools inside the test process: daemon workers named <c>prefix-n</c>, each remembered, so a test
/// can join them and no test leaves a non-daemon thread behind.
/// </summary>
internal sealed class DaemonThreadFactory(string prefix = "test-pool") : IThreadFactory
{
    private readonly List<JThread> _threads = [];

    public JThread[] Threads
    {
        get
        {
            lock (_threads)
            {
                return [.. _threads];
            }
        }
    }

    public int Created => Threads.Length;

    public JThread NewThread(Action task)
    {
        var thread = new JThread(task, $"{prefix}-{Created + 1}");
        thread.SetDaemon(true);
        lock (_threads)
        {
            _threads.Add(thread);
        }

        return thread;
    }

    /// <summary>Asserts that every worker made so far ends in time.</summary>
    public void JoinAll()
    {
        foreach (var thread in Threads)
        {
            TestWait.Until(() => !thread.IsAlive(), $"{thread} ended");
        }
    }
}
