namespace JThreading;

/// <summary>One thing that keeps the process alive, as listed by <see cref="JRuntime.KeepAliveSnapshot"/>.</summary>
/// <param name="Kind">A non-daemon thread or a lease.</param>
/// <param name="Name">The thread's name, or the lease's reason.</param>
/// <param name="ThreadId">The thread's <see cref="JThread.ThreadId"/>; <see langword="null"/> for a lease.</param>
/// <param name="Since">When the thread started or the lease was taken.</param>
public sealed record KeepAliveEntry(KeepAliveKind Kind, string Name, long? ThreadId, DateTimeOffset Since);
