namespace JThreading.Tests.Threads;

/// <summary>
/// Adopted threads never leak into the counts. Counting is only exact when no other test starts or ends threads at
/// the same time, hence the serial collection.
/// </summary>
[Collection(ProcessWideStateCollection.Name)]
public sealed class ActiveCountTests
{
    [Fact]
    public void ActiveCount_AdoptedRawThreadEnded_NoLongerCounted()
    {
        // Adopts the test's own thread first, so that the counting calls themselves change nothing.
        var main = JThread.CurrentThread().GetThreadGroup()!;
        using var raw = new AdoptedRawThread();
        var groupCountWhileAlive = main.ActiveCount();
        var countWhileAlive = JThread.ActiveCount();

        raw.End();

        Assert.True(main.ActiveCount() < groupCountWhileAlive, "the main group still counts the ended adopted thread");
        Assert.True(JThread.ActiveCount() < countWhileAlive, "JThread.ActiveCount() still counts the ended adopted thread");
    }
}
