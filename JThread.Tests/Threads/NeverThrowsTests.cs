namespace JThreading.Tests.Threads;

/// <summary>Paths Java documents as never throwing, given hostile user objects: exceptions whose text throws.</summary>
public sealed class NeverThrowsTests
{
    [Fact]
    public void Interrupt_TokenCallbackThrowsExceptionWhoseToStringThrows_DoesNotThrowAndSetsFlag() => CheckedThread.Run(() =>
    {
        var target = CheckedThread.Create(() => { }, "target").Thread;
        using var registration = target.GetInterruptToken().Register(() => throw new HostileException());

        target.Interrupt();

        Assert.True(target.IsInterrupted());
    });

    [Fact]
    public void Interrupt_TwoThrowingCallbacks_DoesNotThrowAndBothRan() => CheckedThread.Run(() =>
    {
        var target = CheckedThread.Create(() => { }, "target").Thread;
        var ran = 0;
        using var first = target.GetInterruptToken().Register(() =>
        {
            Interlocked.Increment(ref ran);
            throw new HostileException();
        });
        using var second = target.GetInterruptToken().Register(() =>
        {
            Interlocked.Increment(ref ran);
            throw new HostileException();
        });

        target.Interrupt();

        Assert.True(target.IsInterrupted());
        Assert.Equal(2, ran);
    });

    private sealed class HostileException : Exception
    {
        public override string Message => throw new InvalidOperationException("hostile Message");

        public override string ToString() => throw new InvalidOperationException("hostile ToString");
    }
}
