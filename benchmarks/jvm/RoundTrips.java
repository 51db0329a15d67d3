// The JVM's figures for the round trips that benchmarks/JThread.Benchmarks measures for JThread, measured the same way:
// a worker thread and the main thread hand a turn back and forth; each sample is one round trip timed with
// System.nanoTime; warm-up first, then the median (and the 10th/90th percentiles) of many samples.
//
//   java RoundTrips.java [samples]        (JDK 21+; single-file source launch)
import java.util.Arrays;
import java.util.concurrent.locks.LockSupport;

public class RoundTrips {
    static final int WARMUP = 20_000;

    public static void main(String[] args) throws Exception {
        int samples = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        System.out.println("JVM " + System.getProperty("java.vm.name") + " " + Runtime.version() + ", "
                + Runtime.getRuntime().availableProcessors() + " processors, " + samples + " samples each");
        report("interrupt -> sleep wakes (round trip)", interruptWake(samples));
        report("park/unpark ping-pong (round trip)", parkUnpark(samples));
        report("wait/notify ping-pong (round trip)", waitNotify(samples));
    }

    // The worker sleeps; main interrupts it once it is really asleep and blocks until the worker signals back.
    static long[] interruptWake(int samples) throws InterruptedException {
        Thread main = Thread.currentThread();
        var woke = new VolatileFlag();
        Thread worker = new Thread(() -> {
            while (!woke.stop) {
                try {
                    Thread.sleep(1_000_000);
                } catch (InterruptedException e) {
                    woke.set = true;
                    LockSupport.unpark(main);
                }
            }
        }, "sleeper");
        worker.setDaemon(true);
        worker.start();
        long[] times = new long[samples];
        for (int i = -WARMUP; i < samples; i++) {
            // Timed from before the wait for the worker to be asleep again, as the .NET benchmark is.
            long start = System.nanoTime();
            while (worker.getState() != Thread.State.TIMED_WAITING) {
                Thread.onSpinWait();
            }
            woke.set = false;
            worker.interrupt();
            while (!woke.set) {
                LockSupport.park();
            }
            long elapsed = System.nanoTime() - start;
            if (i >= 0) {
                times[i] = elapsed;
            }
        }
        woke.stop = true;
        worker.interrupt();
        worker.join();
        return times;
    }

    // Main unparks the worker and parks until the worker unparks it back; flags guard against spurious wake-ups.
    static long[] parkUnpark(int samples) throws InterruptedException {
        Thread main = Thread.currentThread();
        var flags = new PingPong();
        Thread worker = new Thread(() -> {
            while (true) {
                while (!flags.pinged) {
                    LockSupport.park();
                }
                flags.pinged = false;
                if (flags.stop) {
                    return;
                }
                flags.ponged = true;
                LockSupport.unpark(main);
            }
        }, "ponger");
        worker.setDaemon(true);
        worker.start();
        long[] times = new long[samples];
        for (int i = -WARMUP; i < samples; i++) {
            long start = System.nanoTime();
            flags.pinged = true;
            LockSupport.unpark(worker);
            while (!flags.ponged) {
                LockSupport.park();
            }
            flags.ponged = false;
            long elapsed = System.nanoTime() - start;
            if (i >= 0) {
                times[i] = elapsed;
            }
        }
        flags.stop = true;
        flags.pinged = true;
        LockSupport.unpark(worker);
        worker.join();
        return times;
    }

    // Both sides wait on one monitor for their turn, as Object.wait/notify code does.
    static long[] waitNotify(int samples) throws InterruptedException {
        var lock = new Object();
        var turn = new boolean[2]; // [0]: worker's turn, [1]: stop; guarded by lock
        Thread worker = new Thread(() -> {
            synchronized (lock) {
                while (true) {
                    while (!turn[0] && !turn[1]) {
                        try {
                            lock.wait();
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                    if (turn[1]) {
                        return;
                    }
                    turn[0] = false;
                    lock.notify();
                }
            }
        }, "waiter");
        worker.setDaemon(true);
        worker.start();
        long[] times = new long[samples];
        for (int i = -WARMUP; i < samples; i++) {
            long start = System.nanoTime();
            synchronized (lock) {
                turn[0] = true;
                lock.notify();
                while (turn[0]) {
                    lock.wait();
                }
            }
            long elapsed = System.nanoTime() - start;
            if (i >= 0) {
                times[i] = elapsed;
            }
        }
        synchronized (lock) {
            turn[1] = true;
            lock.notifyAll();
        }
        worker.join();
        return times;
    }

    static void report(String what, long[] times) {
        Arrays.sort(times);
        System.out.printf("%-40s median %7.2f us   p10 %7.2f us   p90 %7.2f us%n", what,
                times[times.length / 2] / 1000.0, times[times.length / 10] / 1000.0, times[times.length * 9 / 10] / 1000.0);
    }

    static final class VolatileFlag {
        volatile boolean set;
        volatile boolean stop;
    }

    static final class PingPong {
        volatile boolean pinged;
        volatile boolean ponged;
        volatile boolean stop;
    }
}
