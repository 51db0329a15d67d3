using System.Collections.Concurrent;
using System.Diagnostics;

namespace JThreading.Tests.Waiting;

/// <summary>
/// <see cref="JThread.GetInterruptToken"/> bridges Java interruption to .NET cancellation: cancelled on
/// <c>Interrupt()</c>, fresh once the flag is cleared, and a wait ended through it keeps the flag set.
/// </summary>
public sealed class InterruptTokenTests
{
    public static TheoryData<string> TokenWaits => ["BlockingCollection.Take", "SemaphoreSlim.Wait", "await Task.Delay"];

    [Fact]
    public void GetInterruptToken_FlagClear_NotCancelled() => CheckedThread.Run(() =>
    {
        var token = JThread.CurrentThread().GetInterruptToken();

        Assert.True(token.CanBeCanceled);
        Assert.False(token.IsCancellationRequested);
    });

    [Fact]
    public void GetInterruptToken_FlagAlreadySet_AlreadyCancelled()
    {
        var thread = new JThread(() => { });
        thread.Interrupt();

        Assert.True(thread.GetInterruptToken().IsCancellationRequested);
    }

    [Fact]
    public void Interrupt_AfterTokenTaken_CancelsIt()
    {
        using var release = new ManualResetEventSlim();
        var target = CheckedThread.Start(release.Wait);
        var token = target.Thread.GetInterruptToken();
        Assert.False(token.IsCancellationRequested);

        target.Thread.Interrupt();

        Assert.True(token.IsCancellationRequested);
        release.Set();
        target.Join();
    }

    [Theory]
    [InlineData("Interrupted()")]
    [InlineData("InterruptedException")]
    public void GetInterruptToken_AfterFlagCleared_ReturnsFreshUncancelledToken(string clearedBy) => CheckedThread.Run(() =>
    {
        var self = JThread.CurrentThread();
        self.Interrupt();
        var spent = self.GetInterruptToken();
        if (clearedBy == "Interrupted()")
        {
            Assert.True(JThread.Interrupted());
        }
        else
        {
            Assert.Throws<InterruptedException>(() => JThread.Sleep(0));
        }

        var fresh = self.GetInterruptToken();

        Assert.True(spent.IsCancellationRequested);
        Assert.False(fresh.IsCancellationRequested);
        self.Interrupt();
        Assert.True(fresh.IsCancellationRequested);
        Assert.True(JThread.Interrupted());
    });

    [Theory]
    [MemberData(nameof(TokenWaits))]
    public void TokenWait_Interrupted_ThrowsOperationCanceledAndKeepsFlag(string call)
    {
        Exception? thrown = null;
        var elapsed = TimeSpan.MaxValue;
        var flagAfter = false;
        var waiter = CheckedThread.Start(() =>
        {
            var token = JThread.CurrentThread().GetInterruptToken();
            var clock = Stopwatch.StartNew();
            thrown = Record.Exception(() => WaitWith(call, token));
            elapsed = clock.Elapsed;
            flagAfter = JThread.CurrentThread().IsInterrupted();
        });
        TestWait.ForState(waiter.Thread, JThreadState.Waiting);

        waiter.Thread.Interrupt();

        waiter.Join();
        Assert.IsAssignableFrom<OperationCanceledException>(thrown);
        Assert.True(elapsed < TestTimeouts.UnexpectedTimeout, $"{call} ended after {elapsed}, not when interrupted");
        Assert.True(flagAfter);
    }

    [Fact]
    public void Interrupt_TokenCallbackThrows_DoesNotThrowAndSetsFlag() => CheckedThread.Run(() =>
    {
        var self = JThread.CurrentThread();
        using var registration = self.GetInterruptToken().Register(() => throw new InvalidOperationException("a failing callback"));

        // Interrupting itself runs the callback on this thread, inside Interrupt().
        var exception = Record.Exception(self.Interrupt);

        Assert.Null(exception);
        Assert.True(JThread.Interrupted());
    });

    [Fact]
    public void GetInterruptToken_RacingInterrupts_CancelledOnlyWhileFlagSet()
    {
        // Only the thread itself clears its flag, so a token it has just taken can be cancelled only by an interrupt
        // that is still pending: a cancelled token beside a clear flag is a stale token from an interrupt already consumed.
        var stop = false;
        var staleTokens = 0;
        var rounds = 0;
        var target = CheckedThread.Start(() =>
        {
            var self = JThread.CurrentThread();
            while (!Volatile.Read(ref stop))
            {
                var token = self.GetInterruptToken();
                if (token.IsCancellationRequested && !self.IsInterrupted())
                {
                    staleTokens++;
                }

                JThread.Interrupted();
                rounds++;
            }

            JThread.Interrupted();
        });

        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TestTimeouts.RaceDuration)
        {
            target.Thread.Interrupt();
            Thread.SpinWait(rounds % 64);
        }

        Volatile.Write(ref stop, true);
        target.Join();
        Assert.True(rounds > 0);
        Assert.Equal(0, staleTokens);
    }

    private static void WaitWith(string call, CancellationToken token)
    {
        switch (call)
        {
            case "BlockingCollection.Take":
                using (var queue = new BlockingCollection<int>())
                {
                    queue.Take(token);
                }

                break;
            case "SemaphoreSlim.Wait":
                using (var semaphore = new SemaphoreSlim(0))
                {
                    semaphore.Wait(token);
                }

                break;
            case "await Task.Delay":
                DelayAsync(token).GetAwaiter().GetResult();
                break;
            default:
                throw new ArgumentException($"unknown call {call}", nameof(call));
        }
    }

    private static async Task DelayAsync(CancellationToken token) =>
        await Task.Delay(TestTimeouts.UnexpectedTimeout, token).ConfigureAwait(false);
}
