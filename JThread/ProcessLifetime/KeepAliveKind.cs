namespace JThreading;

/// <summary>What holds the process open in a <see cref="KeepAliveEntry"/>.</summary>
public enum KeepAliveKind
{
    /// <summary>A live non-daemon thread (the main thread included).</summary>
    Thread,

    /// <summary>A lease taken with <see cref="JRuntime.KeepAlive(string)"/>.</summary>
    Lease,
}
