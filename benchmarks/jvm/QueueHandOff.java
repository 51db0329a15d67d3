// The JVM's figures for benchmarks/JThread.Benchmarks' QueueHandOffBenchmark and TakeInterruptWakeBenchmark, measured
// the way BenchmarkDotNet measures those: a pilot picks how many operations fill an iteration of about 250 ms, then
// warm-up iterations, then measured iterations; each iteration gives the mean time of one operation, and the report is
// the mean, the 99.9% error half-width, the standard deviation and the median over the measured iterations.
//
//   java QueueHandOff.java [iterations]        (JDK 21+; single-file source launch)
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.locks.LockSupport;

public class QueueHandOff {
    static final int WARMUP = 8;
    static final long ITERATION_NANOS = 250_000_000L;
    static final Integer ONE = 1;
    static final Integer STOP = -1;

    interface Op { void run() throws Exception; }

    public static void main(String[] args) throws Exception {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        System.out.println("JVM " + System.getProperty("java.vm.name") + " " + Runtime.version() + ", "
                + Runtime.getRuntime().availableProcessors() + " processors, " + iterations + " iterations each");
        handOff("LinkedBlockingQueue put/take ping-pong", new LinkedBlockingQueue<>(), new LinkedBlockingQueue<>(), iterations);
        handOff("ArrayBlockingQueue put/take ping-pong", new ArrayBlockingQueue<>(16), new ArrayBlockingQueue<>(16), iterations);
        handOff("SynchronousQueue put/take ping-pong", new SynchronousQueue<>(), new SynchronousQueue<>(), iterations);
        handOff("SynchronousQueue(fair) put/take ping-pong", new SynchronousQueue<>(true), new SynchronousQueue<>(true), iterations);
        interruptWake("interrupt -> LinkedBlockingQueue.take wakes", new LinkedBlockingQueue<>(), iterations);
        interruptWake("interrupt -> SynchronousQueue.take wakes", new SynchronousQueue<>(), iterations);
    }

    // Main puts into ping; the worker takes it and puts into pong; main takes from pong: two hand-offs.
    static void handOff(String what, BlockingQueue<Integer> ping, BlockingQueue<Integer> pong, int iterations) throws Exception {
        Thread worker = new Thread(() -> {
            try {
                while (ping.take() != STOP) {
                    pong.put(ONE);
                }
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }, "queue ponger");
        worker.setDaemon(true);
        worker.start();
        measure(what, iterations, () -> {
            ping.put(ONE);
            pong.take();
        });
        ping.put(STOP);
        worker.join();
    }

    // The worker waits in take(); main interrupts it once it is really waiting and parks until it signals back.
    static void interruptWake(String what, BlockingQueue<Integer> queue, int iterations) throws Exception {
        Thread main = Thread.currentThread();
        var flags = new Flags();
        Thread worker = new Thread(() -> {
            while (!flags.stop) {
                try {
                    queue.take();
                } catch (InterruptedException e) {
                    flags.woke = true;
                    LockSupport.unpark(main);
                }
            }
        }, "queue taker");
        worker.setDaemon(true);
        worker.start();
        measure(what, iterations, () -> {
            while (worker.getState() != Thread.State.WAITING) {
                Thread.onSpinWait();
            }
            flags.woke = false;
            worker.interrupt();
            while (!flags.woke) {
                LockSupport.park();
            }
        });
        flags.stop = true;
        worker.interrupt();
        worker.join();
    }

    static void measure(String what, int iterations, Op op) throws Exception {
        // Pilot: double the count until one iteration takes about ITERATION_NANOS.
        long ops = 1;
        while (true) {
            long elapsed = run(op, ops);
            if (elapsed >= ITERATION_NANOS / 4) {
                ops = Math.max(1, ops * ITERATION_NANOS / Math.max(1, elapsed));
                break;
            }
            ops *= 2;
        }
        for (int i = 0; i < WARMUP; i++) {
            run(op, ops);
        }
        double[] perOp = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            perOp[i] = (double) run(op, ops) / ops;
        }
        double mean = Arrays.stream(perOp).average().orElse(0);
        double sd = Math.sqrt(Arrays.stream(perOp).map(x -> (x - mean) * (x - mean)).sum() / Math.max(1, iterations - 1));
        double[] sorted = perOp.clone();
        Arrays.sort(sorted);
        double median = iterations % 2 == 1 ? sorted[iterations / 2] : (sorted[iterations / 2 - 1] + sorted[iterations / 2]) / 2;
        // 99.9% half-width with Student's t for n - 1 degrees of freedom (about 3.56 for 40 iterations), as BenchmarkDotNet.
        double error = studentT999(iterations - 1) * sd / Math.sqrt(iterations);
        System.out.printf("%-46s mean %9.3f us   error %8.3f us   sd %8.3f us   median %9.3f us   (%d ops/iteration)%n",
                what, mean / 1000, error / 1000, sd / 1000, median / 1000, ops);
    }

    static long run(Op op, long ops) throws Exception {
        long start = System.nanoTime();
        for (long i = 0; i < ops; i++) {
            op.run();
        }
        return System.nanoTime() - start;
    }

    // Two-sided 99.9% quantiles of Student's t; enough points for the iteration counts used here.
    static double studentT999(int df) {
        if (df >= 120) return 3.373;
        if (df >= 60) return 3.460;
        if (df >= 40) return 3.551;
        if (df >= 30) return 3.646;
        if (df >= 20) return 3.850;
        if (df >= 10) return 4.587;
        return 6.869;
    }

    static final class Flags {
        volatile boolean woke;
        volatile boolean stop;
    }
}
