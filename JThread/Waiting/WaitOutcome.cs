namespace JThreading;

/// <summary>How a JThread wait ended.</summary>
internal enum WaitOutcome
{
    /// <summary>The condition the waiter waited for holds.</summary>
    Satisfied,

    /// <summary>The time was up first.</summary>
    TimedOut,

    /// <summary>The waiting thread was interrupted first.</summary>
    Interrupted,
}
