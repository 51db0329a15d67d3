using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace JThreading.Concurrent;

/// <summary>
/// The work queue of a <see cref="ScheduledThreadPoolExecutor"/>: a heap of scheduled tasks by due time, from which a
/// task can be taken only once it is due. Java's <c>DelayedWorkQueue</c>.
/// </summary>
/// <remarks>
/// A taker waits until the head is due; when a new, earlier head arrives (or the head is taken or removed) every
/// waiter is woken and waits again for the new head's time, so the timeout moves with the head. Waits are JThread
/// waits: <see cref="Take"/> and the timed <see cref="TryPoll(long, TimeUnit, out Action)"/> are interruptible on entry.
/// </remarks>
internal sealed class DelayedWorkQueue : IBlockingQueue<Action>
{
    private readonly Lock _lock = new();
    private readonly List<JThread> _waiters = [];
    private IScheduledTask?[] _heap = new IScheduledTask?[16];
    private int _size;

    // Bumped whenever the head changes, so a waiter knows to look again.
    private volatile int _headVersion;

    public void Put(Action item) => Offer(item);

    public bool Add(Action item) => Offer(item);

    public bool Offer(Action item, long timeout, TimeUnit unit) => Offer(item);

    public bool Offer(Action item)
    {
        var task = TaskOf(item);
        lock (_lock)
        {
            if (_size >= _heap.Length)
            {
                Array.Resize(ref _heap, _heap.Length + (_heap.Length >> 1));
            }

            var index = _size++;
            if (index == 0)
            {
                _heap[0] = task;
                task.HeapIndex = 0;
            }
            else
            {
                SiftUp(index, task);
            }

            if (ReferenceEquals(_heap[0], task))
            {
                HeadChanged();
            }
        }

        return true;
    }

    public Action Take()
    {
        var self = JThread.CurrentThread();
        if (self.IsInterrupted())
        {
            self.ThrowInterrupted();
        }

        while (true)
        {
            if (TryTakeDue(self, out var item, out var waitTicks, out var version))
            {
                return item;
            }

            Wait(self, version, waitTicks);
        }
    }

    public bool TryPoll(long timeout, TimeUnit unit, [MaybeNullWhen(false)] out Action item)
    {
        var self = JThread.CurrentThread();
        if (self.IsInterrupted())
        {
            self.ThrowInterrupted();
        }

        var deadline = ExecutorInvocation.NanoTime() + unit.ToNanos(timeout);
        while (true)
        {
            if (TryTakeDue(self, out item, out var waitTicks, out var version))
            {
                return true;
            }

            var remaining = deadline - ExecutorInvocation.NanoTime();
            if (remaining <= 0)
            {
                Unregister(self);
                return false;
            }

            var remainingTicks = Math.Max(1, Timeouts.NanosToTicks(remaining));
            Wait(self, version, waitTicks == Timeout.Infinite ? remainingTicks : Math.Min(waitTicks, remainingTicks));
        }
    }

    public bool TryPoll([MaybeNullWhen(false)] out Action item)
    {
        lock (_lock)
        {
            var first = _heap[0];
            if (first is null || first.Time - ExecutorInvocation.NanoTime() > 0)
            {
                item = null;
                return false;
            }

            item = FinishPoll(first).RunAction;
            return true;
        }
    }

    public bool TryPeek([MaybeNullWhen(false)] out Action item)
    {
        lock (_lock)
        {
            item = _heap[0]?.RunAction;
            return item is not null;
        }
    }

    public int Size()
    {
        lock (_lock)
        {
            return _size;
        }
    }

    public int RemainingCapacity() => int.MaxValue;

    public bool IsEmpty() => Size() == 0;

    public bool Remove(Action item)
    {
        lock (_lock)
        {
            var index = IndexOf(item);
            if (index < 0)
            {
                return false;
            }

            RemoveAt(index);
            return true;
        }
    }

    public bool Contains(Action item)
    {
        lock (_lock)
        {
            return IndexOf(item) >= 0;
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            for (var i = 0; i < _size; i++)
            {
                _heap[i]!.HeapIndex = -1;
                _heap[i] = null;
            }

            _size = 0;
            HeadChanged();
        }
    }

    public Action[] ToArray()
    {
        lock (_lock)
        {
            var items = new Action[_size];
            for (var i = 0; i < _size; i++)
            {
                items[i] = _heap[i]!.RunAction;
            }

            return items;
        }
    }

    public int DrainTo(ICollection<Action> target) => DrainTo(target, int.MaxValue);

