namespace JThreading.Tests.Threads;

/// <summary>Group behaviour that prints, or that needs the process's own main thread: checked in a child process.</summary>
public sealed class JThreadGroupProcessTests
{
    [Fact]
    public void List_Tree_PrintsGroupsAndThreadsIndentedByFourPerLevel()
    {
        using var host = HostProcess.Run(Scenarios.GroupList);

        Assert.Equal(0, host.ExitCode);
        var lines = host.OutputLines;
        Assert.Equal(5, lines.Length);
        Assert.Equal("JThreading.JThreadGroup[name=top,maxpri=10]", lines[0]);
        Assert.Matches(@"^    Thread\[#\d+,t1,5,top\]$", lines[1]);
        Assert.Equal("    JThreading.JThreadGroup[name=sub,maxpri=7]", lines[2]);
        Assert.Matches(@"^        Thread\[#\d+,t2,5,sub\]$", lines[3]);
        Assert.Equal("        JThreading.JThreadGroup[name=leaf,maxpri=7]", lines[4]);
        Assert.Equal(string.Empty, host.Error);
    }

    [Fact]
    public void MainGroup_MainAdoptedAndJThreads_CountedWhileAliveOnly()
    {
        using var host = HostProcess.Run(Scenarios.MainGroupMembers);

        Assert.Equal(0, host.ExitCode);
        Assert.Equal(
            [
                "main group: JThreading.JThreadGroup[name=main,maxpri=10]",
                "its parent: JThreading.JThreadGroup[name=system,maxpri=10]",
                "alone: 1 [main]",
                "with others: 3 [main, raw, worker]",
                "after they ended: 1 [main]",
            ],
            host.OutputLines);
    }
}
