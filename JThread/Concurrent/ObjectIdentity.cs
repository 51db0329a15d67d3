using System.Runtime.CompilerServices;

namespace JThreading.Concurrent;

/// <summary>Java's <c>Object.toString()</c> form, which the <c>ToString()</c> of the concurrent types starts with.</summary>
internal static class ObjectIdentity
{
    /// <summary>The type's full name, <c>@</c> and the identity hash in hex: <c>JThreading.Concurrent.CountDownLatch@1b6d3586</c>.</summary>
    internal static string Describe(object obj) => $"{obj.GetType()}@{RuntimeHelpers.GetHashCode(obj):x}";
}
