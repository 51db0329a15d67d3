using System.Runtime.CompilerServices;

namespace JThreading;

/// <summary>
/// The <see cref="InheritableThreadLocal{T}"/> values one thread holds, kept apart from its plain
/// <see cref="JThreadLocal{T}"/> values as Java keeps <c>inheritableThreadLocals</c> apart from <c>threadLocals</c>:
/// only these are copied into a child.
/// </summary>
/// <remarks>
/// Keys are weak (see <see cref="ThreadLocalValues"/>), so a dropped thread-local costs later children nothing: no
/// <c>ChildValue</c> call for it.
/// </remarks>
internal sealed class InheritableValues : ThreadLocalValues
{
    /// <summary>The child's values: <c>ChildValue(parentValue)</c> for each live key, computed in the parent.</summary>
    internal static InheritableValues? CopyForChild(InheritableValues? parent)
    {
        if (parent is null)
        {
            return null;
        }

        // ChildValue may use other locals of the parent, and a first Get there adds an entry: iterate a snapshot.
        List<KeyValuePair<object, StrongBox<object?>>> entries = [.. parent._values];
        if (entries.Count == 0)
        {
            return null;
        }

        var child = new InheritableValues();
        foreach (var (key, box) in entries)
        {
            child._values.AddOrUpdate(key, new StrongBox<object?>(((IInheritableThreadLocal)key).ChildValueOf(box.Value)));
        }

        return child;
    }
}

/// <summary>The untyped side of <see cref="InheritableThreadLocal{T}"/> that the copy for a child needs.</summary>
internal interface IInheritableThreadLocal
{
    object? ChildValueOf(object? parentValue);
}
