using System.Diagnostics;
using System.Globalization;

namespace JThreading.Concurrent;

/// <summary>
/// A reusable barrier whose number of parties may change from phase to phase, with Java's phase numbers,
/// termination and tiering; its waits are JThread interruption points where Java's are.
/// </summary>
/// <remarks>
/// <para>
/// Java's <c>java.util.concurrent.Phaser</c>. Each phase ends when every registered party has arrived; then
/// <see cref="OnAdvance"/> runs on the thread that arrived last, and the phase number goes up by one, from
/// <see cref="int.MaxValue"/> back to 0. When <see cref="OnAdvance"/> answers <see langword="true"/> (by default:
/// when no party is registered any more), or <see cref="ForceTermination"/> is called, the phaser is terminated: its
/// phase numbers are negative (the last phase plus <see cref="int.MinValue"/>), waiting threads return, and
/// registering or arriving has no effect. At most 65535 parties may be registered.
/// </para>
/// <para>
/// A phaser made with a parent is a tier of a tree: while it has parties it is itself one party of its parent, it
/// arrives there when its own parties have all arrived, and it shares the phase and termination of the root. As in
/// Java, <see cref="AwaitAdvance"/> and <see cref="ArriveAndAwaitAdvance"/> are not interruption points (an interrupt
/// stays pending), while the <c>AwaitAdvanceInterruptibly</c> forms are.
/// </para>
/// <para>
/// The state of a whole tree is guarded by one lock of the root: arriving and registering are short critical sections,
/// and <see cref="OnAdvance"/> runs inside the one that ends a phase, so it should be short and must not wait for
/// another thread that uses the phaser. If it throws, the phase still advances (without termination) and the
/// exception reaches the thread that arrived last. This is simpler than Java's lock-free word; the results are Java's.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var phaser = new Phaser(1);                     // the coordinator
/// foreach (var task in tasks)
/// {
///     phaser.Register();
///     new JThread(() =>
///     {
///         phaser.ArriveAndAwaitAdvance();         // every task starts together
///         task();
///     }).Start();
/// }
/// phaser.ArriveAndDeregister();                   // let them go
/// </code>
/// </example>
[DebuggerDisplay("{" + nameof(ToString) + "(),nq}")]
public class Phaser
{
    private const int MaxParties = 0xffff;
    private const int MaxPhase = int.MaxValue;

    private readonly Phaser? _parent;
    private readonly Phaser _root;

    // The tree's lock and waiters: the root's own, shared by every tier.
    private readonly Lock _treeLock;
    private readonly List<JThread> _waiters;

    // Under _treeLock. A tier's phase lags the root's until it is reconciled (Java's reconcileState).
    private int _phase;
    private int _parties;
    private int _unarrived;

    // The root's phase, with int.MinValue added once terminated; written under _treeLock, read without it.
    private volatile int _rootPhase;

    /// <summary>A root phaser with no registered parties, in phase 0.</summary>
    /// <remarks>Java's <c>Phaser()</c>.</remarks>
    public Phaser()
        : this(null, 0)
    {
    }

    /// <summary>A root phaser with <paramref name="parties"/> registered parties, in phase 0.</summary>
    /// <param name="parties">How many parties must arrive to end a phase.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parties"/> is negative or above 65535.</exception>
    /// <remarks>Java's <c>Phaser(int)</c>; its <c>IllegalArgumentException</c> is <see cref="ArgumentOutOfRangeException"/>.</remarks>
    public Phaser(int parties)
        : this(null, parties)
    {
    }

    /// <summary>A phaser with no registered parties under <paramref name="parent"/>.</summary>
    /// <param name="parent">The parent, or <see langword="null"/> for a root.</param>
    /// <remarks>Java's <c>Phaser(Phaser)</c>.</remarks>
    public Phaser(Phaser? parent)
        : this(parent, 0)
    {
    }

