namespace JThreading.Tests.ProcessLifetime;

/// <summary>
/// The keep-alive registry: what <see cref="JRuntime.KeepAliveSnapshot"/> lists, in this process (other tests run
/// beside these, so each looks only at its own entries), and how leases hold a child process open.
/// </summary>
public sealed class KeepAliveRegistryTests
{
    private static JRuntime Runtime => JRuntime.GetRuntime();

    [Fact]
    public void KeepAliveSnapshot_StartedNonDaemonThread_ListedUntilItEnds()
    {
        using var release = new ManualResetEventSlim();
        #pragma warning disable JT0006 // on purpose: a .NET wait the test ends itself (gate set, or time up); nothing interrupts this thread
        var thread = new JThread(() => release.Wait(), "registry-non-daemon");
        #pragma warning restore JT0006
        thread.SetDaemon(false);
        try
        {
            var before = DateTimeOffset.UtcNow;
            thread.Start();
            var after = DateTimeOffset.UtcNow;

            var entry = Assert.Single(EntriesOf(thread));
            Assert.Equal(KeepAliveKind.Thread, entry.Kind);
            Assert.Equal("registry-non-daemon", entry.Name);
            Assert.InRange(entry.Since, before, after);
        }
        finally
        {
            release.Set();
        }

        TestWait.Joined(thread);
        TestWait.Until(() => EntriesOf(thread).Count == 0, "the ended thread left the registry");
    }

    [Fact]
    public void KeepAliveSnapshot_UnstartedOrDaemonThread_NotListed()
    {
        using var release = new ManualResetEventSlim();
        var unstarted = new JThread(() => { }, "registry-unstarted");
        unstarted.SetDaemon(false);
        #pragma warning disable JT0006 // on purpose: a .NET wait the test ends itself (gate set, or time up); nothing interrupts this thread
        var daemon = new JThread(() => release.Wait(), "registry-daemon");
        #pragma warning restore JT0006
        daemon.SetDaemon(true);
        daemon.Start();
        try
        {
            Assert.Empty(EntriesOf(unstarted));
            Assert.Empty(EntriesOf(daemon));
        }
        finally
        {
            release.Set();
        }

        TestWait.Joined(daemon);
    }

    [Fact]
    public void KeepAlive_Lease_ListedWithReasonUntilDisposed()
    {
        var reason = $"lease-{Guid.NewGuid()}";
        var before = DateTimeOffset.UtcNow;
        var lease = Runtime.KeepAlive(reason);
        var after = DateTimeOffset.UtcNow;
        try
        {
            var entry = Assert.Single(EntriesOf(reason));
            Assert.Equal(KeepAliveKind.Lease, entry.Kind);
            Assert.Null(entry.ThreadId);
            Assert.InRange(entry.Since, before, after);
        }
        finally
        {
            lease.Dispose();
        }

        Assert.Empty(EntriesOf(reason));
    }

    [Fact]
    public void KeepAlive_DisposedTwice_OtherLeaseWithSameReasonStaysHeld()
    {
        var reason = $"lease-{Guid.NewGuid()}";
        using var other = Runtime.KeepAlive(reason);
        var lease = Runtime.KeepAlive(reason);

        lease.Dispose();
        lease.Dispose();

        Assert.Single(EntriesOf(reason));
    }

    [Fact]
    public void KeepAliveSnapshot_SeveralEntries_OldestFirst()
    {
        var prefix = $"order-{Guid.NewGuid()}";
        using var release = new ManualResetEventSlim();
        using var first = Runtime.KeepAlive($"{prefix} first");
        WaitForClockToMove();
        #pragma warning disable JT0006 // on purpose: a .NET wait the test ends itself (gate set, or time up); nothing interrupts this thread
        var thread = new JThread(() => release.Wait(), $"{prefix} second");
        #pragma warning restore JT0006
        thread.SetDaemon(false);
        try
        {
            thread.Start();
            WaitForClockToMove();
            using var third = Runtime.KeepAlive($"{prefix} third");

            var names = Runtime.KeepAliveSnapshot().Select(e => e.Name).Where(n => n.StartsWith(prefix, StringComparison.Ordinal));
            Assert.Equal([$"{prefix} first", $"{prefix} second", $"{prefix} third"], names);
        }
        finally
        {
            release.Set();
        }

        TestWait.Joined(thread);
    }

