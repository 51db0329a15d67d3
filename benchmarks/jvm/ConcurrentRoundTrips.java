// The JVM's figures for the java.util.concurrent workloads that benchmarks/JThread.Benchmarks measures for
// JThreading.Concurrent (LockUnlockBenchmark, LatchHandOffBenchmark, ConditionInterruptBenchmark), measured the same
// way as BenchmarkDotNet does: warm-up, then many batches of operations, each batch timed with System.nanoTime; the
// report is the mean and median per operation over the batches.
//
//   java ConcurrentRoundTrips.java [batches]        (JDK 21+; single-file source launch)
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

public class ConcurrentRoundTrips {
    static int counter;

    public static void main(String[] args) throws Exception {
        int batches = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        System.out.println("JVM " + System.getProperty("java.vm.name") + " " + Runtime.version() + ", "
                + Runtime.getRuntime().availableProcessors() + " processors, " + batches + " batches each");
        var nonFair = new ReentrantLock();
        var fair = new ReentrantLock(true);
        var monitor = new Object();
        report("synchronized (object)", measure(batches, 1_000_000, n -> {
            for (int i = 0; i < n; i++) {
                synchronized (monitor) {
                    counter++;
                }
            }
        }));
        report("ReentrantLock lock/unlock", measure(batches, 1_000_000, n -> {
            for (int i = 0; i < n; i++) {
                nonFair.lock();
                counter++;
                nonFair.unlock();
            }
        }));
        report("ReentrantLock(fair) lock/unlock", measure(batches, 1_000_000, n -> {
            for (int i = 0; i < n; i++) {
                fair.lock();
                counter++;
                fair.unlock();
            }
        }));
        report("ReentrantLock nested twice", measure(batches, 1_000_000, n -> {
            for (int i = 0; i < n; i++) {
                nonFair.lock();
                nonFair.lock();
                counter++;
                nonFair.unlock();
                nonFair.unlock();
            }
        }));
        report("CountDownLatch hand-off (new pair per round)", latchHandOff(batches));
        report("interrupt -> Condition.await wakes", conditionInterrupt(batches));
    }

    interface Batch {
        void run(int operations) throws Exception;
    }

    // Nanoseconds per operation for each timed batch, after as many warm-up batches.
    static double[] measure(int batches, int operations, Batch batch) throws Exception {
        double[] perOp = new double[batches];
        for (int b = -batches; b < batches; b++) {
            long start = System.nanoTime();
            batch.run(operations);
            long elapsed = System.nanoTime() - start;
            if (b >= 0) {
                perOp[b] = (double) elapsed / operations;
            }
        }
        return perOp;
    }

    static final class Round {
        final CountDownLatch ping = new CountDownLatch(1);
        final CountDownLatch pong = new CountDownLatch(1);
        volatile Round next;
    }

    static volatile boolean stopping;

    static double[] latchHandOff(int batches) throws Exception {
        stopping = false;
        var holder = new Round[] { new Round() };
        // The worker takes its first round out of a holder rather than capturing it: a captured first round, through
        // the next links, would keep every round of the run reachable.
        var start = new Round[] { holder[0] };
        Thread worker = new Thread(() -> {
            Round current = start[0];
            start[0] = null;
            try {
                while (true) {
                    current.ping.await();
                    if (stopping) {
                        return;
                    }
                    Round next = current.next;
                    current.pong.countDown();
                    current = next;
                }
            } catch (InterruptedException e) {
                // ends the worker
            }
        }, "latch worker");
        worker.setDaemon(true);
        worker.start();
        double[] result = measure(batches, 2_000, n -> {
            Round round = holder[0];
            for (int i = 0; i < n; i++) {
                round.next = new Round();
                round.ping.countDown();
                round.pong.await();
                round = round.next;
            }
            holder[0] = round;
        });
        stopping = true;
        holder[0].ping.countDown();
        worker.join();
        return result;
    }

    static double[] conditionInterrupt(int batches) throws Exception {
        stopping = false;
        var lock = new ReentrantLock();
        Condition condition = lock.newCondition();
        Thread main = Thread.currentThread();
        var woke = new boolean[1];
        Thread worker = new Thread(() -> {
            lock.lock();
            try {
                while (!stopping) {
                    try {
                        condition.await();
                    } catch (InterruptedException e) {
                        synchronized (woke) {
                            woke[0] = true;
                        }
                        LockSupport.unpark(main);
                    }
                }
            } finally {
                lock.unlock();
            }
        }, "condition waiter");
        worker.setDaemon(true);
        worker.start();
        double[] result = measure(batches, 200, n -> {
            for (int i = 0; i < n; i++) {
                while (worker.getState() != Thread.State.WAITING) {
                    Thread.onSpinWait();
                }
                synchronized (woke) {
                    woke[0] = false;
                }
                worker.interrupt();
                while (true) {
                    synchronized (woke) {
                        if (woke[0]) {
                            break;
                        }
                    }
                    LockSupport.park();
                }
            }
        });
        stopping = true;
        worker.interrupt();
        worker.join();
        return result;
    }

    static void report(String what, double[] perOp) {
        double mean = Arrays.stream(perOp).average().orElse(Double.NaN);
        double[] sorted = perOp.clone();
        Arrays.sort(sorted);
        System.out.printf("%-46s mean %10.2f ns   median %10.2f ns   min %10.2f ns%n", what, mean,
                sorted[sorted.length / 2], sorted[0]);
    }
}
