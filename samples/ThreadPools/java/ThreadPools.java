// The executors lesson in Java (JDK 21+): a thread pool's workers are ordinary (non-daemon) threads, so a pool that
// is never shut down keeps the program running for ever after main returns. shutdown() lets the queued work finish
// and then the workers end; close() (Java 19) shuts down and waits. Run it with
// `java ThreadPools.java forgotten|shutdown|close` (after `forgotten`, stop it with Ctrl+C); ../Program.cs is the C# one.
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class ThreadPools {

    public static void main(String[] args) {
        switch (args.length == 1 ? args[0] : "") {
            case "forgotten" -> {
                ExecutorService pool = Executors.newFixedThreadPool(1);
                submitThreeTasks(pool);
                System.out.println("main: returning without shutdown()"); // the idle worker waits for more: no end
            }
            case "shutdown" -> {
                ExecutorService pool = Executors.newFixedThreadPool(1);
                submitThreeTasks(pool);
                pool.shutdown(); // no new tasks; the queued ones still run, then the worker ends (shutdown does not wait)
                System.out.println("main: returning after shutdown()");
            }
            case "close" -> {
                try (ExecutorService pool = Executors.newFixedThreadPool(1)) {
                    submitThreeTasks(pool);
                } // close(): shutdown(), then wait until the queued tasks are done
                System.out.println("main: close() returned after the tasks");
            }
            default -> {
                System.err.println("usage: ThreadPools forgotten|shutdown|close");
                System.exit(2);
            }
        }
    }

    // One worker runs the tasks in order; each takes 0.2 s, so main's line comes first unless main waits.
    static void submitThreeTasks(ExecutorService pool) {
        for (int i = 1; i <= 3; i++) {
            int task = i;
            pool.submit(() -> {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return; // shutdownNow() would interrupt it; nothing calls it here
                }
                System.out.println("task " + task + " done");
            });
        }
    }
}
