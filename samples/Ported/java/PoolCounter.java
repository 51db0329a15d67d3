// A counter shared by the tasks of a fixed pool: the original of ../PoolCounter.cs.
// Run: java samples/Ported/java/PoolCounter.java
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;

public class PoolCounter {
    public static void main(String[] args) throws InterruptedException {
        AtomicInteger count = new AtomicInteger();
        AtomicInteger max = new AtomicInteger(Integer.MIN_VALUE);
        AtomicLong sum = new AtomicLong();
        ExecutorService executor = Executors.newFixedThreadPool(4);

        for (int i = 0; i < 10_000; i++) {
            int n = i;
            executor.execute(() -> {
                count.incrementAndGet();
                max.accumulateAndGet(n, Math::max);
                sum.addAndGet(n);
            });
        }

        executor.shutdown();
        boolean terminated = executor.awaitTermination(60, TimeUnit.SECONDS);

        System.out.println("terminated: " + terminated);
        System.out.println("count: " + count);
        System.out.println("max: " + max.get());
        System.out.println("sum: " + sum.get());
        System.out.println("updated: " + count.updateAndGet(x -> x * 2));
    }
}
