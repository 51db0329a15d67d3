using System.Diagnostics;

namespace JThreading.Concurrent;

/// <summary>
/// The FIFO of threads waiting to acquire one synchronizer (<see cref="ReentrantLock"/>, <see cref="JSemaphore"/>,
/// <see cref="CountDownLatch"/>), with the park and wake-up logic they share; the role of Java's
/// <c>AbstractQueuedSynchronizer</c>.
/// </summary>
/// <remarks>
/// <para>
/// The synchronizer keeps its own state in one field changed by interlocked operations, so an uncontended acquire or
/// release never touches this queue beyond reading <see cref="Count"/>. A queued thread acquires on its own thread,
/// from the park's condition check (<see cref="IQueuedSynchronizer.TryAcquireQueued"/>), so a wake-up is only a hint
/// to check again and can never be lost between the check and the park.
/// </para>
/// <para>
/// No wake-up is lost between a releaser and a thread that is queueing: the releaser changes the state with an
/// interlocked operation and then reads <see cref="Count"/>; the queueing thread raises <see cref="Count"/> with an
/// interlocked operation and then checks the state. Each of the two is a full fence, so at least one of them sees
/// the other. A thread that leaves the queue without acquiring (timeout, interrupt), or that acquires and leaves
/// something over, wakes the next one: a release meant for it is passed on.
/// </para>
/// </remarks>
internal sealed class WaitQueue
{
    private static readonly Func<Node, bool> s_tryAcquire =
        static node => node.Sync.TryAcquireQueued(node.Thread, node.Arg, node.Queue.IsHead(node));

    private readonly Lock _gate = new();
    private Node? _head;
    private Node? _tail;
    private int _count;

    /// <summary>How many threads are queued.</summary>
    internal int Count => Volatile.Read(ref _count);

    /// <summary>
    /// Queues the current thread and parks it until it acquires, the timeout passes or (when
    /// <paramref name="interruptible"/>) it is interrupted.
    /// </summary>
    /// <param name="sync">The synchronizer; also the thread's blocker while it waits.</param>
    /// <param name="arg">What the thread asks for (see <see cref="IQueuedSynchronizer.TryAcquireQueued"/>).</param>
    /// <param name="timeoutTicks"><see cref="Stopwatch"/> ticks, or <see cref="Timeout.Infinite"/>.</param>
    /// <param name="interruptible">
    /// Whether an interrupt ends the wait (the flag stays set for the caller to throw). When it does not, the flag is
    /// cleared while parked, so the park does not spin, and set again on the way out.
    /// </param>
    /// <returns>How the wait ended; <see cref="WaitOutcome.Satisfied"/> means acquired.</returns>
    internal WaitOutcome Acquire(IQueuedSynchronizer sync, int arg, long timeoutTicks, bool interruptible)
    {
        var node = new Node(this, sync, JThread.CurrentThread(), arg);
        Enqueue(node);
        return AcquireQueued(node, timeoutTicks, interruptible);
    }

    /// <summary>
    /// Queues <paramref name="thread"/>, which is not the current thread, at the tail: what Java's condition
    /// <c>signal()</c> does, so that a signalled waiter keeps its place in arrival order and is counted as queued at
    /// once. The thread then waits on the node with <see cref="AcquireQueued"/>.
    /// </summary>
    /// <param name="sync">The synchronizer; also the thread's blocker while it waits.</param>
    /// <param name="thread">The thread to queue.</param>
    /// <param name="arg">What the thread asks for (see <see cref="IQueuedSynchronizer.TryAcquireQueued"/>).</param>
    /// <returns>The thread's node.</returns>
    internal Node EnqueueOnBehalfOf(IQueuedSynchronizer sync, JThread thread, int arg)
    {
        var node = new Node(this, sync, thread, arg);
        Enqueue(node);
        return node;
    }

    /// <summary>
    /// Parks the current thread, already queued as <paramref name="node"/>, until it acquires, the timeout passes or
    /// (when <paramref name="interruptible"/>) it is interrupted; it leaves the queue in every case.
    /// </summary>
    /// <returns>How the wait ended; <see cref="WaitOutcome.Satisfied"/> means acquired.</returns>
    internal WaitOutcome AcquireQueued(Node node, long timeoutTicks, bool interruptible)
    {
        var self = node.Thread;
        var sync = node.Sync;
        Debug.Assert(ReferenceEquals(self, JThread.CurrentThread()), "A node is waited on by its own thread.");
        var waitState = timeoutTicks < 0 ? JThreadState.Waiting : JThreadState.TimedWaiting;
        var deadline = timeoutTicks < 0 ? 0 : Stopwatch.GetTimestamp() + Math.Min(timeoutTicks, Timeouts.MaxTicks);
        var reinterrupt = false;
        var outcome = WaitOutcome.TimedOut;
        self.Blocker = sync;
        try
        {
            while (true)
            {
                var remaining = timeoutTicks < 0 ? Timeout.Infinite : Math.Max(0, deadline - Stopwatch.GetTimestamp());
                outcome = self.ParkUntil(s_tryAcquire, node, remaining, waitState);
                if (outcome != WaitOutcome.Interrupted || interruptible)
                {
                    break;
                }

                reinterrupt |= JThread.Interrupted();
            }
        }
        finally
        {
            self.Blocker = null;
            Remove(node);

            // Remove's write of _head before the read of the state: a releaser that changed the state after this
            // thread's last check either sees the new head or is seen here.
            Interlocked.MemoryBarrier();
            if (sync.MayAcquire)
            {
                WakeHead();
            }

            if (reinterrupt)
            {
                self.Interrupt();
            }
        }

        return outcome;
    }

