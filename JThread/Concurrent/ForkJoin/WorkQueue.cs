namespace JThreading.Concurrent;

/// <summary>
/// A worker's double-ended task queue: the owner pushes and pops at the bottom (LIFO), thieves and an async-mode
/// owner take from the top (FIFO). One lock per queue guards it; the counts are read without it, as hints.
/// </summary>
internal sealed class WorkQueue
{
    private const int InitialCapacity = 32;

    private readonly Lock _lock = new();
    private ForkJoinTask?[] _items = new ForkJoinTask?[InitialCapacity];

    // Ever-growing positions, masked into _items: the top is where thieves take, the bottom where the owner pushes.
    private volatile int _top;
    private volatile int _bottom;

    /// <summary>How many tasks the queue holds, without the lock: a hint.</summary>
    internal int Count => Math.Max(0, _bottom - _top);

    internal bool IsEmpty => _bottom - _top <= 0;

    internal void Push(ForkJoinTask task)
    {
        lock (_lock)
        {
            var size = _bottom - _top;
            if (size == _items.Length)
            {
                Grow();
            }

            _items[_bottom & (_items.Length - 1)] = task;
            _bottom++;
        }
    }

    /// <summary>The newest task (the owner's LIFO end), or <see langword="null"/>.</summary>
    internal ForkJoinTask? Pop()
    {
        if (IsEmpty)
        {
            return null;
        }

        lock (_lock)
        {
            if (_bottom - _top <= 0)
            {
                return null;
            }

            var index = (_bottom - 1) & (_items.Length - 1);
            var task = _items[index];
            _items[index] = null;
            _bottom--;
            return task;
        }
    }

    /// <summary>The oldest task (the FIFO end thieves take from), or <see langword="null"/>.</summary>
    internal ForkJoinTask? Poll()
    {
        if (IsEmpty)
        {
            return null;
        }

        lock (_lock)
        {
            if (_bottom - _top <= 0)
            {
                return null;
            }

            var index = _top & (_items.Length - 1);
            var task = _items[index];
            _items[index] = null;
            _top++;
            return task;
        }
    }

    /// <summary>Removes <paramref name="task"/> if it is the newest task, so the caller can run it itself.</summary>
    internal bool TryUnpush(ForkJoinTask task)
    {
        if (IsEmpty)
        {
            return false;
        }

        lock (_lock)
        {
            if (_bottom - _top <= 0)
            {
                return false;
            }

            var index = (_bottom - 1) & (_items.Length - 1);
            if (!ReferenceEquals(_items[index], task))
            {
                return false;
            }

            _items[index] = null;
            _bottom--;
            return true;
        }
    }

    /// <summary>Takes every task out, oldest first.</summary>
    internal List<ForkJoinTask> Drain()
    {
        var drained = new List<ForkJoinTask>();
        while (Poll() is { } task)
        {
            drained.Add(task);
        }

        return drained;
    }

    private void Grow()
    {
        var grown = new ForkJoinTask?[_items.Length * 2];
        for (var i = _top; i != _bottom; i++)
        {
            grown[i & (grown.Length - 1)] = _items[i & (_items.Length - 1)];
        }

        _items = grown;
    }
}
