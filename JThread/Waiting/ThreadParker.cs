using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace JThreading;

/// <summary>
/// The one park/wake primitive every JThread wait goes through: sleep, join, <see cref="JMonitor"/>,
/// <see cref="LockSupport"/> and the <c>JThreading.Concurrent</c> types. One per thread.
/// </summary>
/// <remarks>
/// <para>
/// A waiter blocks on its own wake word (Linux: a futex, to the nanosecond of its deadline) or event (elsewhere), and everything that can end its wait (interrupt, a joined thread's end, notify,
/// unpark, a released lock) first changes what the waiter checks and then sets that event. The waiter resets the event
/// before it checks, so a wake-up between its check and its wait is never lost. A hand-off wait spins briefly before
/// it blocks, so a quick hand-off between two threads never reaches the kernel; a wait that cannot end that soon (a
/// join, a sleep) blocks at once rather than burn a processor the other thread may need. The waker holds no lock the
/// waiter needs, so a woken thread does not wake only to block again. Nothing here calls
/// <see cref="Thread.Interrupt"/>, so no .NET wait or lock elsewhere can throw because of <see cref="JThread.Interrupt"/>.
/// </para>
/// <para>
/// The word or event is created by the thread's first wait, not with the thread: most threads that end quickly never
/// wait. A waker that finds none has nothing to set, because the waiter creates it (a full fence) before its first
/// check, and the waker has changed the condition and fenced before looking: one of the two sees the other's write.
/// </para>
/// <para>
/// On Linux (64-bit x64 and Arm64) the wait is the JVM's: <c>futex</c> on a word of this parker, with an absolute
/// <c>CLOCK_MONOTONIC</c> deadline, so a timed wait ends at its deadline rather than at the next millisecond, and a
/// waker makes a system call only when the waiter is really asleep (the word says so). The word is one <see cref="int"/>
/// in an array on the pinned object heap, so the kernel's address for it never moves and the garbage collector frees
/// it with the parker. Elsewhere the wait is a <see cref="ManualResetEventSlim"/>, blocking for whole milliseconds
/// and yielding through the last part of one, so it too ends at its deadline and not up to a millisecond later.
/// </para>
/// </remarks>
internal sealed unsafe class ThreadParker
{
    // What a spinning wait spins before it blocks: ManualResetEventSlim's default (one spin on one processor).
    private static readonly int s_spinCount = Environment.ProcessorCount == 1 ? 1 : 35;

    // Whether waits sleep on the futex word (Linux) or on the event (everywhere else).
    private static readonly bool s_useFutex = Futex.IsSupported;

    // The futex word's states: nothing to see, woken, and the owner asleep (or about to be) in the kernel.
    private const int Unset = 0;
    private const int Woken = 1;
    private const int Sleeping = 2;

    // The futex word, set once by the thread's first wait: one element, on the pinned object heap.
    private int[]? _word;

    // Where there is no futex: set once, by the thread's first wait; spins are done here, so the event never spins.
    private ManualResetEventSlim? _event;

    // LockSupport's one permit: 0 or 1.
    private int _permit;

    /// <summary>Whether the thread has waited at least once, so its futex word or event exists.</summary>
    internal bool HasEvent => s_useFutex ? Volatile.Read(ref _word) is not null : Volatile.Read(ref _event) is not null;

