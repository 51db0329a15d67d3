// The join lesson in Java (JDK 21+): waiting for a thread to end, with and without a timeout, and what a timeout of
// zero means. Run it with `java JoinAndTimeouts.java`; ../Program.cs is the same lesson in C#.
import java.time.Duration;

public class JoinAndTimeouts {

    public static void main(String[] args) throws InterruptedException {
        Thread worker = new Thread(() -> {
            try {
                Thread.sleep(1500);
            } catch (InterruptedException e) {
                return; // nobody interrupts it here
            }
            System.out.println("worker: done");
        }, "worker");
        worker.start();

        // join(millis) waits at most that long and returns nothing: ask isAlive() afterwards to know whether it ended.
        worker.join(200);
        System.out.println("join(200): worker alive: " + worker.isAlive());

        // join(Duration), new in Java 19, tells you instead: true when the thread ended in time.
        boolean ended = worker.join(Duration.ofMillis(200));
        System.out.println("join(200 ms as a duration) says it ended: " + ended);

        // A zero duration does not wait at all.
        worker.join(Duration.ZERO);
        System.out.println("join(zero duration): worker alive: " + worker.isAlive());

        // join(0) waits for ever: zero milliseconds means "no timeout", not "do not wait".
        worker.join(0);
        System.out.println("join(0): worker alive: " + worker.isAlive());

        // Joining a thread that has ended returns at once, as often as you like.
        worker.join();
        System.out.println("join() after the end: returns at once");
    }
}
