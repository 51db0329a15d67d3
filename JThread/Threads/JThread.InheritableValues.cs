using System.Diagnostics;

namespace JThreading;

public partial class JThread
{
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

    /// <summary>This thread's plain <see cref="JThreadLocal{T}"/> values, created on first use; called on the current thread only.</summary>
    internal ThreadLocalValues ThreadLocalValuesForWrite()
    {
        Debug.Assert(ReferenceEquals(this, t_current), "only a thread's own code touches its values");
        return _adopted
            ? t_adoptedThreadLocalValues ??= new ThreadLocalValues()
            : _threadLocalValues ??= new ThreadLocalValues();
    }

    /// <summary>This thread's plain values, or <see langword="null"/> if it holds none; called on the current thread only.</summary>
    internal ThreadLocalValues? ThreadLocalValuesOrNull()
    {
        Debug.Assert(ReferenceEquals(this, t_current), "only a thread's own code touches its values");
        return _adopted ? t_adoptedThreadLocalValues : _threadLocalValues;
    }
}