    /// <summary>Whether waits sleep on a futex (to the nanosecond) rather than on an event.</summary>
    internal static bool UsesFutex => s_useFutex;

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
        var deadline = timeoutTicks < 0 ? long.MaxValue : Stopwatch.GetTimestamp() + Math.Min(timeoutTicks, Timeouts.MaxTicks);
        var pollTicks = pollMillis == Timeout.Infinite ? -1 : Timeouts.MillisToTicks(pollMillis);
        owner.SetWaitState(waitState);
        try
        {
            return s_useFutex
                ? ParkOnFutex(owner, isSatisfied, state, deadline, pollTicks, spin)
                : ParkOnEvent(owner, isSatisfied, state, deadline, pollTicks, spin);
        }
        finally
        {
            owner.SetWaitState(JThreadState.Runnable);
        }
    }

    /// <summary>Wakes the thread if it is parked, so it checks its wait condition again.</summary>
    internal void Wake()
    {
        if (s_useFutex)
        {
            WakeFutex();
            return;
        }

        Created(ref _event)?.Set();
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

    /// <summary>When the next round of a wait ends: its deadline, or sooner when the condition is polled.</summary>
    private static long RoundEnd(long deadline, long pollTicks, long now) =>
        pollTicks < 0 || deadline - now <= pollTicks ? deadline : now + pollTicks;

    private WaitOutcome ParkOnFutex<TState>(JThread owner, Func<TState, bool> isSatisfied, TState state, long deadline,
        long pollTicks, bool spin)
    {
        var words = _word ?? CreateWord();
        ref var word = ref MemoryMarshal.GetArrayDataReference(words);
        while (true)
        {
            // A full fence: the checks below cannot be reordered before it (see the remarks).
            Interlocked.Exchange(ref word, Unset);
            if (isSatisfied(state))
            {
                return WaitOutcome.Satisfied;
            }

            if (owner.IsInterrupted())
            {
                return WaitOutcome.Interrupted;
            }

            var roundEnd = deadline;
            if (deadline != long.MaxValue || pollTicks >= 0)
            {
                var now = Stopwatch.GetTimestamp();
                if (now >= deadline)
                {
                    return WaitOutcome.TimedOut;
                }

                roundEnd = RoundEnd(deadline, pollTicks, now);
            }

            if (spin && SpinUntilWoken(ref word))
            {
                continue;
            }

            // Announces the sleep, so a waker knows to make the system call; a wake-up since the reset cancels it.
            if (Interlocked.CompareExchange(ref word, Sleeping, Unset) != Unset)
            {
                continue;
            }

            // The kernel sleeps only while the word still says Sleeping, so a wake-up after the exchange is not lost;
            // any return (woken, timed out, a signal, or for no reason) goes back to the checks.
            if (!Futex.Wait((int*)Unsafe.AsPointer(ref word), Sleeping, roundEnd))
            {
                Thread.Yield();
            }
        }
    }

    private void WakeFutex()
    {
        var words = Created(ref _word);
        if (words is null)
        {
            return;
        }

        // The exchange is the waker's fence; only a waiter that said it sleeps costs a system call.
        ref var word = ref MemoryMarshal.GetArrayDataReference(words);
        if (Interlocked.Exchange(ref word, Woken) == Sleeping)
        {
            Futex.WakeOne((int*)Unsafe.AsPointer(ref word));
        }

        GC.KeepAlive(words);
    }

    private WaitOutcome ParkOnEvent<TState>(JThread owner, Func<TState, bool> isSatisfied, TState state, long deadline,
        long pollTicks, bool spin)
    {
        var parkEvent = _event ?? CreateEvent();
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
            if (deadline != long.MaxValue || pollTicks >= 0)
            {
                var now = Stopwatch.GetTimestamp();
                if (now >= deadline)
                {
                    return WaitOutcome.TimedOut;
                }

                var roundEnd = RoundEnd(deadline, pollTicks, now);
                waitMillis = roundEnd == long.MaxValue ? Timeout.Infinite : Timeouts.WholeMillis(roundEnd - now);
                if (waitMillis == 0)
                {
                    // Under a millisecond left: a blocking wait would end up to a millisecond late, so yield until then.
                    YieldUntil(parkEvent, roundEnd);
                    continue;
                }
            }

            if (spin && SpinUntilSet(parkEvent))
            {
                continue;
            }

            parkEvent.Wait(waitMillis);
        }
    }

    /// <summary>Spins as <see cref="ManualResetEventSlim"/> would before blocking; whether the word was woken meanwhile.</summary>
    private static bool SpinUntilWoken(ref int word)
    {
        var spinner = default(SpinWait);
        while (spinner.Count < s_spinCount)
        {
            spinner.SpinOnce(sleep1Threshold: -1);
            if (Volatile.Read(ref word) == Woken)
            {
                return true;
            }
        }

        return false;
    }

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

    /// <summary>Gives up the processor until <paramref name="end"/> or until the event is set.</summary>
    private static void YieldUntil(ManualResetEventSlim parkEvent, long end)
    {
        while (!parkEvent.IsSet && Stopwatch.GetTimestamp() < end)
        {
            Thread.Yield();
        }
    }

    /// <summary>What a waker finds in <paramref name="field"/>: the word or event, or null if the thread never waited.</summary>
    private static T? Created<T>(ref T? field)
        where T : class
    {
        var created = Volatile.Read(ref field);
        if (created is null)
        {
            // Orders the caller's change of the waiter's condition before this second look (see the remarks).
            Interlocked.MemoryBarrier();
            created = Volatile.Read(ref field);
        }

        return created;
    }

    /// <summary>Creates the futex word on the thread's first wait; the exchange is the waiter's fence (see the remarks).</summary>
    private int[] CreateWord()
    {
        var created = GC.AllocateArray<int>(1, pinned: true);
        return Interlocked.CompareExchange(ref _word, created, null) ?? created;
    }

    /// <summary>Creates the event on the thread's first wait; the exchange is the waiter's fence (see the remarks).</summary>
    private ManualResetEventSlim CreateEvent()
    {
        var created = new ManualResetEventSlim(initialState: false, spinCount: 0);
        return Interlocked.CompareExchange(ref _event, created, null) ?? created;
    }
}
