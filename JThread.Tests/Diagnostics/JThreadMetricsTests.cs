namespace JThreading.Tests.Diagnostics;

/// <summary>The <c>JThreading</c> meter, read by a MeterListener in a child process where nothing else runs.</summary>
public sealed class JThreadMetricsTests
{
    [Fact]
    public void Meter_ListenerThrows_ThreadsAndProcessUnaffected()
    {
        using var host = HostProcess.Run(Scenarios.ThrowingMeterListener);

        Assert.Equal(0, host.ExitCode);
        Assert.Equal(["worker ran", "handled boom in thrower", "alive: False False"], host.OutputLines);
        Assert.Empty(host.Error);
    }

    [Fact]
    public void Meter_ThreadsExceptionsAndLeases_AreMeasured()
    {
        using var host = HostProcess.Run(Scenarios.MeterReadings);

        Assert.Equal(0, host.ExitCode);
        Assert.Equal(
            [
                "jthread.keepalive.leases = 1",
                "jthread.threads.live daemon=False = 3",
                "jthread.threads.live daemon=True = 1",
                "jthread.threads.started daemon=False = 2",
                "jthread.threads.started daemon=True = 2",
                "jthread.uncaught_exceptions = 1",
            ],
            host.OutputLines);
    }
}
