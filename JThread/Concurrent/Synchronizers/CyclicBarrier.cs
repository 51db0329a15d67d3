namespace JThreading.Concurrent;

/// <summary>
/// A reusable meeting point: each of a fixed number of parties waits in <see cref="Await()"/> until all have
/// arrived, then all go on together and the barrier is ready for the next round.
/// </summary>
/// <remarks>
/// <para>
/// Java's <c>java.util.concurrent.CyclicBarrier</c>, with its all-or-none breakage: when one party leaves early (it is
/// interrupted, its timeout passes, or the barrier action throws) or <see cref="Reset"/> is called, the barrier
/// breaks, and every party waiting in that round, and every later <see cref="Await()"/> until
/// <see cref="Reset"/>, throws <see cref="BrokenBarrierException"/>.
/// </para>
/// <para>
/// Unlike <see cref="Barrier"/>, the waits end with <see cref="InterruptedException"/> on
/// <see cref="JThread.Interrupt"/>, and waiting parties report <see cref="JThreadState.Waiting"/> or
/// <see cref="JThreadState.TimedWaiting"/>.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var barrier = new CyclicBarrier(workers, () => MergeRows());
/// // in each worker:
/// ComputeMyRow();
/// barrier.Await();
/// </code>
/// </example>
public sealed class CyclicBarrier
{
    private readonly ReentrantLock _lock = new();
    private readonly ICondition _trip;
    private readonly int _parties;
    private readonly Action? _barrierAction;

    // Guarded by _lock: the current round, and how many parties it still waits for.
    private Generation _generation = new();
    private int _count;

    /// <summary>Creates a barrier for <paramref name="parties"/> threads.</summary>
    /// <param name="parties">How many threads must call <see cref="Await()"/> before any of them goes on.</param>
    /// <param name="barrierAction">
    /// Run by the last thread to arrive, before any party goes on; <see langword="null"/> for none.
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parties"/> is zero or negative.</exception>
    /// <remarks>Java's <c>CyclicBarrier(int)</c> and <c>CyclicBarrier(int, Runnable)</c>.</remarks>
    public CyclicBarrier(int parties, Action? barrierAction = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(parties);
        _parties = parties;
        _count = parties;
        _barrierAction = barrierAction;
        _trip = _lock.NewCondition();
    }

    /// <summary>Waits until every party has arrived.</summary>
    /// <returns>
    /// This thread's arrival index: <see cref="GetParties"/> - 1 for the first to arrive, 0 for the last.
    /// </returns>
    /// <exception cref="BrokenBarrierException">
    /// The barrier was broken when this thread arrived (the interrupt flag is then left alone), or broke while it
    /// waited.
    /// </exception>
    /// <exception cref="InterruptedException">
    /// The thread was interrupted on arrival or while waiting; the barrier breaks and the flag is cleared.
    /// </exception>
    /// <remarks>
    /// Java's <c>await()</c>. When this thread is the last to arrive it runs the barrier action; if that throws, the
    /// barrier breaks and the action's exception comes out of this call.
    /// </remarks>
    public int Await() => DoWait(timed: false, 0);

    /// <summary>Waits at most <paramref name="timeout"/> until every party has arrived.</summary>
    /// <param name="timeout">The longest wait; zero or negative times out at once unless this is the last party.</param>
    /// <param name="unit">The unit of <paramref name="timeout"/>.</param>
    /// <returns>This thread's arrival index: <see cref="GetParties"/> - 1 for the first to arrive, 0 for the last.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a <see cref="TimeUnit"/> value.</exception>
    /// <exception cref="BrokenBarrierException">The barrier was broken when this thread arrived, or broke while it waited.</exception>
    /// <exception cref="InterruptedException">
    /// The thread was interrupted on arrival or while waiting; the barrier breaks and the flag is cleared.
    /// </exception>
    /// <exception cref="TimeoutException">The time passed first; the barrier breaks.</exception>
    /// <remarks>Java's <c>await(long, TimeUnit)</c>.</remarks>
    public int Await(long timeout, TimeUnit unit) => DoWait(timed: true, unit.ToNanos(timeout));

    /// <summary>How many parties the barrier waits for.</summary>
    /// <returns>The number given to the constructor.</returns>
    /// <remarks>Java's <c>getParties()</c>.</remarks>
    public int GetParties() => _parties;

    /// <summary>How many parties wait at the barrier now.</summary>
    /// <returns>The number of parties in <see cref="Await()"/>; meant for monitoring.</returns>
    /// <remarks>Java's <c>getNumberWaiting()</c>.</remarks>
    public int GetNumberWaiting()
    {
        _lock.Lock();
        try
        {
            return _parties - _count;
        }
        finally
        {
            _lock.Unlock();
        }
    }

    /// <summary>Whether the barrier is broken.</summary>
    /// <returns><see langword="true"/> if a party left early or the barrier action threw, since the last <see cref="Reset"/>.</returns>
    /// <remarks>Java's <c>isBroken()</c>.</remarks>
    public bool IsBroken()
    {
        _lock.Lock();
        try
        {
            return _generation.Broken;
        }
        finally
        {
            _lock.Unlock();
        }
    }

    /// <summary>Breaks the current round (its waiting parties throw <see cref="BrokenBarrierException"/>) and starts a new one.</summary>
    /// <remarks>Java's <c>reset()</c>.</remarks>
    public void Reset()
    {
        _lock.Lock();
        try
        {
            BreakBarrier();
            NextGeneration();
        }
        finally
        {
            _lock.Unlock();
        }
    }

    private int DoWait(bool timed, long nanos)
    {
        _lock.Lock();
        try
        {
            var generation = _generation;
            if (generation.Broken)
            {
                throw new BrokenBarrierException();
            }

            var self = JThread.CurrentThread();
            if (self.IsInterrupted())
            {
                BreakBarrier();
                self.ThrowInterrupted();
            }

            var index = --_count;
            if (index == 0)
            {
                var actionSucceeded = false;
                try
                {
                    _barrierAction?.Invoke();
                    actionSucceeded = true;
                }
                finally
                {
                    if (!actionSucceeded)
                    {
                        BreakBarrier();
                    }
                }

                NextGeneration();
                return 0;
            }

            while (true)
            {
                try
                {
                    if (!timed)
                    {
                        _trip.Await();
                    }
                    else if (nanos > 0)
                    {
                        nanos = _trip.AwaitNanos(nanos);
                    }
                }
                catch (InterruptedException) when (generation == _generation && !generation.Broken)
                {
                    BreakBarrier();
                    throw;
                }
                catch (InterruptedException)
                {
                    // The round is over (tripped or broken) for this thread anyway: the interrupt belongs to what it
                    // does next, so keep it.
                    self.Interrupt();
                }

                if (generation.Broken)
                {
                    throw new BrokenBarrierException();
                }

                if (generation != _generation)
                {
                    return index;
                }

                if (timed && nanos <= 0)
                {
                    BreakBarrier();
                    throw new TimeoutException();
                }
            }
        }
        finally
        {
            _lock.Unlock();
        }
    }

    // Both run under _lock.
    private void NextGeneration()
    {
        _trip.SignalAll();
        _count = _parties;
        _generation = new Generation();
    }

    private void BreakBarrier()
    {
        _generation.Broken = true;
        _count = _parties;
        _trip.SignalAll();
    }

    private sealed class Generation
    {
        internal bool Broken { get; set; }
    }
}
