using JThreading.Concurrent;

namespace JThreading.Tests.Concurrent;

/// <summary>Fibonacci by fork/join, as the JSR-166 TCK's tasks: fork n-1, compute n-2 here, join.</summary>
internal sealed class FibTask(int n) : RecursiveTask<int>
{
    internal static int Sequential(int n) => n <= 1 ? n : Sequential(n - 1) + Sequential(n - 2);

    protected override int Compute()
    {
        if (n <= 1)
        {
            return n;
        }

        var f1 = new FibTask(n - 1);
        f1.Fork();
        return new FibTask(n - 2).Compute() + f1.Join();
    }
}

/// <summary>Fibonacci as an action that stores its result, forking both halves with InvokeAll.</summary>
internal sealed class FibAction(int n) : RecursiveAction
{
    internal int Result { get; private set; }

    protected override void Compute()
    {
        if (n <= 1)
        {
            Result = n;
            return;
        }

        var f1 = new FibAction(n - 1);
        var f2 = new FibAction(n - 2);
        InvokeAll(f1, f2);
        Result = f1.Result + f2.Result;
    }
}

/// <summary>Fails at the leaves, so the failure travels up through every join.</summary>
internal sealed class FailingFibTask(int n) : RecursiveTask<int>
{
    protected override int Compute()
    {
        if (n <= 1)
        {
            throw new FibException();
        }

        var f1 = new FailingFibTask(n - 1);
        f1.Fork();
        return new FailingFibTask(n - 2).Compute() + f1.Join();
    }
}

/// <summary>What <see cref="FailingFibTask"/> throws.</summary>
internal sealed class FibException : Exception
{
    public FibException()
        : base("fib leaf")
    {
    }
}

/// <summary>A chain of nested forks <c>depth</c> deep, each joined by its parent.</summary>
internal sealed class NestedTask(int depth) : RecursiveTask<int>
{
    protected override int Compute()
    {
        if (depth == 0)
        {
            return 0;
        }

        var child = new NestedTask(depth - 1);
        var sibling = new FibTask(5);
        child.Fork();
        sibling.Fork();
        return 1 + child.Join() + (sibling.Join() * 0);
    }
}

/// <summary>Records which worker threads ran the leaves of a wide tree.</summary>
internal sealed class ThreadRecordingTask(int n, HashSet<string> names, JThreading.Concurrent.CountDownLatch leavesStarted) : RecursiveAction
{
    protected override void Compute()
    {
        if (n <= 1)
        {
            lock (names)
            {
                names.Add(JThread.CurrentThread().GetName());
            }

            // Every leaf holds its worker until all leaves have started, so two leaves run at once on two workers.
            leavesStarted.CountDown();
            leavesStarted.Await(TestTimeouts.UnexpectedTimeoutMillis, TimeUnit.Milliseconds);
            return;
        }

        InvokeAll(new ThreadRecordingTask(n / 2, names, leavesStarted), new ThreadRecordingTask(n - (n / 2), names, leavesStarted));
    }
}
