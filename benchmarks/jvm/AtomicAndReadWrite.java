// The JVM's figures for AtomicIncrementBenchmark, CounterContentionBenchmark and ReadWriteLockBenchmark in
// benchmarks/JThread.Benchmarks: the same loops, timed in batches with System.nanoTime after as many warm-up batches;
// reports mean, median and minimum nanoseconds per operation.
//
//   java AtomicAndReadWrite.java [batches]        (JDK 21+; single-file source launch)
import java.util.Arrays;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

public class AtomicAndReadWrite {
    static int counter;

    interface Loop {
        void run(int n) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        int batches = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        System.out.println("JVM " + System.getProperty("java.vm.name") + " " + Runtime.version() + ", "
                + Runtime.getRuntime().availableProcessors() + " processors, " + batches + " batches each");
        AtomicInteger atomicInt = new AtomicInteger();
        LongAdder adder = new LongAdder();
        print("AtomicInteger.incrementAndGet", time(batches, 1 << 20, n -> {
            for (int i = 0; i < n; i++) atomicInt.incrementAndGet();
        }));
        print("LongAdder.increment, one thread", time(batches, 1 << 20, n -> {
            for (int i = 0; i < n; i++) adder.increment();
        }));

        ReentrantReadWriteLock nonFair = new ReentrantReadWriteLock();
        ReentrantReadWriteLock fair = new ReentrantReadWriteLock(true);
        print("ReentrantReadWriteLock read lock/unlock", pairs(batches, nonFair.readLock()));
        print("ReentrantReadWriteLock(fair) read lock/unlock", pairs(batches, fair.readLock()));
        print("ReentrantReadWriteLock write lock/unlock", pairs(batches, nonFair.writeLock()));

        AtomicLong shared = new AtomicLong();
        LongAdder sharedAdder = new LongAdder();
        print("AtomicLong.incrementAndGet, 2 threads", onTwoThreads(batches, 1 << 17, () -> shared.incrementAndGet()));
        print("LongAdder.increment, 2 threads", onTwoThreads(batches, 1 << 17, sharedAdder::increment));
    }

    static double[] pairs(int batches, Lock lock) throws Exception {
        return time(batches, 1 << 20, n -> {
            for (int i = 0; i < n; i++) {
                lock.lock();
                counter++;
                lock.unlock();
            }
        });
    }

    // Both threads run perThread increments per batch; the time is per increment over both (2 * perThread).
    static double[] onTwoThreads(int batches, int perThread, Runnable increment) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        CyclicBarrier end = new CyclicBarrier(2);
        int[] rounds = { 2 * batches };
        Thread partner = new Thread(() -> {
            try {
                for (int r = 0; r < rounds[0]; r++) {
                    start.await();
                    for (int i = 0; i < perThread; i++) increment.run();
                    end.await();
                }
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        partner.setDaemon(true);
        partner.start();
        double[] result = time(batches, 2 * perThread, n -> {
            start.await();
            for (int i = 0; i < perThread; i++) increment.run();
            end.await();
        });
        partner.join();
        return result;
    }

    static double[] time(int batches, int operations, Loop loop) throws Exception {
        double[] perOp = new double[batches];
        for (int b = -batches; b < batches; b++) {
            long t0 = System.nanoTime();
            loop.run(operations);
            long dt = System.nanoTime() - t0;
            if (b >= 0) perOp[b] = (double) dt / operations;
        }
        return perOp;
    }

    static void print(String what, double[] perOp) {
        double[] sorted = perOp.clone();
        Arrays.sort(sorted);
        System.out.printf("%-46s mean %8.2f ns   median %8.2f ns   min %8.2f ns%n", what,
                Arrays.stream(perOp).average().orElse(Double.NaN), sorted[sorted.length / 2], sorted[0]);
    }
}
