namespace JThreading.Concurrent;

/// <summary>
/// How the queues find an element for <c>Remove</c> and <c>Contains</c>: <see cref="EqualityComparer{T}.Default"/>,
/// except that a delegate matches only itself. Java finds a lambda or a method reference by identity, while
/// <see cref="Delegate.Equals(object?)"/> calls two separate conversions of the same method group equal, so
/// <c>pool.Remove(other.Work)</c> would remove someone else's queued task.
/// </summary>
internal static class ElementEquality
{
    /// <summary>Whether <paramref name="wanted"/> and <paramref name="element"/> are the same element.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="wanted">The element asked for.</param>
    /// <param name="element">An element of the queue.</param>
    /// <returns><see langword="true"/> if they match.</returns>
    public static bool Matches<T>(T wanted, T element) =>
        wanted is Delegate || element is Delegate
            ? ReferenceEquals(wanted, element)
            : EqualityComparer<T>.Default.Equals(wanted, element);
}
