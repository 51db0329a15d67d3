using System.Diagnostics;

namespace JThreading.Tests;

/// <summary>Waiting for another thread to reach a state, without a bare number in the test.</summary>
internal static class TestWait
{
    /// <summary>Waits until <paramref name="condition"/> holds; fails the test after <see cref="TestTimeouts.UnexpectedTimeout"/>.</summary>
    public static void Until(Func<bool> condition, string because)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > TestTimeouts.UnexpectedTimeout)
            {
                Assert.Fail($"timed out waiting until {because}");
            }

            Thread.Sleep(1);
        }
    }

    /// <summary>Waits until <paramref name="thread"/> reports <paramref name="state"/>.</summary>
    public static void ForState(JThread thread, JThreadState state) =>
        Until(() => thread.GetState() == state, $"{thread} is {state} (it is {thread.GetState()})");

    /// <summary>Joins a helper thread and asserts that it ended.</summary>
    public static void Joined(JThread thread) =>
        Assert.True(thread.Join(TestTimeouts.UnexpectedTimeout), $"{thread} did not end in time");
}
