using System.Diagnostics;
using JThreading.Concurrent;

namespace JThreading.Tests.Concurrent;

/// <summary>
/// <see cref="Phaser"/>, after the JSR-166 TCK's PhaserTest: registration and its limit, arrival and Java's phase
/// numbers, deregistration and termination, tiers, <c>OnAdvance</c> (also when it throws), and where each wait is an
/// interruption point.
/// </summary>
public sealed class PhaserTests
{
    private const int MaxParties = 65535;

    private static long LongMillis => TestTimeouts.UnexpectedTimeoutMillis;

    [Fact]
    public void Constructor_Default_StartsInPhaseZeroWithNoPartiesAndNoParent()
    {
        var phaser = new Phaser();

        Assert.Equal(0, phaser.GetPhase());
        Assert.Equal(0, phaser.GetRegisteredParties());
        Assert.Equal(0, phaser.GetArrivedParties());
        Assert.Equal(0, phaser.GetUnarrivedParties());
        Assert.Null(phaser.GetParent());
        Assert.Same(phaser, phaser.GetRoot());
        Assert.False(phaser.IsTerminated());
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(MaxParties + 1)]
    public void Constructor_PartiesOutOfRange_ThrowsArgumentOutOfRange(int parties)
    {
        var parent = new Phaser();

        Assert.Throws<ArgumentOutOfRangeException>(() => new Phaser(parties));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Phaser(parent, parties));
        Assert.Equal(0, parent.GetRegisteredParties());
    }

    [Fact]
    public void Constructor_MaximumParties_AreAllUnarrived()
    {
        var phaser = new Phaser(MaxParties);

        Assert.Equal(MaxParties, phaser.GetRegisteredParties());
        Assert.Equal(MaxParties, phaser.GetUnarrivedParties());
    }

    [Fact]
    public void Constructor_WithParent_RegistersWithTheParentOnlyWhenItHasParties()
    {
        var root = new Phaser();
        var empty = new Phaser(root);
        Assert.Equal(0, root.GetRegisteredParties());

        var child = new Phaser(root, 2);
        var grandchild = new Phaser(child, 1);

        Assert.Equal(1, root.GetRegisteredParties());
        Assert.Equal(3, child.GetRegisteredParties());
        Assert.Same(root, child.GetParent());
        Assert.Same(child, grandchild.GetParent());
        Assert.Same(root, grandchild.GetRoot());
        Assert.Same(root, empty.GetRoot());
        Assert.Null(new Phaser(null, 1).GetParent());
    }

    [Fact]
    public void Register_TwoParties_EachJoinsThePhaseUnarrived()
    {
        var phaser = new Phaser();

        Assert.Equal(0, phaser.Register());
        Assert.Equal(0, phaser.Register());

        Assert.Equal(2, phaser.GetRegisteredParties());
        Assert.Equal(2, phaser.GetUnarrivedParties());
        Assert.Equal(0, phaser.Arrive());
        Assert.Equal(0, phaser.Register());
        Assert.Equal(3, phaser.GetRegisteredParties());
        Assert.Equal(1, phaser.GetArrivedParties());
    }

    [Fact]
    public void Register_AtTheLimit_ThrowsInvalidOperationAndChangesNothing()
    {
        var phaser = new Phaser(MaxParties - 1);
        Assert.Equal(0, phaser.Register());

        var single = Assert.Throws<InvalidOperationException>(() => phaser.Register());
        Assert.Throws<InvalidOperationException>(() => phaser.BulkRegister(1));

        Assert.StartsWith("Attempt to register more than 65535 parties for ", single.Message, StringComparison.Ordinal);
        Assert.Equal(MaxParties, phaser.GetRegisteredParties());
        Assert.Equal(MaxParties, phaser.GetUnarrivedParties());
    }

    [Fact]
    public void BulkRegister_NegativeZeroAndMany_FollowJava()
    {
        var phaser = new Phaser(1);

        Assert.Throws<ArgumentOutOfRangeException>(() => phaser.BulkRegister(-1));
        Assert.Equal(0, phaser.BulkRegister(0));
        Assert.Equal(1, phaser.GetRegisteredParties());
        Assert.Equal(0, phaser.BulkRegister(5));
        Assert.Equal(6, phaser.GetRegisteredParties());
        Assert.Equal(6, phaser.GetUnarrivedParties());
        Assert.Throws<InvalidOperationException>(() => phaser.BulkRegister(MaxParties));
        Assert.Equal(6, phaser.GetRegisteredParties());
    }

    [Fact]
    public void Arrive_TwoParties_TheSecondEndsThePhaseAndBothGetTheArrivalPhase()
    {
        var phaser = new Phaser(2);

        Assert.Equal(0, phaser.Arrive());
        Assert.Equal(0, phaser.GetPhase());
        Assert.Equal(1, phaser.GetArrivedParties());
        Assert.Equal(0, phaser.Arrive());

        Assert.Equal(1, phaser.GetPhase());
        Assert.Equal(2, phaser.GetUnarrivedParties());
        Assert.Equal(0, phaser.GetArrivedParties());
        Assert.Equal(1, phaser.Arrive());
        Assert.Equal(1, phaser.Arrive());
        Assert.Equal(2, phaser.GetPhase());
    }

    [Fact]
    public void Arrive_MoreThanRegistered_ThrowsInvalidOperation()
    {
        var none = new Phaser();
        var exception = Assert.Throws<InvalidOperationException>(() => none.Arrive());
        Assert.Throws<InvalidOperationException>(() => none.ArriveAndDeregister());
        Assert.Throws<InvalidOperationException>(() => none.ArriveAndAwaitAdvance());
        Assert.StartsWith("Attempted arrival of unregistered party for ", exception.Message, StringComparison.Ordinal);

        var two = new Phaser(2);
        two.Arrive();
        two.ArriveAndDeregister();
        Assert.Equal(1, two.GetPhase());
        Assert.Equal(1, two.GetRegisteredParties());
        two.Arrive();
        Assert.Equal(2, two.GetPhase());
        Assert.False(two.IsTerminated());
    }

    [Fact]
    public void ArriveAndDeregister_LastPartyOfTheRoot_TerminatesWithJavasNegativePhase()
    {
        var phaser = new Phaser(1);

        Assert.Equal(0, phaser.ArriveAndDeregister());

        Assert.True(phaser.IsTerminated());
        Assert.Equal(1 + int.MinValue, phaser.GetPhase());
        Assert.Equal(0, phaser.GetRegisteredParties());
        Assert.True(phaser.Register() < 0);
        Assert.True(phaser.BulkRegister(3) < 0);
        Assert.True(phaser.Arrive() < 0);
        Assert.True(phaser.ArriveAndDeregister() < 0);
        Assert.True(phaser.ArriveAndAwaitAdvance() < 0);
        Assert.Equal(phaser.GetPhase(), phaser.AwaitAdvance(1));
        Assert.Equal(0, phaser.GetRegisteredParties());
    }

    [Fact]
    public void ArriveAndDeregister_TierLosesItsLastParty_DeregistersFromTheParent()
    {
        var root = new Phaser(1);
        var child = new Phaser(root, 2);
        Assert.Equal(2, root.GetRegisteredParties());

        child.ArriveAndDeregister();
        Assert.Equal(2, root.GetRegisteredParties());
        child.ArriveAndDeregister();

        Assert.Equal(0, child.GetRegisteredParties());
        Assert.Equal(1, root.GetRegisteredParties());
        Assert.Equal(0, root.GetPhase());
        Assert.Equal(0, root.Arrive());
        Assert.Equal(1, root.GetPhase());
        Assert.False(root.IsTerminated());
    }

    [Fact]
    public void ArriveAndDeregister_OnlyTierOfAnEmptyRootLeaves_TerminatesTheTree()
    {
        var root = new Phaser();
        var child = new Phaser(root, 1);

        Assert.Equal(0, child.ArriveAndDeregister());

        Assert.True(root.IsTerminated());
        Assert.True(child.IsTerminated());
        Assert.True(child.GetPhase() < 0);
        Assert.True(child.Register() < 0);
    }

    [Fact]
    public void Tiers_TwoChildren_ThePhaseEndsWhenBothHaveArrivedAndEachStartsAgainUnarrived()
    {
        var root = new Phaser();
        var left = new Phaser(root, 2);
        var right = new Phaser(root, 1);
        Assert.Equal(2, root.GetRegisteredParties());

        left.Arrive();
        left.Arrive();
        Assert.Equal(0, root.GetPhase());
        Assert.Equal(1, root.GetArrivedParties());
        Assert.Equal(0, right.Arrive());

        Assert.Equal(1, root.GetPhase());
        Assert.Equal(1, left.GetPhase());
        Assert.Equal(2, left.GetUnarrivedParties());
        Assert.Equal(1, right.GetUnarrivedParties());
        Assert.Equal(2, root.GetUnarrivedParties());
    }

    [Fact]
    public void Register_TierWhoseLastPartyArrivedBeforeTheRootAdvanced_WaitsForTheNextPhase()
    {
        var root = new Phaser(1);
        var child = new Phaser(root, 1);
        child.Arrive();
        var joined = int.MinValue;
        var registering = CheckedThread.Start(() => joined = child.Register());
        TestWait.ForState(registering.Thread, JThreadState.Waiting);
        Assert.Equal(1, child.GetRegisteredParties());

        root.Arrive();

        registering.Join();
        Assert.Equal(1, joined);
        Assert.Equal(2, child.GetRegisteredParties());
        Assert.Equal(2, child.GetUnarrivedParties());
    }

    [Fact]
    public void AwaitAdvance_AnotherOrANegativePhase_ReturnsAtOnce()
    {
        var phaser = new Phaser(1);

        Assert.Equal(0, phaser.AwaitAdvance(1));
        Assert.Equal(-3, phaser.AwaitAdvance(-3));
        Assert.Equal(0, phaser.AwaitAdvanceInterruptibly(5));
        Assert.Equal(-3, phaser.AwaitAdvanceInterruptibly(-3));
        Assert.Equal(0, phaser.AwaitAdvanceInterruptibly(5, LongMillis, TimeUnit.Milliseconds));
        Assert.Equal(-3, phaser.AwaitAdvanceInterruptibly(-3, LongMillis, TimeUnit.Milliseconds));
    }

    [Fact]
    public void AwaitAdvance_WaitsUntilTheLastPartyArrives_ReturnsTheNextPhase()
    {
        var phaser = new Phaser(2);
        var next = -1;
        var waiter = CheckedThread.Start(() => next = phaser.AwaitAdvance(phaser.Arrive()));
        TestWait.ForState(waiter.Thread, JThreadState.Waiting);
        Assert.Same(phaser, LockSupport.GetBlocker(waiter.Thread));
        Assert.Equal(1, phaser.GetArrivedParties());

        phaser.Arrive();

        waiter.Join();
        Assert.Equal(1, next);
    }

    [Fact]
    public void ArriveAndAwaitAdvance_ThreePartiesTwoRounds_AllReturnEachNextPhase()
    {
        var phaser = new Phaser(3);
        var results = new int[4];
        var parties = Enumerable.Range(0, 2).Select(index => CheckedThread.Start(() =>
        {
            results[2 * index] = phaser.ArriveAndAwaitAdvance();
            results[(2 * index) + 1] = phaser.ArriveAndAwaitAdvance();
        })).ToList();

        for (var round = 0; round < 2; round++)
        {
            TestWait.Until(() => phaser.GetArrivedParties() == 2, "both helpers arrive");
            Assert.Equal(round + 1, phaser.ArriveAndAwaitAdvance());
        }

        parties.ForEach(party => party.Join());
        Assert.Equal(new[] { 1, 2, 1, 2 }, results);
        Assert.Equal(2, phaser.GetPhase());
    }

    [Fact]
    public void AwaitAdvance_InterruptedWhileWaiting_KeepsWaitingAndReturnsWithTheFlagSet()
    {
        var phaser = new Phaser(1);
        var waiter = CheckedThread.Start(() =>
        {
            Assert.Equal(1, phaser.AwaitAdvance(0));
            Assert.True(JThread.CurrentThread().IsInterrupted());
        });
        TestWait.ForState(waiter.Thread, JThreadState.Waiting);

        waiter.Thread.Interrupt();
        Assert.False(waiter.Thread.Join(TestTimeouts.ExpectedTimeout));
        Assert.Equal(JThreadState.Waiting, waiter.Thread.GetState());
        phaser.Arrive();

        waiter.Join();
    }

    [Fact]
    public void ArriveAndAwaitAdvance_InterruptedBefore_WaitsAnywayAndKeepsTheFlag()
    {
        var phaser = new Phaser(2);
        var waiter = CheckedThread.Start(() =>
        {
            JThread.CurrentThread().Interrupt();
            Assert.Equal(1, phaser.ArriveAndAwaitAdvance());
            Assert.True(JThread.CurrentThread().IsInterrupted());
        });
        TestWait.Until(() => phaser.GetArrivedParties() == 1, "the helper arrives");
        Assert.False(waiter.Thread.Join(TestTimeouts.ExpectedTimeout));

        phaser.Arrive();

        waiter.Join();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void AwaitAdvanceInterruptibly_InterruptedBefore_ThrowsAndClearsTheFlag(bool timed) => CheckedThread.Run(() =>
    {
        var phaser = new Phaser(1);
        JThread.CurrentThread().Interrupt();

        Assert.Throws<InterruptedException>(() => Await(phaser, 0, timed));

        Assert.False(JThread.CurrentThread().IsInterrupted());
        Assert.Equal(1, phaser.GetUnarrivedParties());
    });

    [Fact]
    public void AwaitAdvanceInterruptibly_InterruptedBeforeButPhaseOver_ReturnsAndKeepsTheFlag() => CheckedThread.Run(() =>
    {
        var phaser = new Phaser(1);
        phaser.Arrive();
        JThread.CurrentThread().Interrupt();

        Assert.Equal(1, phaser.AwaitAdvanceInterruptibly(0));
        Assert.Equal(1, phaser.AwaitAdvanceInterruptibly(0, LongMillis, TimeUnit.Milliseconds));

        Assert.True(JThread.Interrupted());
    });

    [Theory]
    [InlineData(false, JThreadState.Waiting)]
    [InlineData(true, JThreadState.TimedWaiting)]
    public void AwaitAdvanceInterruptibly_InterruptedWhileWaiting_ThrowsClearsTheFlagAndThePhaseGoesOn(bool timed, JThreadState state)
    {
        var phaser = new Phaser(1);
        var waiter = CheckedThread.Start(() =>
        {
            Assert.Throws<InterruptedException>(() => Await(phaser, 0, timed));
            Assert.False(JThread.CurrentThread().IsInterrupted());
        });
        TestWait.ForState(waiter.Thread, state);

        waiter.Thread.Interrupt();

        waiter.Join();
        Assert.Equal(0, phaser.GetPhase());
        Assert.Equal(0, phaser.Arrive());
        Assert.Equal(1, phaser.GetPhase());
    }

    [Fact]
    public void AwaitAdvanceInterruptiblyTimed_NoArrival_ThrowsTimeoutAfterTheTime()
    {
        var phaser = new Phaser(1);
        var clock = Stopwatch.StartNew();

        Assert.Throws<TimeoutException>(() => phaser.AwaitAdvanceInterruptibly(0, TestTimeouts.ExpectedTimeoutMillis, TimeUnit.Milliseconds));

        Assert.True(clock.Elapsed >= TestTimeouts.ExpectedTimeout, $"gave up after {clock.Elapsed}");
        Assert.Throws<TimeoutException>(() => phaser.AwaitAdvanceInterruptibly(0, 0, TimeUnit.Nanoseconds));
        Assert.Throws<TimeoutException>(() => phaser.AwaitAdvanceInterruptibly(0, -1, TimeUnit.Seconds));
        Assert.Equal(0, phaser.GetPhase());
        Assert.Equal(1, phaser.GetUnarrivedParties());
    }

    [Fact]
    public void ForceTermination_TwoWaiters_BothReturnTheNegativePhaseAndCountsStay()
    {
        var phaser = new Phaser(3);
        phaser.Arrive();
        var results = new int[2];
        var plain = CheckedThread.Start(() => results[0] = phaser.AwaitAdvance(0));
        var interruptible = CheckedThread.Start(() => results[1] = phaser.AwaitAdvanceInterruptibly(0, LongMillis, TimeUnit.Milliseconds));
        TestWait.ForState(plain.Thread, JThreadState.Waiting);
        TestWait.ForState(interruptible.Thread, JThreadState.TimedWaiting);

        phaser.ForceTermination();

        plain.Join();
        interruptible.Join();
        Assert.Equal(new[] { int.MinValue, int.MinValue }, results);
        Assert.True(phaser.IsTerminated());
        Assert.Equal(3, phaser.GetRegisteredParties());
        Assert.Equal(1, phaser.GetArrivedParties());
        phaser.ForceTermination();
        Assert.Equal(int.MinValue, phaser.GetPhase());
    }

    [Fact]
    public void ForceTermination_OfATier_TerminatesTheWholeTree()
    {
        var root = new Phaser(1);
        var child = new Phaser(root, 1);

        child.ForceTermination();

        Assert.True(root.IsTerminated());
        Assert.True(root.Arrive() < 0);
    }

    [Fact]
    public void OnAdvance_AnswersTrueInPhaseTwo_SeesEachPhaseAndThePartiesAndTerminates()
    {
        var phaser = new RecordingPhaser(2, terminateInPhase: 2);

        for (var phase = 0; phase < 3; phase++)
        {
            Assert.Equal(phase, phaser.Arrive());
            Assert.Equal(phase, phaser.Arrive());
        }

        Assert.Equal(new[] { "0:2", "1:2", "2:2" }, phaser.Calls);
        Assert.True(phaser.IsTerminated());
        Assert.Equal(3 + int.MinValue, phaser.GetPhase());
        Assert.True(phaser.Arrive() < 0);
        Assert.Equal(3, phaser.Calls.Count);
    }

    [Fact]
    public void ArriveAndAwaitAdvance_OnAdvanceTerminates_LastArriverGetsNextPhaseWaitersGetNegative()
    {
        // Java's arriveAndAwaitAdvance: the party that ends the phase returns the next phase number even when onAdvance
        // terminated the phaser; the parties that were waiting see the terminated phase.
        var phaser = new RecordingPhaser(2, terminateInPhase: 0);
        var waited = 0;
        var waiter = CheckedThread.Start(() => waited = phaser.ArriveAndAwaitAdvance());
        TestWait.Until(() => phaser.GetArrivedParties() == 1, "the helper arrives");

        var last = phaser.ArriveAndAwaitAdvance();

        waiter.Join();
        Assert.Equal(1, last);
        Assert.Equal(1 + int.MinValue, waited);
        Assert.True(phaser.IsTerminated());
    }

    [Fact]
    public void ArriveAndAwaitAdvance_LastArriverOfATier_GetsTheRootsNextPhase()
    {
        var root = new RecordingPhaser(0, terminateInPhase: 0);
        var child = new RecordingPhaser(root, 1);

        Assert.Equal(1, child.ArriveAndAwaitAdvance());

        Assert.True(root.IsTerminated());
        Assert.True(child.ArriveAndAwaitAdvance() < 0);
    }

    [Fact]
    public void OnAdvance_RunsOnTheLastArrivingThreadWithThePartiesLeft()
    {
        var phaser = new RecordingPhaser(2, terminateInPhase: -1);
        phaser.Arrive();
        Assert.Empty(phaser.Calls);

        var last = CheckedThread.Start(() => phaser.ArriveAndDeregister());
        last.Join();

        Assert.Equal(new[] { "0:1" }, phaser.Calls);
        Assert.Same(last.Thread, phaser.RanOn);
    }

    [Fact]
    public void OnAdvance_AnswersFalseWithNoPartiesLeft_PhaserStaysUsable()
    {
        var phaser = new RecordingPhaser(1, terminateInPhase: -1);

        phaser.ArriveAndDeregister();

        Assert.False(phaser.IsTerminated());
        Assert.Equal(1, phaser.GetPhase());
        Assert.Equal(1, phaser.Register());
    }

    [Fact]
    public void OnAdvance_InATree_RunsOnTheRootOnly()
    {
        var root = new RecordingPhaser(0, terminateInPhase: -1);
        var child = new RecordingPhaser(root, 2);

        child.Arrive();
        child.Arrive();

        Assert.Equal(new[] { "0:1" }, root.Calls);
        Assert.Empty(child.Calls);
        Assert.Equal(1, child.GetPhase());
    }

    [Fact]
    public void OnAdvance_Throws_LastArriverGetsItAndThePhaseStillAdvancesForTheWaiter()
    {
        var phaser = new ThrowingPhaser(2);
        var next = -1;
        var waiter = CheckedThread.Start(() => next = phaser.ArriveAndAwaitAdvance());
        TestWait.Until(() => phaser.GetArrivedParties() == 1, "the helper arrives");

        var thrown = Assert.Throws<InvalidOperationException>(() => phaser.Arrive());

        waiter.Join();
        Assert.Equal("onAdvance failed in phase 0", thrown.Message);
        Assert.Equal(1, next);
        Assert.Equal(1, phaser.GetPhase());
        Assert.False(phaser.IsTerminated());
        Assert.Equal(2, phaser.GetUnarrivedParties());
        phaser.Throw = false;
        phaser.Arrive();
        phaser.Arrive();
        Assert.Equal(2, phaser.GetPhase());
    }

    [Fact]
    public void OnAdvance_ThrowsInArriveAndAwaitAdvance_TheCallerGetsItWithoutWaiting()
    {
        var phaser = new ThrowingPhaser(1);

        Assert.Throws<InvalidOperationException>(() => phaser.ArriveAndAwaitAdvance());

        Assert.Equal(1, phaser.GetPhase());
        Assert.Equal(1, phaser.GetUnarrivedParties());
    }

    [Fact]
    public void ToString_PhasePartiesArrived_FollowsJavasForm()
    {
        var phaser = new Phaser(3);
        phaser.Arrive();

        var text = phaser.ToString();

        Assert.StartsWith("JThreading.Concurrent.Phaser@", text, StringComparison.Ordinal);
        Assert.EndsWith("[phase = 0 parties = 3 arrived = 1]", text, StringComparison.Ordinal);
        phaser.ForceTermination();
        Assert.EndsWith($"[phase = {int.MinValue} parties = 3 arrived = 1]", phaser.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Race_TwoPartiesManyPhases_NeitherGetsAPhaseAhead()
    {
        const int Rounds = 2000;
        var phaser = new Phaser(2);
        var shared = new int[2];
        var parties = Enumerable.Range(0, 2).Select(index => CheckedThread.Start(() =>
        {
            for (var round = 0; round < Rounds; round++)
            {
                shared[index] = round;
                Assert.Equal((2 * round) + 1, phaser.ArriveAndAwaitAdvance());

                // Both wrote this round before either passed: the other party is here too.
                Assert.Equal(round, Volatile.Read(ref shared[1 - index]));
                phaser.ArriveAndAwaitAdvance();
            }
        })).ToList();

        parties.ForEach(party => party.Join());
        Assert.Equal(2 * Rounds, phaser.GetPhase());
    }

    [Fact]
    public void Race_TimeoutAgainstTheLastArrival_WaiterEitherTimesOutInThePhaseOrSeesTheNext()
    {
        var clock = Stopwatch.StartNew();
        var rounds = 0;
        while (clock.Elapsed < TestTimeouts.RaceDuration)
        {
            rounds++;
            var phaser = new Phaser(1);
            var outcome = 0;
            var waiter = CheckedThread.Start(() =>
            {
                try
                {
                    outcome = phaser.AwaitAdvanceInterruptibly(0, 1, TimeUnit.Milliseconds);
                }
                catch (TimeoutException)
                {
                    outcome = -1;
                }
            });
            phaser.Arrive();
            waiter.Join();
            Assert.True(outcome is 1 or -1, $"outcome {outcome}");
            Assert.Equal(1, phaser.GetPhase());
        }

        Assert.True(rounds > 1);
    }

    [Fact]
    public void Race_InterruptAgainstTheLastArrival_WaiterEitherThrowsWithTheFlagClearedOrReturnsTheNextPhase()
    {
        var clock = Stopwatch.StartNew();
        var rounds = 0;
        while (clock.Elapsed < TestTimeouts.RaceDuration)
        {
            rounds++;
            var phaser = new Phaser(1);
            var waiting = new CountDownLatch(1);
            var waiter = CheckedThread.Start(() =>
            {
                waiting.CountDown();
                try
                {
                    Assert.Equal(1, phaser.AwaitAdvanceInterruptibly(0));
                }
                #pragma warning disable JT0001 // on purpose: the test sends this interrupt; the thread records it and ends
                catch (InterruptedException)
                #pragma warning restore JT0001
                {
                    Assert.False(JThread.CurrentThread().IsInterrupted());
                }
            });
            waiting.Await();
            waiter.Thread.Interrupt();
            phaser.Arrive();
            waiter.Join();
            Assert.Equal(1, phaser.GetPhase());
        }

        Assert.True(rounds > 1);
    }

    private static int Await(Phaser phaser, int phase, bool timed) =>
        timed ? phaser.AwaitAdvanceInterruptibly(phase, LongMillis, TimeUnit.Milliseconds) : phaser.AwaitAdvanceInterruptibly(phase);

    private sealed class RecordingPhaser : Phaser
    {
        private readonly int _terminateInPhase;

        public RecordingPhaser(int parties, int terminateInPhase)
            : base(parties) => _terminateInPhase = terminateInPhase;

        public RecordingPhaser(Phaser parent, int parties)
            : base(parent, parties) => _terminateInPhase = -1;

        public List<string> Calls { get; } = [];

        public JThread? RanOn { get; private set; }

        protected override bool OnAdvance(int phase, int registeredParties)
        {
            Calls.Add($"{phase}:{registeredParties}");
            RanOn = JThread.CurrentThread();
            return phase == _terminateInPhase;
        }
    }

    private sealed class ThrowingPhaser(int parties) : Phaser(parties)
    {
        public bool Throw { get; set; } = true;

        protected override bool OnAdvance(int phase, int registeredParties) =>
            Throw ? throw new InvalidOperationException($"onAdvance failed in phase {phase}") : false;
    }
}
