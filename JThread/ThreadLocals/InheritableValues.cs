namespace JThreading;

/// <summary>The <see cref="InheritableThreadLocal{T}"/> values one thread holds. Only its own thread touches it,
/// apart from the copy made for a child while the parent (the owner) constructs it.</summary>
internal sealed class InheritableValues
{
    private readonly Dictionary<IInheritableThreadLocal, object?> _values = new(ReferenceEqualityComparer.Instance);

    internal bool TryGet(IInheritableThreadLocal key, out object? value) => _values.TryGetValue(key, out value);

    internal void Set(IInheritableThreadLocal key, object? value) => _values[key] = value;

    internal void Remove(IInheritableThreadLocal key) => _values.Remove(key);

    /// <summary>The child's values: <c>ChildValue(parentValue)</c> for each, computed in the parent.</summary>
    internal static InheritableValues? CopyForChild(InheritableValues? parent)
    {
        if (parent is null || parent._values.Count == 0)
        {
            return null;
        }

        // ChildValue may use other locals of the parent, and a first Get there adds an entry: iterate a snapshot.
        KeyValuePair<IInheritableThreadLocal, object?>[] entries = [.. parent._values];
        var child = new InheritableValues();
        foreach (var (key, value) in entries)
        {
            child._values[key] = key.ChildValueOf(value);
        }

        return child;
    }
}

/// <summary>The untyped side of <see cref="InheritableThreadLocal{T}"/> that the copy for a child needs.</summary>
internal interface IInheritableThreadLocal
{
    object? ChildValueOf(object? parentValue);
}