    /// <summary>The current thread, after Java's check on entry: throws, clearing the flag, if it is interrupted.</summary>
    /// <exception cref="InterruptedException">The current thread's interrupt flag is set.</exception>
    internal static JThread CurrentThreadUninterrupted()
    {
        var self = JThread.CurrentThread();
        if (self.IsInterrupted())
        {
            self.ThrowInterrupted();
        }

        return self;
    }

    /// <summary>Waits until the current thread (<paramref name="self"/>) acquires; an interrupt throws.</summary>
    /// <exception cref="InterruptedException">The thread was interrupted while waiting; the flag is cleared.</exception>
    internal void AcquireInterruptibly(IQueuedSynchronizer sync, int arg, JThread self)
    {
        if (Acquire(sync, arg, Timeout.Infinite, interruptible: true) == WaitOutcome.Interrupted)
        {
            self.ThrowInterrupted();
        }
    }

    /// <summary>
    /// Waits at most <paramref name="nanos"/> until the current thread (<paramref name="self"/>) acquires; an
    /// interrupt throws.
    /// </summary>
    /// <returns><see langword="true"/> if it acquired; <see langword="false"/> at once when <paramref name="nanos"/> is 0 or less.</returns>
    /// <exception cref="InterruptedException">The thread was interrupted while waiting; the flag is cleared.</exception>
    internal bool TryAcquireNanos(IQueuedSynchronizer sync, int arg, long nanos, JThread self)
    {
        if (nanos <= 0)
        {
            return false;
        }

        var outcome = Acquire(sync, arg, Math.Max(1, Timeouts.NanosToTicks(nanos)), interruptible: true);
        if (outcome == WaitOutcome.Interrupted)
        {
            self.ThrowInterrupted();
        }

        return outcome == WaitOutcome.Satisfied;
    }

    /// <summary>Wakes the first queued thread, if any, so it tries to acquire.</summary>
    /// <remarks>Call it after changing the synchronizer's state with an interlocked operation.</remarks>
    internal void WakeHead()
    {
        if (Volatile.Read(ref _count) != 0)
        {
            Volatile.Read(ref _head)?.Thread.Wake();
        }
    }

    /// <summary>Wakes every queued thread, so each tries to acquire.</summary>
    internal void WakeAll()
    {
        if (Volatile.Read(ref _count) == 0)
        {
            return;
        }

        lock (_gate)
        {
            for (var node = _head; node is not null; node = node.Next)
            {
                node.Thread.Wake();
            }
        }
    }

    /// <summary>Whether <paramref name="thread"/> is queued.</summary>
    internal bool Contains(JThread thread)
    {
        lock (_gate)
        {
            for (var node = _head; node is not null; node = node.Next)
            {
                if (ReferenceEquals(node.Thread, thread))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>What the first queued thread asks for (its <c>arg</c>), or <see langword="null"/> when none is queued.</summary>
    /// <remarks>A snapshot, for a synchronizer that treats queued threads differently by kind (Java's <c>apparentlyFirstQueuedIsExclusive</c>).</remarks>
    internal int? FirstArg => Volatile.Read(ref _head)?.Arg;

    private bool IsHead(Node node) => ReferenceEquals(Volatile.Read(ref _head), node);

    private void Enqueue(Node node)
    {
        lock (_gate)
        {
            node.Previous = _tail;
            if (_tail is null)
            {
                Volatile.Write(ref _head, node);
            }
            else
            {
                _tail.Next = node;
            }

            _tail = node;

            // A full fence: the node is visible to releasers before this thread first checks the state.
            Interlocked.Increment(ref _count);
        }
    }

    private void Remove(Node node)
    {
        lock (_gate)
        {
            DoublyLinked.Unlink(ref _head, ref _tail, node);

            Interlocked.Decrement(ref _count);
        }
    }

    /// <summary>One queued thread.</summary>
    internal sealed class Node(WaitQueue queue, IQueuedSynchronizer sync, JThread thread, int arg) : IDoublyLinked<Node>
    {
        internal WaitQueue Queue { get; } = queue;

        internal IQueuedSynchronizer Sync { get; } = sync;

        internal JThread Thread { get; } = thread;

        internal int Arg { get; } = arg;

        public Node? Previous { get; set; }

        public Node? Next { get; set; }
    }
}
