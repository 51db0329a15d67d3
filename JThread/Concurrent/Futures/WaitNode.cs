namespace JThreading.Concurrent;

/// <summary>
/// One waiting thread in a future's Treiber stack of waiters (<see cref="FutureTask{T}"/>, <see cref="ForkJoinTask"/>);
/// its thread is cleared when it stops waiting.
/// </summary>
internal sealed class WaitNode(JThread? thread)
{
    private volatile JThread? _thread = thread;
    private volatile WaitNode? _next;

    internal JThread? Thread
    {
        get => _thread;
        set => _thread = value;
    }

    internal WaitNode? Next
    {
        get => _next;
        set => _next = value;
    }
}
