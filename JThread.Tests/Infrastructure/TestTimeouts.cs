namespace JThreading.Tests;

/// <summary>The two waits every test uses, so that a slow shared machine never makes a test flaky.</summary>
internal static class TestTimeouts
{
    /// <summary>How long to wait for something that should not happen (a wait that must time out).</summary>
    public static readonly TimeSpan ExpectedTimeout = TimeSpan.FromMilliseconds(300);

    /// <summary>How long to wait for something that must happen; reached only when the test fails.</summary>
    public static readonly TimeSpan UnexpectedTimeout = TimeSpan.FromSeconds(30);

    /// <summary>How long a child process is watched to show that it stays alive.</summary>
    public static readonly TimeSpan StaysAlive = TimeSpan.FromSeconds(2);

    /// <summary>How long a stress test keeps repeating a race; bounded so the suite stays fast.</summary>
    public static readonly TimeSpan RaceDuration = TimeSpan.FromSeconds(1);

    public static int ExpectedTimeoutMillis => (int)ExpectedTimeout.TotalMilliseconds;

    public static int UnexpectedTimeoutMillis => (int)UnexpectedTimeout.TotalMilliseconds;
}
