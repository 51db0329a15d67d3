namespace JThreading.Concurrent;

/// <summary>
/// The waiters a queue operation served under the gate, woken once the gate is released (so a woken thread never
/// blocks on the gate its waker still holds). Usually one; more only after <c>Clear</c>, <c>DrainTo</c> and the like.
/// </summary>
internal struct PendingWakes
{
    private JThread? _first;
    private List<JThread>? _more;

    internal void Add(JThread thread)
    {
        if (_first is null)
        {
            _first = thread;
        }
        else
        {
            (_more ??= []).Add(thread);
        }
    }

    internal readonly void WakeAll()
    {
        _first?.Wake();
        if (_more is not null)
        {
            foreach (var thread in _more)
            {
                thread.Wake();
            }
        }
    }
}