    /// <summary>A phaser with <paramref name="parties"/> registered parties under <paramref name="parent"/>.</summary>
    /// <param name="parent">The parent, or <see langword="null"/> for a root.</param>
    /// <param name="parties">How many parties must arrive to end a phase.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parties"/> is negative or above 65535.</exception>
    /// <remarks>
    /// Java's <c>Phaser(Phaser, int)</c>. With parties, the new phaser registers itself as one party of
    /// <paramref name="parent"/> at once, and starts in the parent's phase.
    /// </remarks>
    public Phaser(Phaser? parent, int parties)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(parties);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(parties, MaxParties);
        _parent = parent;
        if (parent is null)
        {
            _root = this;
            _treeLock = new Lock();
            _waiters = [];
            _parties = parties;
            _unarrived = parties;
            return;
        }

        _root = parent._root;
        _treeLock = _root._treeLock;
        _waiters = _root._waiters;
        if (parties == 0)
        {
            lock (_treeLock)
            {
                _phase = _root._rootPhase & MaxPhase;
            }

            return;
        }

        var phase = parent.DoRegister(1);
        lock (_treeLock)
        {
            _phase = phase & MaxPhase;
            _parties = parties;
            _unarrived = phase < 0 ? 0 : parties;
        }
    }

    /// <summary>Adds one unarrived party.</summary>
    /// <returns>The phase the party joins, or a negative number if the phaser is terminated.</returns>
    /// <exception cref="InvalidOperationException">65535 parties are registered already.</exception>
    /// <remarks>
    /// Java's <c>register()</c>; its <c>IllegalStateException</c> is <see cref="InvalidOperationException"/>. In a tier
    /// whose parties have all arrived while the root's phase has not ended, it waits for the next phase, as Java does.
    /// </remarks>
    public int Register() => DoRegister(1);

    /// <summary>Adds <paramref name="parties"/> unarrived parties.</summary>
    /// <param name="parties">How many; 0 only reads the phase.</param>
    /// <returns>The phase the parties join, or a negative number if the phaser is terminated.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parties"/> is negative.</exception>
    /// <exception cref="InvalidOperationException">There would be more than 65535 parties.</exception>
    /// <remarks>Java's <c>bulkRegister(int)</c>.</remarks>
    public int BulkRegister(int parties)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(parties);
        return parties == 0 ? GetPhase() : DoRegister(parties);
    }

    /// <summary>Arrives at the phaser without waiting for the others.</summary>
    /// <returns>The phase it arrived in, or a negative number if the phaser is terminated.</returns>
    /// <exception cref="InvalidOperationException">No party is unarrived: more arrivals than registered parties.</exception>
    /// <remarks>Java's <c>arrive()</c>.</remarks>
    public int Arrive() => DoArrive(deregister: false, out _);

    /// <summary>Arrives at the phaser and deregisters one party, without waiting for the others.</summary>
    /// <returns>The phase it arrived in, or a negative number if the phaser is terminated.</returns>
    /// <exception cref="InvalidOperationException">No party is unarrived: more arrivals than registered parties.</exception>
    /// <remarks>
    /// Java's <c>arriveAndDeregister()</c>. A tier left with no parties deregisters from its parent; a root left with
    /// none is terminated by the default <see cref="OnAdvance"/>.
    /// </remarks>
    public int ArriveAndDeregister() => DoArrive(deregister: true, out _);

    /// <summary>Arrives at the phaser and waits until the phase ends.</summary>
    /// <returns>
    /// The next phase number, or a negative number if the phaser is terminated. As in Java, the party whose arrival
    /// ends the phase gets the next phase number even when <see cref="OnAdvance"/> terminates the phaser.
    /// </returns>
    /// <exception cref="InvalidOperationException">No party is unarrived: more arrivals than registered parties.</exception>
    /// <remarks>
    /// Java's <c>arriveAndAwaitAdvance()</c>, <c>awaitAdvance(arrive())</c>: an interrupt does not end the wait, and the
    /// flag is still set when it returns.
    /// </remarks>
    public int ArriveAndAwaitAdvance()
    {
        // As Java's: the party whose arrival ended the phase gets the next phase number, even when OnAdvance has
        // terminated the phaser; the parties that waited see the terminated (negative) phase.
        var phase = DoArrive(deregister: false, out var advanced);
        return phase < 0 ? phase : advanced ? (phase + 1) & MaxPhase : AwaitAdvance(phase);
    }

    /// <summary>Waits until the phase <paramref name="phase"/> has ended.</summary>
    /// <param name="phase">A phase number, as <see cref="Arrive"/> returned it.</param>
    /// <returns>
    /// The next phase number; <paramref name="phase"/> itself if it is negative; the current phase at once if it is not
    /// <paramref name="phase"/>; a negative number if the phaser is terminated.
    /// </returns>
    /// <remarks>Java's <c>awaitAdvance(int)</c>: an interrupt does not end the wait, and the flag is still set when it returns.</remarks>
    public int AwaitAdvance(int phase)
    {
        if (phase < 0)
        {
            return phase;
        }

        var self = JThread.CurrentThread();
        var reinterrupt = false;
        try
        {
            while (true)
            {
                var outcome = Wait(self, phase, Timeout.Infinite, out var current);
                if (outcome != WaitOutcome.Interrupted)
                {
                    return current;
                }

                reinterrupt |= JThread.Interrupted();
            }
        }
        finally
        {
            if (reinterrupt)
            {
                self.Interrupt();
            }
        }
    }

    /// <summary>Waits until the phase <paramref name="phase"/> has ended, unless the thread is interrupted.</summary>
    /// <param name="phase">A phase number, as <see cref="Arrive"/> returned it.</param>
    /// <returns>As <see cref="AwaitAdvance"/>.</returns>
    /// <exception cref="InterruptedException">
    /// The thread was interrupted before or while waiting, the phase being <paramref name="phase"/>; the flag is cleared.
    /// </exception>
    /// <remarks>Java's <c>awaitAdvanceInterruptibly(int)</c>.</remarks>
    public int AwaitAdvanceInterruptibly(int phase) => AwaitInterruptibly(phase, Timeout.Infinite, timed: false);

    /// <summary>Waits at most the given time until the phase <paramref name="phase"/> has ended, unless the thread is interrupted.</summary>
    /// <param name="phase">A phase number, as <see cref="Arrive"/> returned it.</param>
    /// <param name="timeout">The longest wait; zero or less does not wait.</param>
    /// <param name="unit">The unit of <paramref name="timeout"/>.</param>
    /// <returns>As <see cref="AwaitAdvance"/>.</returns>
    /// <exception cref="InterruptedException">
    /// The thread was interrupted before or while waiting, the phase being <paramref name="phase"/>; the flag is cleared.
    /// </exception>
    /// <exception cref="TimeoutException">The time passed in phase <paramref name="phase"/>.</exception>
    /// <remarks>Java's <c>awaitAdvanceInterruptibly(int, long, TimeUnit)</c>; its <c>TimeoutException</c> is <see cref="TimeoutException"/>.</remarks>
    public int AwaitAdvanceInterruptibly(int phase, long timeout, TimeUnit unit)
    {
        var nanos = unit.ToNanos(timeout);
        return AwaitInterruptibly(phase, nanos <= 0 ? 0 : Math.Max(1, Timeouts.NanosToTicks(nanos)), timed: true);
    }

    /// <summary>Terminates the phaser (the whole tree): waiting threads return, and it takes no more arrivals or parties.</summary>
    /// <remarks>Java's <c>forceTermination()</c>; on a terminated phaser it does nothing. The party counts stay as they were.</remarks>
    public void ForceTermination()
    {
        lock (_treeLock)
        {
            var phase = _root._rootPhase;
            if (phase >= 0)
            {
                _root._rootPhase = phase | int.MinValue;
                WakeWaiters();
            }
        }
    }

    /// <summary>The current phase number.</summary>
    /// <returns>The phase, 0 to <see cref="int.MaxValue"/>, or a negative number once terminated.</returns>
    /// <remarks>Java's <c>getPhase()</c>: the root's phase.</remarks>
    public int GetPhase() => _root._rootPhase;

    /// <summary>How many parties are registered.</summary>
    /// <returns>The number of parties.</returns>
    /// <remarks>Java's <c>getRegisteredParties()</c>.</remarks>
    public int GetRegisteredParties()
    {
        lock (_treeLock)
        {
            Reconcile();
            return _parties;
        }
    }

    /// <summary>How many registered parties have arrived in the current phase.</summary>
    /// <returns>The number of arrived parties.</returns>
    /// <remarks>Java's <c>getArrivedParties()</c>.</remarks>
    public int GetArrivedParties()
    {
        lock (_treeLock)
        {
            Reconcile();
            return _parties - _unarrived;
        }
    }

    /// <summary>How many registered parties have not arrived in the current phase.</summary>
    /// <returns>The number of unarrived parties.</returns>
    /// <remarks>Java's <c>getUnarrivedParties()</c>.</remarks>
    public int GetUnarrivedParties()
    {
        lock (_treeLock)
        {
            Reconcile();
            return _unarrived;
        }
    }

    /// <summary>The parent of this phaser.</summary>
    /// <returns>The parent, or <see langword="null"/> for a root.</returns>
    /// <remarks>Java's <c>getParent()</c>.</remarks>
    public Phaser? GetParent() => _parent;

    /// <summary>The root of this phaser's tree.</summary>
    /// <returns>The root; this phaser if it has no parent.</returns>
    /// <remarks>Java's <c>getRoot()</c>.</remarks>
    public Phaser GetRoot() => _root;

    /// <summary>Whether the phaser is terminated.</summary>
    /// <returns><see langword="true"/> once terminated.</returns>
    /// <remarks>Java's <c>isTerminated()</c>.</remarks>
    public bool IsTerminated() => _root._rootPhase < 0;

    /// <summary>Describes the phaser as Java does.</summary>
    /// <returns><c>JThreading.Concurrent.Phaser@1b6d3586[phase = 0 parties = 3 arrived = 1]</c>.</returns>
    public override string ToString()
    {
        lock (_treeLock)
        {
            Reconcile();
            return $"{ObjectIdentity.Describe(this)}[phase = {GetPhase()} parties = {_parties} arrived = {_parties - _unarrived}]";
        }
    }

    /// <summary>Runs when a phase ends, on the thread that arrived last; decides whether the phaser terminates.</summary>
    /// <param name="phase">The phase that is ending.</param>
    /// <param name="registeredParties">How many parties are registered now.</param>
    /// <returns><see langword="true"/> to terminate; by default, when <paramref name="registeredParties"/> is 0.</returns>
    /// <remarks>
    /// Java's <c>onAdvance(int, int)</c>. In a tree it runs on the root only. It runs while the tree's lock is held:
    /// other threads' arrivals wait until it returns, so it must not wait for them.
    /// </remarks>
    protected virtual bool OnAdvance(int phase, int registeredParties) => registeredParties == 0;

    private static bool HasAdvanced((Phaser Root, int Phase) wait) => wait.Root._rootPhase != wait.Phase;

    /// <summary>Java's <c>reconcileState</c>: a tier whose root has moved on starts the root's phase with every party unarrived.</summary>
    private void Reconcile()
    {
        var rootPhase = _root._rootPhase & MaxPhase;
        if (!ReferenceEquals(_root, this) && _phase != rootPhase)
        {
            _phase = rootPhase;
            _unarrived = _parties;
        }
    }

    private int DoRegister(int registrations)
    {
        while (true)
        {
            int phase;
            bool mustWait;
            lock (_treeLock)
            {
                phase = TryRegister(registrations, out mustWait);
            }

            if (!mustWait)
            {
                return phase;
            }

            // Every party of this tier has arrived, and the tier with them: the new parties belong to the next phase.
            AwaitAdvance(phase);
        }
    }

    /// <summary>Registers under the tree's lock, unless the tier must wait for the root's phase to end first.</summary>
    private int TryRegister(int registrations, out bool mustWait)
    {
        mustWait = false;
        var rootPhase = _root._rootPhase;
        if (rootPhase < 0)
        {
            return rootPhase;
        }

        Reconcile();
        if (registrations > MaxParties - _parties)
        {
            throw new InvalidOperationException(string.Format(CultureInfo.InvariantCulture, ExceptionMessages.PhaserTooManyParties, MaxParties, this));
        }

        if (_parent is not null)
        {
            if (_parties != 0 && _unarrived == 0)
            {
                mustWait = true;
                return rootPhase;
            }

            if (_parties == 0)
            {
                // The first parties of a tier make it a party of its parent.
                var phase = _parent.TryRegister(1, out mustWait);
                if (mustWait || phase < 0)
                {
                    return phase;
                }
            }
        }

        _parties += registrations;
        _unarrived += registrations;
        return rootPhase;
    }

    private int DoArrive(bool deregister, out bool advanced)
    {
        advanced = false;
        lock (_treeLock)
        {
            var rootPhase = _root._rootPhase;
            if (rootPhase < 0)
            {
                return rootPhase;
            }

            Reconcile();
            if (_unarrived == 0)
            {
                throw new InvalidOperationException(string.Format(CultureInfo.InvariantCulture, ExceptionMessages.PhaserUnregisteredArrival, this));
            }

            var phase = _phase;
            _unarrived--;
            if (deregister)
            {
                _parties--;
            }

            if (_unarrived != 0)
            {
                return phase;
            }

            if (!ReferenceEquals(_root, this))
            {
                // The tier's last party: the tier arrives at its parent, deregistering when it has no parties left.
                return _parent!.DoArrive(deregister: _parties == 0, out advanced);
            }

            advanced = true;
            Advance(phase);
            return phase;
        }
    }

    /// <summary>Ends the root's phase: <see cref="OnAdvance"/>, the next phase number, every party unarrived again.</summary>
    private void Advance(int phase)
    {
        var terminate = false;
        try
        {
            terminate = OnAdvance(phase, _parties);
        }
        finally
        {
            var next = (phase + 1) & MaxPhase;
            _phase = next;
            _unarrived = _parties;
            _rootPhase = terminate ? next | int.MinValue : next;
            WakeWaiters();
        }
    }

    private void WakeWaiters()
    {
        foreach (var waiter in _waiters)
        {
            waiter.Wake();
        }

        _waiters.Clear();
    }

    private int AwaitInterruptibly(int phase, long timeoutTicks, bool timed)
    {
        if (phase < 0)
        {
            return phase;
        }

        var self = JThread.CurrentThread();
        var outcome = Wait(self, phase, timeoutTicks, out var current);
        if (outcome == WaitOutcome.Interrupted)
        {
            self.ThrowInterrupted();
        }

        if (outcome == WaitOutcome.TimedOut && timed)
        {
            throw new TimeoutException();
        }

        return current;
    }

    /// <summary>
    /// Parks until the root's phase is not <paramref name="phase"/>. Returns <see cref="WaitOutcome.Satisfied"/> with
    /// the new phase, or at once when the phase is another already; an interrupt or the time ends it otherwise.
    /// </summary>
    private WaitOutcome Wait(JThread self, int phase, long timeoutTicks, out int current)
    {
        current = _root._rootPhase;
        if ((current & MaxPhase) != phase || current < 0)
        {
            return WaitOutcome.Satisfied;
        }

        if (self.IsInterrupted())
        {
            return WaitOutcome.Interrupted;
        }

        if (timeoutTicks == 0)
        {
            return WaitOutcome.TimedOut;
        }

        lock (_treeLock)
        {
            _waiters.Add(self);
        }

        WaitOutcome outcome;
        self.Blocker = this;
        try
        {
            outcome = self.ParkUntil(
                HasAdvanced,
                (_root, phase),
                timeoutTicks,
                timeoutTicks < 0 ? JThreadState.Waiting : JThreadState.TimedWaiting);
        }
        finally
        {
            self.Blocker = null;
            lock (_treeLock)
            {
                _waiters.Remove(self);
            }
        }

        current = _root._rootPhase;
        return (current & MaxPhase) != phase || current < 0 ? WaitOutcome.Satisfied : outcome;
    }
}
