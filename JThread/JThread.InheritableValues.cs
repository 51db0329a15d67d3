using System.Diagnostics;

namespace JThreading;

public partial class JThread
{
    // A created thread's values: copied in by its creator before Start(), then touched by this thread only; dropped
    // when it ends.
    private InheritableValues? _inheritableValues;

    // An adopted thread's values live in a thread-static slot instead: nothing tells JThread when a foreign thread
    // ends, but the runtime frees a thread's statics when it does, so an ended adopted thread never keeps them alive.
    [ThreadStatic]
    private static InheritableValues? t_adoptedInheritableValues;

    /// <summary>This thread's values, created on first use; called on the current thread only.</summary>
    internal InheritableValues InheritableValuesForWrite()
    {
        Debug.Assert(ReferenceEquals(this, t_current), "only a thread's own code touches its values");
        return _adopted
            ? t_adoptedInheritableValues ??= new InheritableValues()
            : _inheritableValues ??= new InheritableValues();
    }

    /// <summary>This thread's values, or <see langword="null"/> if it holds none; called on the current thread only.</summary>
    internal InheritableValues? InheritableValuesOrNull()
    {
        Debug.Assert(ReferenceEquals(this, t_current), "only a thread's own code touches its values");
        return _adopted ? t_adoptedInheritableValues : _inheritableValues;
    }
}
