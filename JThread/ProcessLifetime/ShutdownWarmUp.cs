using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace JThreading;

/// <summary>
/// Compiles, on a background thread, the code that runs for the first time once the last non-daemon thread has
/// ended, and sets up <see cref="Console.Out"/> as the JVM sets up <c>System.out</c> at start. Measured here, the
/// JIT of the shutdown path was most of a 1.8 ms gap between the last thread's end and the first hook's output,
/// against the JVM's 0.5 ms. Started by <see cref="JRuntime.RunMain(string[], Action{string[]})"/> and by the first
/// <see cref="JRuntime.AddShutdownHook(JThread)"/>; nothing to do where code is compiled ahead of time (NativeAOT).
/// </summary>
internal static class ShutdownWarmUp
{
    private const BindingFlags AnyMethod = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
    private static int s_begun;

    internal static void Begin()
    {
        if (!RuntimeFeature.IsDynamicCodeCompiled || Interlocked.Exchange(ref s_begun, 1) != 0)
        {
            return;
        }

        var warmUp = new Thread(static () => Prepare()) { IsBackground = true, Name = "JThread shutdown warm-up" };
        warmUp.UnsafeStart();
    }

    /// <summary>Compiles a registered hook's task, so the user's hook code is not compiled on the shutdown path either.</summary>
    internal static void Hook(JThread hook)
    {
        if (RuntimeFeature.IsDynamicCodeCompiled && hook.TaskAction is { } task)
        {
            var method = task.Method;
            ThreadPool.UnsafeQueueUserWorkItem(static m => TryPrepare(m), method, preferLocal: false);
        }
    }

    private static void Prepare()
    {
        try
        {
            PrepareShutdownPath();
        }
        catch (Exception)
        {
            // Only an optimisation: whatever failed is compiled on first call instead, as without it.
        }
    }

    private static void PrepareShutdownPath()
    {
        _ = Console.Out;
        JThreadEventSource.WarmUp();

        // Every method of the types on the path, accessors included: each one compiled on first call costs 50-200 us
        // of the gap here, even a one-line property.
        PrepareAll(typeof(ProcessLifetime));
        PrepareAll(typeof(ShutdownHooks));

        ShutdownHooks.WarmUp();
        PrepareAll(typeof(KeepAliveRegistry));
        PrepareAll(typeof(KeepAliveRegistry.Lease));

        // The Dispose of a lease that was never registered runs the release path as a program's last release will.
        ((IDisposable)new KeepAliveRegistry.Lease("warm-up")).Dispose();
        PrepareAll(typeof(LiveThreads));
        PrepareAll(typeof(JThreadMetrics));
        PrepareAll(typeof(ShutdownHookRunner));
        PrepareAll(typeof(JThread));
        PrepareAll(typeof(ThreadParker));
        foreach (var method in typeof(ThreadParker).GetMethods(AnyMethod))
        {
            if (method.Name == nameof(ThreadParker.Park))
            {
                // One compiled body serves every reference type; Join parks with a JThread.
                TryPrepare(method, [typeof(JThread).TypeHandle]);
            }
        }

        // Reference-type instantiations share one compiled body, so object stands in for the registry's private Lease.
        PrepareAll(typeof(HashSet<object>), nameof(HashSet<object>.Remove));
        PrepareAll(typeof(Dictionary<JThread, DateTimeOffset>), nameof(Dictionary<JThread, DateTimeOffset>.Remove));
        PrepareAll(typeof(List<JThread>), nameof(List<JThread>.ToArray));
    }

    /// <summary>Compiles the methods of <paramref name="type"/> named <paramref name="names"/>, or all of them without names.</summary>
    private static void PrepareAll([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] Type type, params string[] names)
    {
        foreach (var method in type.GetMethods(AnyMethod))
        {
            if ((names.Length == 0 || Array.IndexOf(names, method.Name) >= 0) && !method.IsAbstract && !method.ContainsGenericParameters)
            {
                TryPrepare(method);
            }
        }
    }

    private static void TryPrepare(MethodInfo method, RuntimeTypeHandle[]? instantiation = null)
    {
        try
        {
            RuntimeHelpers.PrepareMethod(method.MethodHandle, instantiation);
        }
        catch (Exception)
        {
            // A method the runtime will not compile ahead of its first call; it is compiled then, as usual.
        }
    }
}
