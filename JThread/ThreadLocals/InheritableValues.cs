using System.Runtime.CompilerServices;

namespace JThreading;

/// <summary>
/// The <see cref="InheritableThreadLocal{T}"/> values one thread holds. Only its own thread touches it, apart from
/// the copy made for a child while the parent (the owner) constructs it.
/// </summary>
/// <remarks>
/// Keys are held weakly, as in Java's <c>ThreadLocalMap</c>: a thread-local nobody references any more drops out with
/// its value, so it costs later children nothing (no <c>ChildValue</c> call for it) and keeps nothing alive.
/// </remarks>
internal sealed class InheritableValues
{
    private readonly ConditionalWeakTable<IInheritableThreadLocal, StrongBox<object?>> _values = [];

    internal bool TryGet(IInheritableThreadLocal key, out object? value)
    {
        if (_values.TryGetValue(key, out var box))
        {
            value = box.Value;
            return true;
        }

        value = null;
        return false;
    }

    internal void Set(IInheritableThreadLocal key, object? value)
    {
        if (_values.TryGetValue(key, out var box))
        {
            box.Value = value;
        }
        else
        {
            _values.AddOrUpdate(key, new StrongBox<object?>(value));
        }
    }

    internal void Remove(IInheritableThreadLocal key) => _values.Remove(key);

    /// <summary>The child's values: <c>ChildValue(parentValue)</c> for each live key, computed in the parent.</summary>
    internal static InheritableValues? CopyForChild(InheritableValues? parent)
    {
        if (parent is null)
        {
            return null;
        }

        // ChildValue may use other locals of the parent, and a first Get there adds an entry: iterate a snapshot.
        List<KeyValuePair<IInheritableThreadLocal, StrongBox<object?>>> entries = [.. parent._values];
        if (entries.Count == 0)
        {
            return null;
        }

        var child = new InheritableValues();
        foreach (var (key, box) in entries)
        {
            child._values.AddOrUpdate(key, new StrongBox<object?>(key.ChildValueOf(box.Value)));
        }

        return child;
    }
}

/// <summary>The untyped side of <see cref="InheritableThreadLocal{T}"/> that the copy for a child needs.</summary>
internal interface IInheritableThreadLocal
{
    object? ChildValueOf(object? parentValue);
}
