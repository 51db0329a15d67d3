// The JVM's figures for benchmarks/JThread.Benchmarks/CompletableFutureBenchmark.cs, measured as ExecutorRoundTrip.java
// does: warm-up iterations, then 60 iterations of many operations each, timed with System.nanoTime; reports the mean
// per operation and the standard deviation over the iterations. "chain": ten thenApply stages on an incomplete
// future, then complete() on this thread and join(); "supplyAsync": supplyAsync(f).join() on the default executor
// (the common pool) and on a fixed pool of 2 daemon threads.
//
//   java CompletableFutureRoundTrip.java [operationsPerIteration]        (JDK 21+; single-file source launch)
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Supplier;

public class CompletableFutureRoundTrip {
    static final int WARMUP_ITERATIONS = 10;
    static final int ITERATIONS = 60;
    static final Function<Integer, Integer> INCREMENT = x -> x + 1;
    static final Supplier<Integer> WORK = () -> 42;

    interface Op {
        int run();
    }

    public static void main(String[] args) {
        int ops = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        System.out.println("JVM " + System.getProperty("java.vm.name") + " " + Runtime.version() + ", "
                + Runtime.getRuntime().availableProcessors() + " processors, common pool parallelism "
                + java.util.concurrent.ForkJoinPool.getCommonPoolParallelism() + ", " + ITERATIONS + " iterations of " + ops);
        report("10-stage thenApply chain, complete, join", measure(ops * 10, CompletableFutureRoundTrip::chain));
        report("supplyAsync(f).join(), default executor", measure(ops, () -> CompletableFuture.supplyAsync(WORK).join()));
        try (ExecutorService fixed = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "bench-worker");
            t.setDaemon(true);
            return t;
        })) {
            report("supplyAsync(f, fixed pool (2)).join()", measure(ops, () -> CompletableFuture.supplyAsync(WORK, fixed).join()));
        }
    }

    static int chain() {
        CompletableFuture<Integer> head = new CompletableFuture<>();
        CompletableFuture<Integer> tail = head;
        for (int i = 0; i < 10; i++) {
            tail = tail.thenApply(INCREMENT);
        }
        head.complete(0);
        return tail.join();
    }

    static double[] measure(int ops, Op op) {
        double[] means = new double[ITERATIONS];
        long sink = 0;
        for (int i = -WARMUP_ITERATIONS; i < ITERATIONS; i++) {
            long start = System.nanoTime();
            for (int j = 0; j < ops; j++) {
                sink += op.run();
            }
            long elapsed = System.nanoTime() - start;
            if (i >= 0) {
                means[i] = (double) elapsed / ops;
            }
        }
        if (sink == 42) {
            System.out.println();
        }
        return means;
    }

    static void report(String name, double[] means) {
        double sum = 0;
        for (double m : means) sum += m;
        double mean = sum / means.length;
        double sq = 0;
        for (double m : means) sq += (m - mean) * (m - mean);
        double sd = Math.sqrt(sq / (means.length - 1));
        System.out.printf("%-45s mean %8.3f us   stddev %6.3f us%n", name, mean / 1000, sd / 1000);
    }
}
