// The fork/join lesson: a RecursiveTask splits an array sum in halves until a piece is small enough, forks one half,
// computes the other and joins. The pool's workers steal forked halves from each other, and they are daemon threads,
// so a pool nobody shuts down does not keep the program running. Run it with `sum`; java/ForkJoin.java and
// python/fork_join.py are the same lesson in Java and in Python.
using JThreading;
using JThreading.Concurrent;
using JThreading.Concurrent.Atomic;

switch (args.Length == 1 ? args[0] : null)
{
    case "sum":
    {
        var numbers = new long[1_000_000];
        for (var i = 0; i < numbers.Length; i++)
        {
            numbers[i] = i + 1;
        }

        var leaves = new AtomicInteger();
        var pool = new ForkJoinPool(2);
        var total = pool.Invoke(new SumTask(numbers, 0, numbers.Length, leaves)); // runs on a worker; main waits
        Console.WriteLine($"sum of 1..{numbers.Length} = {total}");
        Console.WriteLine($"pieces summed: {leaves.Get()}");
        Console.WriteLine($"sequential sum agrees: {(total == numbers.Sum() ? "true" : "false")}");
        Console.WriteLine("main: returning without shutdown()"); // daemon workers: the program ends anyway
        return 0;
    }

    default:
        Console.Error.WriteLine("usage: ForkJoin sum");
        return 2;
}

/// <summary>Sums <c>numbers[from..to)</c>: directly below the threshold, else fork the left half, compute the right, join.</summary>
internal sealed class SumTask(long[] numbers, int from, int to, AtomicInteger leaves) : RecursiveTask<long>
{
    private const int Threshold = 10_000;

    protected override long Compute()
    {
        if (to - from <= Threshold)
        {
            leaves.IncrementAndGet();
            long sum = 0;
            for (var i = from; i < to; i++)
            {
                sum += numbers[i];
            }

            return sum;
        }

        var mid = (from + to) >>> 1;
        var left = new SumTask(numbers, from, mid, leaves);
        left.Fork(); // onto this worker's deque, where an idle worker can steal it
        var right = new SumTask(numbers, mid, to, leaves).Compute();
        return left.Join() + right; // runs or waits for the left half, helping with other tasks meanwhile
    }
}
