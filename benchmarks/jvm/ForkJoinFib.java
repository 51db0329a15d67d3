// The JVM's figure for benchmarks/JThread.Benchmarks/ForkJoinBenchmark.cs: Fibonacci(30) split to a threshold of 13
// as a RecursiveTask on a ForkJoinPool of availableProcessors() workers and on the common pool, and sequential,
// measured as BenchmarkDotNet does: warm-up iterations, then 30 timed iterations; mean and standard deviation.
//
//   java ForkJoinFib.java [operationsPerIteration]        (JDK 21+; single-file source launch)
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;
import java.util.function.IntSupplier;

public class ForkJoinFib {
    static final int N = 30;
    static final int THRESHOLD = 13;
    static final int WARMUP_ITERATIONS = 8;
    static final int ITERATIONS = 30;

    public static void main(String[] args) {
        int ops = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        System.out.println("JVM " + System.getProperty("java.vm.name") + " " + Runtime.version() + ", "
                + Runtime.getRuntime().availableProcessors() + " processors, " + ITERATIONS + " iterations of " + ops);
        ForkJoinPool pool = new ForkJoinPool();
        report("RecursiveTask on ForkJoinPool(processors)", measure(() -> pool.invoke(new FibTask(N)), ops));
        report("RecursiveTask on the common pool", measure(() -> ForkJoinPool.commonPool().invoke(new FibTask(N)), ops));
        report("sequential", measure(() -> sequential(N), ops));
        pool.shutdownNow();
    }

    static int sequential(int n) {
        return n <= 1 ? n : sequential(n - 1) + sequential(n - 2);
    }

    static final class FibTask extends RecursiveTask<Integer> {
        final int n;

        FibTask(int n) {
            this.n = n;
        }

        @Override
        protected Integer compute() {
            if (n <= THRESHOLD) {
                return sequential(n);
            }
            FibTask f1 = new FibTask(n - 1);
            f1.fork();
            return new FibTask(n - 2).compute() + f1.join();
        }
    }

    static volatile int sink;

    static double[] measure(IntSupplier body, int ops) {
        for (int i = 0; i < WARMUP_ITERATIONS; i++) {
            run(body, ops);
        }
        double[] perOp = new double[ITERATIONS];
        for (int i = 0; i < ITERATIONS; i++) {
            perOp[i] = run(body, ops);
        }
        return perOp;
    }

    static double run(IntSupplier body, int ops) {
        long start = System.nanoTime();
        for (int j = 0; j < ops; j++) {
            sink = body.getAsInt();
        }
        return (System.nanoTime() - start) / 1000.0 / ops;
    }

    static void report(String name, double[] perOp) {
        double mean = 0;
        for (double v : perOp) {
            mean += v;
        }
        mean /= perOp.length;
        double var = 0;
        for (double v : perOp) {
            var += (v - mean) * (v - mean);
        }
        System.out.printf("%-45s mean %9.1f us   stddev %7.1f us%n", name, mean, Math.sqrt(var / (perOp.length - 1)));
    }
}
