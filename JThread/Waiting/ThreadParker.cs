using System.Diagnostics;

namespace JThreading;

/// <summary>
/// The one park/wake primitive every JThread wait goes through: sleep, join, <see cref="JMonitor"/>,
/// <see cref="LockSupport"/> and the <c>JThreading.Concurrent</c> types. One per thread.
/// </summary>
/// <remarks>
/// <para>
/// A waiter blocks on its own event, and everything that can end its wait (interrupt, a joined thread's end, notify,
/// unpark, a released lock) first changes what the waiter checks and then sets that event. The waiter resets the event
/// before it checks, so a wake-up between its check and its wait is never lost. A hand-off wait spins briefly before
/// it blocks, so a quick hand-off between two threads never reaches the kernel; a wait that cannot end that soon (a
/// join, a sleep) blocks at once rather than burn a processor the other thread may need. The waker holds no lock the
/// waiter needs, so a woken thread does not wake only to block again. Nothing here calls
/// <see cref="Thread.Interrupt"/>, so no .NET wait or lock elsewhere can throw because of <see cref="JThread.Interrupt"/>.
/// </para>
/// <para>
/// The event is created by the thread's first wait, not with the thread: most threads that end quickly never wait. A
/// waker that finds no event has nothing to set, because the waiter creates the event (a full fence) before its first
/// check, and the waker has changed the condition and fenced before looking: one of the two sees the other's write.
/// </para>
/// </remarks>
internal sealed class ThreadParker
{
    // What a spinning wait spins before it blocks: ManualResetEventSlim's default (one spin on one processor).
    private static readonly int s_spinCount = Environment.ProcessorCount == 1 ? 1 : 35;

    // Set once, by the thread's first wait; spins are done here, so the event itself never spins.
    private ManualResetEventSlim? _event;

    // LockSupport's one permit: 0 or 1.
    private int _permit;

    /// <summary>Whether the thread has waited at least once, so its event exists.</summary>
    internal bool HasEvent => Volatile.Read(ref _event) is not null;

    /// <summary>
    /// Blocks <paramref name="owner"/> (the current thread) until <paramref name="isSatisfied"/> holds, the timeout
    /// passes or the thread is interrupted.
    /// </summary>
    /// <param name="owner">The thread that parks; must be the current thread.</param>
    /// <param name="isSatisfied">The condition that ends the wait; may be called more than once.</param>
    /// <param name="state">What the condition looks at.</param>
    /// <param name="timeoutTicks"><see cref="Stopwatch"/> ticks, or <see cref="Timeout.Infinite"/>.</param>
    /// <param name="waitState">What <see cref="JThread.GetState"/> reports meanwhile.</param>
    /// <param name="pollMillis">Check the condition at least this often, for conditions nobody signals.</param>
    /// <param name="spin">Spin briefly before blocking: for hand-offs that are often over within microseconds.</param>
    internal WaitOutcome Park<TState>(JThread owner, Func<TState, bool> isSatisfied, TState state, long timeoutTicks,
        JThreadState waitState, int pollMillis, bool spin)
    {
        Debug.Assert(ReferenceEquals(owner, JThread.CurrentThread()), "only the thread itself parks");
        var parkEvent = _event ?? CreateEvent();
        var deadline = timeoutTicks < 0 ? long.MaxValue : Stopwatch.GetTimestamp() + Math.Min(timeoutTicks, Timeouts.MaxTicks);
        owner.SetWaitState(waitState);
        try
        {
            while (true)
            {
                // Reset is an interlocked operation: the checks below cannot be reordered before it.
                parkEvent.Reset();
                if (isSatisfied(state))
                {
                    return WaitOutcome.Satisfied;
                }

                if (owner.IsInterrupted())
                {
                    return WaitOutcome.Interrupted;
                }

                var waitMillis = Timeout.Infinite;
                if (timeoutTicks >= 0)
                {
                    waitMillis = Timeouts.RemainingMillis(deadline);
                    if (waitMillis < 0)
                    {
                        return WaitOutcome.TimedOut;
                    }
                }

                if (pollMillis != Timeout.Infinite && (waitMillis == Timeout.Infinite || waitMillis > pollMillis))
                {
                    waitMillis = pollMillis;
                }

                if (spin && SpinUntilSet(parkEvent))
                {
                    continue;
                }

                parkEvent.Wait(waitMillis);
            }
        }
        finally
        {
            owner.SetWaitState(JThreadState.Runnable);
        }
    }

    /// <summary>Wakes the thread if it is parked, so it checks its wait condition again.</summary>
    internal void Wake()
    {
        var parkEvent = Volatile.Read(ref _event);
        if (parkEvent is null)
        {
            // Orders the caller's change of the waiter's condition before this second look (see the remarks).
            Interlocked.MemoryBarrier();
            parkEvent = Volatile.Read(ref _event);
            if (parkEvent is null)
            {
                return;
            }
        }

        parkEvent.Set();
    }

    /// <summary>Gives the thread the permit of <see cref="LockSupport.Unpark(JThread?)"/> and wakes it.</summary>
    internal void GrantPermit()
    {
        Volatile.Write(ref _permit, 1);
        Wake();
    }

    /// <summary>Takes the permit if there is one; only the thread itself calls it.</summary>
    /// <remarks>
    /// One atomic exchange, not a read and then a write: a permit granted between the two would be wiped out, and its
    /// wake-up then reset by the next park, leaving the thread parked with its unparker's signal lost.
    /// </remarks>
    internal bool TryConsumePermit() => Volatile.Read(ref _permit) != 0 && Interlocked.Exchange(ref _permit, 0) != 0;

    /// <summary>Spins as <see cref="ManualResetEventSlim"/> would before blocking; whether the event got set meanwhile.</summary>
    private static bool SpinUntilSet(ManualResetEventSlim parkEvent)
    {
        var spinner = default(SpinWait);
        while (spinner.Count < s_spinCount)
        {
            spinner.SpinOnce(sleep1Threshold: -1);
            if (parkEvent.IsSet)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Creates the event on the thread's first wait; the exchange is the waiter's fence (see the remarks).</summary>
    private ManualResetEventSlim CreateEvent()
    {
        var created = new ManualResetEventSlim(initialState: false, spinCount: 0);
        return Interlocked.CompareExchange(ref _event, created, null) ?? created;
    }
}
