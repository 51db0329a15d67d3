namespace JThreading;

/// <summary>Creates unstarted threads; Java's <c>java.util.concurrent.ThreadFactory</c>.</summary>
public interface IThreadFactory
{
    /// <summary>Creates an unstarted thread that runs <paramref name="task"/>.</summary>
    /// <param name="task">What the thread runs.</param>
    /// <returns>The new, unstarted thread.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="task"/> is <see langword="null"/>.</exception>
    JThread NewThread(Action task);
}
