namespace JThreading.Concurrent;

/// <summary>What a <see cref="IFuture"/> has come to.</summary>
/// <remarks>Java 19's <c>java.util.concurrent.Future.State</c>.</remarks>
public enum FutureState
{
    /// <summary>The task has not completed.</summary>
    Running,

    /// <summary>The task completed with a result.</summary>
    Success,

    /// <summary>The task completed with an exception.</summary>
    Failed,

    /// <summary>The task was cancelled.</summary>
    Cancelled,
}
