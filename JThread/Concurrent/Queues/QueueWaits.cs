using System.Runtime.CompilerServices;

namespace JThreading.Concurrent;

/// <summary>
/// What the blocking queues share: the timeout arithmetic, the interrupt check on entry, the argument checks, and the
/// park of a waiter until it is served, it times out or it is interrupted.
/// </summary>
internal static class QueueWaits
{
    /// <summary>A Java <c>(timeout, unit)</c> as <see cref="System.Diagnostics.Stopwatch"/> ticks; 0 when it does not wait.</summary>
    internal static long TimeoutTicks(long timeout, TimeUnit unit) =>
        timeout <= 0 ? 0 : Math.Max(1, Timeouts.NanosToTicks(unit.ToNanos(timeout)));

    /// <summary>The current thread, after Java's interrupt check on entry: a set flag is cleared and thrown.</summary>
    internal static JThread EnterInterruptibly()
    {
        var self = JThread.CurrentThread();
        if (self.IsInterrupted())
        {
            self.ThrowInterrupted();
        }

        return self;
    }

    /// <summary>Java's <c>NullPointerException</c> for a <see langword="null"/> element.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void ThrowIfNull<T>(T item)
    {
        if (item is null)
        {
            ThrowItemNull();
        }
    }

    /// <summary>The argument checks of <c>drainTo</c>, in Java's order.</summary>
    internal static void CheckDrainTarget<T>(ICollection<T> target, object queue)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (ReferenceEquals(target, queue))
        {
            throw new ArgumentException(ExceptionMessages.DrainToSelf, nameof(target));
        }
    }

    /// <summary>
    /// Parks <paramref name="self"/> until <paramref name="node"/> is served, the time is up or the thread is
    /// interrupted. A waiter that gives up unlinks itself under <paramref name="gate"/>; if a server took it first,
    /// the hand-off wins and the outcome is <see cref="WaitOutcome.Satisfied"/> (the interrupt flag stays set), so a
    /// hand-off meant for it is never dropped.
    /// </summary>
    internal static WaitOutcome Await<T>(JThread self, QueueWaiter<T> node, WaiterQueue<T> waiters, Lock gate, long timeoutTicks)
    {
        var outcome = self.ParkUntil(
            static waiter => waiter.Matched,
            node,
            timeoutTicks,
            timeoutTicks < 0 ? JThreadState.Waiting : JThreadState.TimedWaiting);
        if (outcome == WaitOutcome.Satisfied)
        {
            return outcome;
        }

        lock (gate)
        {
            return waiters.Remove(node) ? outcome : WaitOutcome.Satisfied;
        }
    }

    /// <summary>Java's <c>AbstractCollection.toString</c>: <c>[a, b]</c>, <c>null</c> for a null element.</summary>
    internal static string Format<T>(T[] items, object queue)
    {
        var text = new System.Text.StringBuilder("[");
        for (var i = 0; i < items.Length; i++)
        {
            if (i > 0)
            {
                text.Append(", ");
            }

            var item = items[i];
            text.Append(ReferenceEquals(item, queue) ? "(this Collection)" : SafeToString(item));
        }

        return text.Append(']').ToString();
    }

    private static string SafeToString<T>(T item)
    {
        try
        {
            return item?.ToString() ?? "null";
        }
        catch (Exception exception)
        {
            // ToString() never throws (STYLE.md), even when an element's does.
            return $"<{exception.GetType()}>";
        }
    }

    private static void ThrowItemNull() => throw new ArgumentNullException("item");
}