    [Fact]
    public void KeepAliveSnapshot_ConcurrentStartsEndsAndLeases_ListsExactlyWhatIsHeld()
    {
        const int Drivers = 4;
        const int Rounds = 40;
        var prefix = $"stress-{Guid.NewGuid()}";
        var failures = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var drivers = Enumerable.Range(0, Drivers).Select(d => new JThread(() =>
        {
            for (var round = 0; round < Rounds; round++)
            {
                using var release = new ManualResetEventSlim();
                #pragma warning disable JT0006 // on purpose: a .NET wait the test ends itself (gate set, or time up); nothing interrupts this thread
                var worker = new JThread(() => release.Wait(), $"{prefix}-{d}-{round}");
                #pragma warning restore JT0006
                worker.SetDaemon(round % 2 == 0);
                var lease = Runtime.KeepAlive($"{prefix}-lease-{d}-{round}");
                worker.Start();
                try
                {
                    var listed = Runtime.KeepAliveSnapshot();
                    if (listed.Any(e => e.ThreadId == worker.ThreadId()) == worker.IsDaemon())
                    {
                        failures.Enqueue($"{worker} (daemon={worker.IsDaemon()}) listed wrongly");
                    }

                    if (!listed.Any(e => e.Name == $"{prefix}-lease-{d}-{round}"))
                    {
                        failures.Enqueue($"lease {d}-{round} missing");
                    }
                }
                finally
                {
                    release.Set();
                    lease.Dispose();
                }

                worker.Join();
            }
        }, $"driver{d}")).ToArray();

        foreach (var driver in drivers)
        {
            driver.SetDaemon(true);
            driver.Start();
        }

        foreach (var driver in drivers)
        {
            TestWait.Joined(driver);
        }

        Assert.Empty(failures);
        TestWait.Until(() => EntriesOf(prefix).Count == 0, "every stress entry left the registry");
    }

    [Fact]
    public void KeepAliveSnapshot_SetDaemonRacingStart_ListedExactlyWhenNonDaemon()
    {
        const int Rounds = 100;
        for (var round = 0; round < Rounds; round++)
        {
            using var release = new ManualResetEventSlim();
            using var gate = new Barrier(2);
            #pragma warning disable JT0006 // on purpose: a .NET wait the test ends itself (gate set, or time up); nothing interrupts this thread
            var target = new JThread(() => release.Wait(), $"race-{round}");
            #pragma warning restore JT0006
            target.SetDaemon(true);
            var setter = new JThread(() =>
            {
                #pragma warning disable JT0006 // on purpose: a .NET wait the test ends itself (gate set, or time up); nothing interrupts this thread
                gate.SignalAndWait();
                #pragma warning restore JT0006
                try
                {
                    target.SetDaemon(false);
                }
                catch (IllegalThreadStateException)
                {
                    // Start won the race; the thread stays a daemon.
                }
            }, "setter");
            setter.SetDaemon(true);
            setter.Start();
            try
            {
                gate.SignalAndWait(TestContext.Current.CancellationToken);
                target.Start();
                TestWait.Joined(setter);

                Assert.Equal(!target.IsDaemon(), EntriesOf(target).Count == 1);
            }
            finally
            {
                release.Set();
            }

            TestWait.Joined(target);
        }
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("runmain")]
    public void KeepAlive_HeldWhenMainEnds_HoldsProcessUntilReleased(string mode)
    {
        using var host = HostProcess.Start(Scenarios.LeaseHoldsProcess, [mode]);
        host.WaitForLine("ready");

        host.AssertHeldUntilInputCloses();

        Assert.Equal(0, host.ExitCode);
        Assert.Empty(host.Error);
    }

    [Theory]
    [InlineData("plain", 0)]
    [InlineData("runmain", 0)]
    [InlineData("exit", 5)]
    public void KeepAlive_TakenInHook_DoesNotDelayEnd(string mode, int exitCode)
    {
        using var host = HostProcess.Run(Scenarios.LeaseTakenInHook, [mode]);

        Assert.Equal(exitCode, host.ExitCode);
        Assert.Equal(["hook took lease"], host.OutputLines);
    }

    private static List<KeepAliveEntry> EntriesOf(JThread thread) =>
        [.. Runtime.KeepAliveSnapshot().Where(e => e.ThreadId == thread.ThreadId())];

    private static List<KeepAliveEntry> EntriesOf(string namePrefix) =>
        [.. Runtime.KeepAliveSnapshot().Where(e => e.Name.StartsWith(namePrefix, StringComparison.Ordinal))];

    /// <summary>Entries taken in one clock tick would tie on <see cref="KeepAliveEntry.Since"/>; this keeps them apart.</summary>
    private static void WaitForClockToMove()
    {
        var now = DateTimeOffset.UtcNow;
        TestWait.Until(() => DateTimeOffset.UtcNow > now, "the clock moved");
    }
}
