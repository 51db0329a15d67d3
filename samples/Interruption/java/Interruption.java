// The interruption lesson in Java (JDK 21+): one thread asks another to stop. interrupt() wakes a thread that sleeps
// or waits (the call throws InterruptedException) and sets a flag that a busy thread can poll.
// Run it with `java Interruption.java`; ../Program.cs is the same lesson in C#.
public class Interruption {

    static final Object gate = new Object();

    public static void main(String[] args) throws InterruptedException {
        long started = System.nanoTime();

        Thread sleeper = new Thread(() -> {
            System.out.println("sleeper: going to sleep for a minute");
            try {
                Thread.sleep(60_000);
                System.out.println("sleeper: slept the whole minute");
            } catch (InterruptedException e) {
                // Throwing cleared the flag: isInterrupted() is false again here.
                System.out.println("sleeper: interrupted while sleeping");
            }
        }, "sleeper");
        stopAndJoin(sleeper);

        Thread waiter = new Thread(() -> {
            System.out.println("waiter: waiting for a notify that never comes");
            try {
                synchronized (gate) {
                    while (true) {
                        gate.wait(); // nobody calls gate.notifyAll()
                    }
                }
            } catch (InterruptedException e) {
                System.out.println("waiter: interrupted while waiting");
            }
        }, "waiter");
        stopAndJoin(waiter);

        Thread spinner = new Thread(() -> {
            System.out.println("spinner: busy until interrupted");
            long rounds = 0;
            while (!Thread.currentThread().isInterrupted()) { // nothing throws in a busy loop: poll the flag
                rounds++;
            }
            System.out.println("spinner: saw its interrupted flag and stopped");
        }, "spinner");
        stopAndJoin(spinner);

        System.out.println("main: all three stopped early: " + (System.nanoTime() - started < 30_000_000_000L));
    }

    static void stopAndJoin(Thread worker) throws InterruptedException {
        worker.start();
        Thread.sleep(200); // time to get to the sleep or wait; an interrupt that comes first is kept and thrown there
        worker.interrupt();
        worker.join();
    }
}
