// The JVM's figure for benchmarks/JThread.Benchmarks/ExecutorBenchmark.cs, measured the same way as
// BenchmarkDotNet does: warm-up iterations, then 60 iterations of many submit(task).get() round trips each, timed with
// System.nanoTime; reports the mean per round trip and the standard deviation over the iterations.
//
//   java ExecutorRoundTrip.java [operationsPerIteration]        (JDK 21+; single-file source launch)
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;

public class ExecutorRoundTrip {
    static final int WARMUP_ITERATIONS = 10;
    static final int ITERATIONS = 60;

    public static void main(String[] args) throws Exception {
        int ops = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        System.out.println("JVM " + System.getProperty("java.vm.name") + " " + Runtime.version() + ", "
                + Runtime.getRuntime().availableProcessors() + " processors, " + ITERATIONS + " iterations of " + ops);
        ThreadFactory daemons = r -> {
            Thread t = new Thread(r, "bench-worker");
            t.setDaemon(true);
            return t;
        };
        try (ExecutorService single = Executors.newSingleThreadExecutor(daemons);
             ExecutorService fixed = Executors.newFixedThreadPool(2, daemons)) {
            report("single-thread executor submit(f).get()", measure(single, ops));
            report("fixed pool (2) submit(f).get()", measure(fixed, ops));
        }
    }

    static double[] measure(ExecutorService pool, int ops) throws Exception {
        Callable<Integer> task = () -> 1;
        double[] means = new double[ITERATIONS];
        long sink = 0;
        for (int i = -WARMUP_ITERATIONS; i < ITERATIONS; i++) {
            long start = System.nanoTime();
            for (int j = 0; j < ops; j++) {
                sink += pool.submit(task).get();
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
        System.out.printf("%-45s mean %8.2f us   stddev %6.2f us%n", name, mean / 1000, sd / 1000);
    }
}
