using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace JThreading;

/// <summary>Runs when the library is loaded, before any of its code.</summary>
internal static class LibraryInitializer
{
    /// <summary>
    /// Installs the exit handlers of <see cref="ProcessLifetime"/> now rather than on first use, so that they are in
    /// place before user code registers a ProcessExit handler of its own that calls <see cref="JRuntime.Exit(int)"/>.
    /// </summary>
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries", Justification = "The exit rules need JThread's handlers installed before any user ProcessExit handler can call Exit; installing two event handlers has no other effect.")]
    internal static void Initialize() => ProcessLifetime.Watch();
}
