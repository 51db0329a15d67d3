namespace JThreading.Tests.Waiting;

/// <summary>
/// <see cref="JThread.Interrupt"/> never makes a plain <c>lock</c>, <see cref="Monitor.Enter(object)"/> or other .NET
/// wait throw, unlike <see cref="Thread.Interrupt"/>, which makes each of these throw; the flag waits for the next
/// JThread interruption point.
/// </summary>
public sealed class PlainWaitTests
{
    public static TheoryData<string> PlainWaits =>
        ["Monitor.Wait", "ManualResetEventSlim.Wait", "SemaphoreSlim.Wait", "Thread.Sleep(0)", "Thread.Sleep", "Thread.Join", "lock", "Monitor.Enter"];

    [Fact]
    public void Interrupt_ThreadContendingForLock_TakesLockWithoutExceptionAndNextSleepThrows()
    {
        var gate = new object();
        var flagInsideLock = false;
        var sleepThrew = false;
        CheckedThread contender;
        lock (gate)
        {
            contender = CheckedThread.Start(() =>
            {
                lock (gate)
                {
                    flagInsideLock = JThread.CurrentThread().IsInterrupted();
                }

                sleepThrew = Record.Exception(() => JThread.Sleep(TestTimeouts.UnexpectedTimeout)) is InterruptedException;
            });
            TestWait.ForState(contender.Thread, JThreadState.Waiting);

            contender.Thread.Interrupt();
        }

        contender.Join();
        Assert.True(flagInsideLock);
        Assert.True(sleepThrew);
    }

    [Theory]
    [MemberData(nameof(PlainWaits))]
    public void Interrupt_ThenPlainDotNetWait_DoesNotThrowAndKeepsFlag(string call) => CheckedThread.Run(() =>
    {
        JThread.CurrentThread().Interrupt();

        WaitIn(call);

        Assert.True(JThread.CurrentThread().IsInterrupted());
        Assert.Throws<InterruptedException>(() => JThread.Sleep(0));
    });

    private static void WaitIn(string call)
    {
        var obj = new object();
        switch (call)
        {
            case "Monitor.Wait":
                lock (obj)
                {
                    Monitor.Wait(obj, TestTimeouts.ExpectedTimeout);
                }

                break;
            case "ManualResetEventSlim.Wait":
                using (var signal = new ManualResetEventSlim())
                {
                    signal.Wait(TestTimeouts.ExpectedTimeout);
                }

                break;
            case "SemaphoreSlim.Wait":
                using (var semaphore = new SemaphoreSlim(0))
                {
                    semaphore.Wait(TestTimeouts.ExpectedTimeout);
                }

                break;
            case "Thread.Sleep(0)":
                Thread.Sleep(0);
                break;
            case "Thread.Sleep":
                Thread.Sleep(TestTimeouts.ExpectedTimeout);
                break;
            case "Thread.Join":
                var other = new Thread(() => Thread.Sleep(TestTimeouts.ExpectedTimeout)) { IsBackground = true };
                other.Start();
                Assert.True(other.Join(TestTimeouts.UnexpectedTimeout));
                break;
            case "lock":
            case "Monitor.Enter":
                TakeContendedLock(obj, call == "lock");
                break;
            default:
                throw new ArgumentException($"unknown call {call}", nameof(call));
        }
    }

    /// <summary>Takes <paramref name="obj"/> while a helper holds it until the take really blocks.</summary>
    private static void TakeContendedLock(object obj, bool useLockStatement)
    {
        var taker = JThread.CurrentThread();
        var takerAboutToLock = false;
        using var holding = new ManualResetEventSlim();
        var holder = CheckedThread.Start(() =>
        {
            lock (obj)
            {
                holding.Set();
                TestWait.Until(() => Volatile.Read(ref takerAboutToLock) && taker.GetState() == JThreadState.Waiting, "the taker blocks on the lock");
            }
        });
        holding.Wait();

        Volatile.Write(ref takerAboutToLock, true);
        if (useLockStatement)
        {
            lock (obj)
            {
                Assert.True(Monitor.IsEntered(obj));
            }
        }
        else
        {
            Monitor.Enter(obj);
            Monitor.Exit(obj);
        }

        holder.Join();
    }
}
