namespace JThreading;

/// <summary>The state of a <see cref="JThread"/>, as <c>java.lang.Thread.State</c>.</summary>
public enum JThreadState
{
    /// <summary>Created and not yet started.</summary>
    New,

    /// <summary>Started and running (or ready to run).</summary>
    Runnable,

    /// <summary>Waiting to re-enter a monitor after <see cref="JMonitor.Wait(object)"/>.</summary>
    Blocked,

    /// <summary>
    /// In an untimed wait: <see cref="JThread.Join()"/>, <see cref="JMonitor.Wait(object)"/>,
    /// <see cref="LockSupport.Park()"/>, or any plain .NET wait.
    /// </summary>
    Waiting,

    /// <summary>In a timed wait: <see cref="JThread.Sleep(long)"/>, a timed join, wait or park.</summary>
    TimedWaiting,

    /// <summary>Ended.</summary>
    Terminated,
}
