using System.Runtime.CompilerServices;

namespace JThreading;

/// <summary>
/// The <see cref="JThreadLocal{T}"/> values one thread holds, Java's <c>ThreadLocalMap</c>. Only its own thread
/// touches it (apart from the copy of inheritable values a parent makes for a child it constructs).
/// </summary>
/// <remarks>
/// Keys are held weakly, as in Java's <c>ThreadLocalMap</c>: a thread-local nobody references any more drops out with
/// its value. Unlike Java's map, a value that refers back to its own thread-local does not keep the pair alive
/// (a <see cref="ConditionalWeakTable{TKey, TValue}"/> entry is an ephemeron).
/// </remarks>
internal class ThreadLocalValues
{
    private protected readonly ConditionalWeakTable<object, StrongBox<object?>> _values = [];

    internal bool TryGet(object key, out object? value)
    {
        if (_values.TryGetValue(key, out var box))
        {
            value = box.Value;
            return true;
        }

        value = null;
        return false;
    }

    internal void Set(object key, object? value)
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

    internal void Remove(object key) => _values.Remove(key);
}
