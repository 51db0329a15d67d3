// The fork/join lesson in Java: a RecursiveTask splits an array sum in halves until a piece is small enough, forks
// one half, computes the other and joins. The pool's workers steal forked halves from each other, and they are daemon
// threads, so a pool nobody shuts down does not keep the program running. Run it with `java ForkJoin.java sum`;
// ../Program.cs is the C# one.
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;

public class ForkJoin {

    public static void main(String[] args) {
        if (!(args.length == 1 && args[0].equals("sum"))) {
            System.err.println("usage: ForkJoin sum");
            System.exit(2);
        }

        long[] numbers = new long[1_000_000];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = i + 1;
        }

        AtomicInteger leaves = new AtomicInteger();
        ForkJoinPool pool = new ForkJoinPool(2);
        long total = pool.invoke(new SumTask(numbers, 0, numbers.length, leaves)); // runs on a worker; main waits
        System.out.println("sum of 1.." + numbers.length + " = " + total);
        System.out.println("pieces summed: " + leaves.get());
        System.out.println("sequential sum agrees: " + (total == LongStream.of(numbers).sum()));
        System.out.println("main: returning without shutdown()"); // daemon workers: the program ends anyway
    }

    static final class SumTask extends RecursiveTask<Long> {
        private static final int THRESHOLD = 10_000;
        private final long[] numbers;
        private final int from;
        private final int to;
        private final AtomicInteger leaves;

        SumTask(long[] numbers, int from, int to, AtomicInteger leaves) {
            this.numbers = numbers;
            this.from = from;
            this.to = to;
            this.leaves = leaves;
        }

        @Override
        protected Long compute() {
            if (to - from <= THRESHOLD) {
                leaves.incrementAndGet();
                long sum = 0;
                for (int i = from; i < to; i++) {
                    sum += numbers[i];
                }
                return sum;
            }
            int mid = (from + to) >>> 1;
            SumTask left = new SumTask(numbers, from, mid, leaves);
            left.fork(); // onto this worker's deque, where an idle worker can steal it
            long right = new SumTask(numbers, mid, to, leaves).compute();
            return left.join() + right; // runs or waits for the left half, helping with other tasks meanwhile
        }
    }
}
