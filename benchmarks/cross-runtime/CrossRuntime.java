// The JVM side of benchmarks/cross-runtime/run.sh: the same workloads as the .NET side (CrossRuntime.cs in
// benchmarks/JThread.Benchmarks) and cross_runtime.py, each the median over batches of the time per operation.
// Prints "workload<TAB>jvm<TAB>value" lines (microseconds, or nanoseconds for current-thread).
//
//   java CrossRuntime.java [scale]        (JDK 21+)
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.LockSupport;

public class CrossRuntime {
    static final int BATCHES = 9;
    static final int CURRENT_THREAD_CALLS = 1 << 22;
    static volatile int sink;

    interface Op { void run() throws Exception; }

    public static void main(String[] args) throws Exception {
        double scale = args.length > 0 ? Double.parseDouble(args[0]) : 1.0;
        report("start-join", scaled(300, scale), 1, false, () -> {
            Thread t = new Thread(() -> { });
            t.start();
            t.join();
        });
        report("in-flight-1000", 1, 1000, false, CrossRuntime::inFlight);
        parkUnpark(scaled(2000, scale));
        waitNotify(scaled(2000, scale));
        interruptWake(scaled(300, scale));
        // A timed park nobody ends: its overshoot past the 50 µs asked for.
        report("timed-park-50us", scaled(200, scale), 1, false, 50.0, () -> LockSupport.parkNanos(50_000));
        report("current-thread", 1, CURRENT_THREAD_CALLS, true, () -> {
            int found = 0;
            for (int i = 0; i < CURRENT_THREAD_CALLS; i++) {
                found += Thread.currentThread() == null ? 0 : 1;
            }
            sink = found;
        });
    }

    static int scaled(int n, double scale) {
        return Math.max(1, (int) (n * scale));
    }

    static void inFlight() throws InterruptedException {
        CountDownLatch gate = new CountDownLatch(1);
        Thread[] threads = new Thread[1000];
        for (int i = 0; i < threads.length; i++) {
            threads[i] = new Thread(() -> {
                try {
                    gate.await();
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                }
            });
            threads[i].start();
        }
        gate.countDown();
        for (Thread t : threads) {
            t.join();
        }
    }

    static volatile boolean pinged, ponged, stop;

    static void parkUnpark(int ops) throws Exception {
        Thread main = Thread.currentThread();
        stop = false;
        Thread worker = new Thread(() -> {
            while (true) {
                while (!pinged) {
                    LockSupport.park();
                }
                pinged = false;
                if (stop) {
                    return;
                }
                ponged = true;
                LockSupport.unpark(main);
            }
        });
        worker.setDaemon(true);
        worker.start();
        report("park-unpark", ops, 1, false, () -> {
            pinged = true;
            LockSupport.unpark(worker);
            while (!ponged) {
                LockSupport.park();
            }
            ponged = false;
        });
        stop = true;
        pinged = true;
        LockSupport.unpark(worker);
        worker.join();
    }

    static final Object lock = new Object();
    static boolean workerTurn, monitorStop;

    static void waitNotify(int ops) throws Exception {
        Thread worker = new Thread(() -> {
            synchronized (lock) {
                while (true) {
                    while (!workerTurn && !monitorStop) {
                        try {
                            lock.wait();
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                    if (monitorStop) {
                        return;
                    }
                    workerTurn = false;
                    lock.notify();
                }
            }
        });
        worker.setDaemon(true);
        worker.start();
        report("wait-notify", ops, 1, false, () -> {
            synchronized (lock) {
                workerTurn = true;
                lock.notify();
                while (workerTurn) {
                    lock.wait();
                }
            }
        });
        synchronized (lock) {
            monitorStop = true;
            lock.notify();
        }
        worker.join();
    }

    static volatile boolean woke, sleeperStop;

    static void interruptWake(int ops) throws Exception {
        Thread main = Thread.currentThread();
        Thread worker = new Thread(() -> {
            while (!sleeperStop) {
                try {
                    Thread.sleep(1_000_000);
                } catch (InterruptedException e) {
                    woke = true;
                    LockSupport.unpark(main);
                }
            }
        });
        worker.setDaemon(true);
        worker.start();
        report("interrupt-wake", ops, 1, false, () -> {
            while (worker.getState() != Thread.State.TIMED_WAITING) {
                Thread.onSpinWait();
            }
            woke = false;
            worker.interrupt();
            while (!woke) {
                LockSupport.park();
            }
        });
        sleeperStop = true;
        worker.interrupt();
        worker.join();
    }

    static void report(String workload, int ops, int perBatch, boolean nanos, Op op) throws Exception {
        report(workload, ops, perBatch, nanos, 0.0, op);
    }

    // minus is taken off the figure (a timed wait's own length, leaving its overshoot).
    static void report(String workload, int ops, int perBatch, boolean nanos, double minus, Op op) throws Exception {
        double[] times = new double[BATCHES];
        measure(op, ops);
        measure(op, ops);
        for (int b = 0; b < BATCHES; b++) {
            times[b] = measure(op, ops) / perBatch;
        }
        Arrays.sort(times);
        double median = (times[BATCHES / 2] - minus) * (nanos ? 1000.0 : 1.0);
        System.out.printf(java.util.Locale.ROOT, "%s\tjvm\t%.4f%n", workload, median);
    }

    // Microseconds per call.
    static double measure(Op op, int ops) throws Exception {
        long start = System.nanoTime();
        for (int i = 0; i < ops; i++) {
            op.run();
        }
        return (System.nanoTime() - start) / 1000.0 / ops;
    }
}
