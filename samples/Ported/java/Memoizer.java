// The Memoizer of Java Concurrency in Practice (listing 5.19): the original of ../Memoizer.cs.
// Run: java samples/Ported/java/Memoizer.java
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;
import java.util.function.Function;

public class Memoizer {
    static final class Memo<A, V> {
        private final ConcurrentMap<A, Future<V>> cache = new ConcurrentHashMap<>();
        private final Function<A, V> c;

        Memo(Function<A, V> c) { this.c = c; }

        V compute(A arg) throws InterruptedException {
            while (true) {
                Future<V> f = cache.get(arg);
                if (f == null) {
                    FutureTask<V> ft = new FutureTask<>(() -> c.apply(arg));
                    f = cache.putIfAbsent(arg, ft);
                    if (f == null) { f = ft; ft.run(); }
                }
                try {
                    return f.get();
                } catch (CancellationException e) {
                    cache.remove(arg, f);
                } catch (ExecutionException e) {
                    cache.remove(arg, f);
                    throw new IllegalStateException("compute failed: " + e.getCause().getMessage(), e.getCause());
                }
            }
        }
    }

    public static void main(String[] args) throws Exception {
        AtomicInteger computations = new AtomicInteger();
        AtomicBoolean failOnce = new AtomicBoolean();
        Memo<Integer, Long> memo = new Memo<>(n -> {
            computations.incrementAndGet();
            try { Thread.sleep(100); } catch (InterruptedException e) { throw new RuntimeException(e); }
            if (n == 13 && failOnce.compareAndSet(false, true)) {
                throw new IllegalArgumentException("unlucky " + n);
            }
            return (long) n * n;
        });

        ConcurrentMap<String, Long> results = new ConcurrentHashMap<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                for (int n : new int[] { 2, 3, 4 }) {
                    try {
                        results.put(Thread.currentThread().getName() + ":" + n, memo.compute(n));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }, "asker-" + t);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) thread.join();

        StringJoiner distinct = new StringJoiner(",");
        new TreeSet<>(results.values()).forEach(v -> distinct.add(Long.toString(v)));
        System.out.println("results: " + results.size() + ", distinct values: " + distinct);
        System.out.println("computations: " + computations.get());

        try {
            memo.compute(13);
        } catch (IllegalStateException e) {
            System.out.println("first ask for 13: " + e.getMessage());
        }
        System.out.println("second ask for 13: " + memo.compute(13));
        System.out.println("computations: " + computations.get());
    }
}