    /// <summary>Moves the tasks that are due, as Java's delay queue does; tasks not yet due stay.</summary>
    public int DrainTo(ICollection<Action> target, int maxElements)
    {
        ArgumentNullException.ThrowIfNull(target);
        var count = 0;
        lock (_lock)
        {
            var now = ExecutorInvocation.NanoTime();
            while (count < maxElements && _heap[0] is { } first && first.Time - now <= 0)
            {
                target.Add(FinishPoll(first).RunAction);
                ++count;
            }
        }

        return count;
    }

    public IEnumerator<Action> GetEnumerator() => ((IEnumerable<Action>)ToArray()).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static IScheduledTask TaskOf(Action item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Target as IScheduledTask
            ?? throw new ArgumentException(ExceptionMessages.NotAScheduledTask, nameof(item));
    }

    private static bool HeadMoved((DelayedWorkQueue Queue, int Version) state) => state.Queue._headVersion != state.Version;

    /// <summary>Takes the head if it is due; otherwise registers the caller as a waiter and says how long to wait.</summary>
    private bool TryTakeDue(JThread self, [MaybeNullWhen(false)] out Action item, out long waitTicks, out int version)
    {
        lock (_lock)
        {
            var first = _heap[0];
            if (first is not null)
            {
                var delay = first.Time - ExecutorInvocation.NanoTime();
                if (delay <= 0)
                {
                    _waiters.Remove(self);
                    item = FinishPoll(first).RunAction;
                    waitTicks = 0;
                    version = 0;
                    return true;
                }

                waitTicks = Math.Max(1, Timeouts.NanosToTicks(delay));
            }
            else
            {
                waitTicks = Timeout.Infinite;
            }

            if (!_waiters.Contains(self))
            {
                _waiters.Add(self);
            }

            version = _headVersion;
            item = null;
            return false;
        }
    }

    /// <summary>Parks until the head changes or <paramref name="waitTicks"/> pass; leaves the waiters on interrupt.</summary>
    private void Wait(JThread self, int version, long waitTicks)
    {
        WaitOutcome outcome;
        self.Blocker = this;
        try
        {
            outcome = self.ParkUntil(
                HeadMoved,
                (this, version),
                waitTicks,
                waitTicks == Timeout.Infinite ? JThreadState.Waiting : JThreadState.TimedWaiting);
        }
        finally
        {
            self.Blocker = null;
        }

        if (outcome == WaitOutcome.Interrupted)
        {
            Unregister(self);
            self.ThrowInterrupted();
        }
    }

    private void Unregister(JThread self)
    {
        lock (_lock)
        {
            _waiters.Remove(self);
        }
    }

    /// <summary>Tells every waiter to look at the head again; under the lock.</summary>
    private void HeadChanged()
    {
        _headVersion++;
        foreach (var waiter in _waiters)
        {
            waiter.Wake();
        }
    }

    private IScheduledTask FinishPoll(IScheduledTask first)
    {
        RemoveAt(0);
        return first;
    }

    private int IndexOf(Action item)
    {
        if (item?.Target is IScheduledTask task)
        {
            var index = task.HeapIndex;
            if (index >= 0 && index < _size && ReferenceEquals(_heap[index], task))
            {
                return index;
            }
        }

        return -1;
    }

    private void RemoveAt(int index)
    {
        var removed = _heap[index]!;
        removed.HeapIndex = -1;
        var last = --_size;
        var moved = _heap[last]!;
        _heap[last] = null;
        if (last != index)
        {
            SiftDown(index, moved);
            if (ReferenceEquals(_heap[index], moved))
            {
                SiftUp(index, moved);
            }
        }

        if (index == 0)
        {
            HeadChanged();
        }
    }

    private static bool Before(IScheduledTask a, IScheduledTask b)
    {
        var diff = a.Time - b.Time;
        return diff < 0 || (diff == 0 && a.Sequence < b.Sequence);
    }

    private void SiftUp(int index, IScheduledTask task)
    {
        // Moves each parent that should come after the task down one level, until the task's place is found.
        for (var parent = (index - 1) >> 1; index > 0 && Before(task, _heap[parent]!); parent = (index - 1) >> 1)
        {
            Place(index, _heap[parent]!);
            index = parent;
        }

        Place(index, task);
    }

    private void SiftDown(int index, IScheduledTask task)
    {
        var half = _size >> 1;
        while (index < half)
        {
            var child = (index << 1) + 1;
            var right = child + 1;
            if (right < _size && Before(_heap[right]!, _heap[child]!))
            {
                child = right;
            }

            var below = _heap[child]!;
            if (!Before(below, task))
            {
                break;
            }

            Place(index, below);
            index = child;
        }

        Place(index, task);
    }

    /// <summary>Puts <paramref name="task"/> at <paramref name="index"/>, which it remembers for a cancelled task's removal.</summary>
    private void Place(int index, IScheduledTask task)
    {
        _heap[index] = task;
        task.HeapIndex = index;
    }
}
