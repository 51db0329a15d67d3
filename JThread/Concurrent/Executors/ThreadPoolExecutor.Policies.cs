namespace JThreading.Concurrent;

public partial class ThreadPoolExecutor
{
    /// <summary>Rejects with a <see cref="RejectedExecutionException"/>: the default policy.</summary>
    /// <remarks>Java's <c>ThreadPoolExecutor.AbortPolicy</c>.</remarks>
    public sealed class AbortPolicy : IRejectedExecutionHandler
    {
        /// <summary>Throws.</summary>
        /// <param name="task">The task.</param>
        /// <param name="executor">The executor.</param>
        /// <exception cref="RejectedExecutionException">Always: <c>Task &lt;task&gt; rejected from &lt;executor&gt;</c>.</exception>
        public void RejectedExecution(Action task, ThreadPoolExecutor executor)
        {
            ArgumentNullException.ThrowIfNull(task);
            ArgumentNullException.ThrowIfNull(executor);
            throw new RejectedExecutionException(string.Format(
                System.Globalization.CultureInfo.InvariantCulture, ExceptionMessages.TaskRejected, JavaText.Task(task), executor));
        }
    }

    /// <summary>Runs the task on the thread that submitted it, unless the executor is shut down (then drops it).</summary>
    /// <remarks>Java's <c>ThreadPoolExecutor.CallerRunsPolicy</c>: a simple brake on submitters.</remarks>
    public sealed class CallerRunsPolicy : IRejectedExecutionHandler
    {
        /// <summary>Runs <paramref name="task"/> here, unless <paramref name="executor"/> is shut down.</summary>
        /// <param name="task">The task.</param>
        /// <param name="executor">The executor.</param>
        public void RejectedExecution(Action task, ThreadPoolExecutor executor)
        {
            ArgumentNullException.ThrowIfNull(task);
            ArgumentNullException.ThrowIfNull(executor);
            if (!executor.IsShutdown())
            {
                task();
            }
        }
    }

    /// <summary>Drops the task silently.</summary>
    /// <remarks>Java's <c>ThreadPoolExecutor.DiscardPolicy</c>.</remarks>
    public sealed class DiscardPolicy : IRejectedExecutionHandler
    {
        /// <summary>Does nothing.</summary>
        /// <param name="task">The task.</param>
        /// <param name="executor">The executor.</param>
        public void RejectedExecution(Action task, ThreadPoolExecutor executor)
        {
        }
    }

    /// <summary>Drops the oldest queued task and tries again, unless the executor is shut down (then drops this one).</summary>
    /// <remarks>Java's <c>ThreadPoolExecutor.DiscardOldestPolicy</c>.</remarks>
    public sealed class DiscardOldestPolicy : IRejectedExecutionHandler
    {
        /// <summary>Polls the queue once and executes <paramref name="task"/> again.</summary>
        /// <param name="task">The task.</param>
        /// <param name="executor">The executor.</param>
        public void RejectedExecution(Action task, ThreadPoolExecutor executor)
        {
            ArgumentNullException.ThrowIfNull(task);
            ArgumentNullException.ThrowIfNull(executor);
            if (!executor.IsShutdown())
            {
                executor.GetQueue().TryPoll(out _);
                executor.Execute(task);
            }
        }
    }
}
