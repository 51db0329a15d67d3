using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace JThreading.Analyzers;

/// <summary>
/// JThread's blocking calls that throw InterruptedException (Java's "throws InterruptedException" methods).
/// LockSupport.Park* are not among them: as in Java they return on an interrupt and leave the flag set.
/// </summary>
internal static class BlockingCalls
{
    // Type (metadata name) -> method names; a name ending in '?' counts only in its overloads with a TimeUnit
    // parameter (the timed TryPoll, Offer, TryAcquire and TryLock; the untimed ones never block).
    private static readonly Dictionary<string, string[]> s_methods = new()
    {
        ["JThreading.JThread"] = ["Sleep", "Join"],
        ["JThreading.JMonitor"] = ["Wait"],
        ["JThreading.Concurrent.TimeUnitExtensions"] = ["Sleep", "TimedJoin", "TimedWait"],
        ["JThreading.Concurrent.IBlockingQueue`1"] = ["Put", "Take", "TryPoll?", "Offer?"],
        ["JThreading.Concurrent.IFuture"] = ["Get"],
        ["JThreading.Concurrent.IFuture`1"] = ["Get"],
        ["JThreading.Concurrent.IExecutorService"] = ["AwaitTermination", "InvokeAll", "InvokeAny"],
        ["JThreading.Concurrent.ICondition"] = ["Await", "AwaitNanos", "AwaitUntil"],
        ["JThreading.Concurrent.ILock"] = ["LockInterruptibly", "TryLock?"],
        ["JThreading.Concurrent.CountDownLatch"] = ["Await"],
        ["JThreading.Concurrent.CyclicBarrier"] = ["Await"],
        ["JThreading.Concurrent.JSemaphore"] = ["Acquire", "TryAcquire?"],
    };

    /// <summary>Whether a call to <paramref name="method"/> may throw InterruptedException.</summary>
    public static bool ThrowsInterruptedException(IMethodSymbol method)
    {
        var type = method.ContainingType;
        if (type is null)
        {
            return false;
        }

        if (Matches(type, method))
        {
            return true;
        }

        for (var baseType = type.BaseType; baseType is not null; baseType = baseType.BaseType)
        {
            if (Matches(baseType, method))
            {
                return true;
            }
        }

        return type.AllInterfaces.Any(i => Matches(i, method));
    }

    private static bool Matches(INamedTypeSymbol type, IMethodSymbol method)
    {
        var original = type.OriginalDefinition;
        if (original.ContainingNamespace is null || !s_methods.TryGetValue(MetadataName(original), out var names))
        {
            return false;
        }

        foreach (string name in names)
        {
            bool timedOnly = name[name.Length - 1] == '?';
            string bare = timedOnly ? name.Substring(0, name.Length - 1) : name;
            if (bare == method.Name &&
                (!timedOnly || method.Parameters.Any(p => p.Type.Name == "TimeUnit")))
            {
                return true;
            }
        }

        return false;
    }

    private static string MetadataName(INamedTypeSymbol type) =>
        type.ContainingNamespace.IsGlobalNamespace
            ? type.MetadataName
            : type.ContainingNamespace.ToDisplayString() + "." + type.MetadataName;
}
