// The JVM's shutdown gap: from the last non-daemon thread's last action to the first line a shutdown hook prints.
// Run it many times in fresh processes (benchmarks/ShutdownLatency/measure.sh does): java ShutdownLatency.java
//
// Prints "us=<the hook began to run>" and then "written=<its first line was written>", in microseconds after the
// stamp, as the .NET program does.
public class ShutdownLatency {
    static volatile long lastAction;

    public static void main(String[] args) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            long running = System.nanoTime();
            long stamp = lastAction;
            // String.concat rather than +: the first + bootstraps invokedynamic, which costs milliseconds.
            System.out.println("us=".concat(micros(stamp, running)));
            long written = System.nanoTime();
            System.out.println("written=".concat(micros(stamp, written)));
        }, "reporter"));

        // Sleeps first so that main has long returned and the launcher is already waiting when the thread ends.
        new Thread(() -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
            lastAction = System.nanoTime();
        }, "last non-daemon").start();
    }

    static String micros(long from, long to) {
        return Long.toString(Math.round((to - from) / 1000.0));
    }
}
