namespace JThreading.Tests.Threads;

/// <summary>JThread's static ActiveCount, Enumerate and DumpStack, which work on the current thread's group.</summary>
public sealed class JThreadStaticsTests
{
    [Fact]
    public void ActiveCountAndEnumerate_ThreadInFreshGroup_SeeItsGroupAndSubgroups()
    {
        var group = new JThreadGroup("statics");
        var subgroup = new JThreadGroup(group, "statics-sub");
        var outside = new JThreadGroup("outside");
        using var threads = new WaitingThreads();
        var inSubgroup = threads.Start(subgroup, "in-subgroup");
        threads.Start(outside, "outside");
        int count = 0, enumerated = 0;
        var list = new JThread[10];
        var asking = new JThread(group, () =>
        {
            count = JThread.ActiveCount();
            enumerated = JThread.Enumerate(list);
        }, "asking");

        asking.Start();
        TestWait.Joined(asking);

        Assert.Equal(2, count);
        Assert.Equal(2, enumerated);
        Assert.Contains(asking, list);
        Assert.Contains(inSubgroup, list);
    }

    [Fact]
    public void Enumerate_ArrayTooSmall_FillsItAndReturnsItsLength()
    {
        var group = new JThreadGroup("statics-small");
        using var threads = new WaitingThreads();
        threads.Start(group, "other");
        var enumerated = -1;
        var list = new JThread[1];
        var asking = new JThread(group, () => enumerated = JThread.Enumerate(list), "asking");

        asking.Start();
        TestWait.Joined(asking);

        Assert.Equal(1, enumerated);
        Assert.NotNull(list[0]);
    }

    [Fact]
    public void Enumerate_NullArray_ThrowsArgumentNullException() =>
        Assert.Throws<ArgumentNullException>(() => JThread.Enumerate(null!));

    [Fact]
    public void DumpStack_NestedCalls_PrintsCallersInnermostFirstToStandardError()
    {
        using var host = HostProcess.Run(Scenarios.DumpStackFromNestedCalls);

        Assert.Equal(0, host.ExitCode);
        Assert.Equal(["after dump"], host.OutputLines);
        var frames = host.Error.Split('\n').Where(l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal)).ToArray();
        Assert.True(frames.Length >= 4, $"too few frames on standard error:\n{host.Error}");
        Assert.Contains("DumpInner()", frames[0], StringComparison.Ordinal);
        Assert.Contains("DumpMiddle()", frames[1], StringComparison.Ordinal);
        Assert.Contains("DumpOuter()", frames[2], StringComparison.Ordinal);
        Assert.Contains("DumpStackFromNestedCalls(", frames[3], StringComparison.Ordinal);
    }
}
