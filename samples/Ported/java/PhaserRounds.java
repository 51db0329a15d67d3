// A Phaser whose onAdvance ends it: the original of ../PhaserRounds.cs.
// Run: java samples/Ported/java/PhaserRounds.java
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;

public class PhaserRounds {
    static final class RoundsPhaser extends Phaser {
        private final AtomicInteger work;
        private final int rounds;

        RoundsPhaser(AtomicInteger work, int rounds) { this.work = work; this.rounds = rounds; }

        @Override
        protected boolean onAdvance(int phase, int registeredParties) {
            System.out.println("round " + phase + " done by " + registeredParties + " parties, work so far " + work.get());
            return phase + 1 >= rounds || registeredParties == 0;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        AtomicInteger work = new AtomicInteger();
        RoundsPhaser phaser = new RoundsPhaser(work, 3);
        phaser.bulkRegister(3);

        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
            Thread worker = new Thread(() -> {
                while (!phaser.isTerminated()) {
                    work.incrementAndGet();
                    phaser.arriveAndAwaitAdvance();
                }
            }, "worker-" + w);
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) worker.join();

        System.out.println("terminated: " + phaser.isTerminated());
        System.out.println("phase: " + phaser.getPhase());
        System.out.println("registered: " + phaser.getRegisteredParties());
        System.out.println("work done: " + work.get());
        System.out.println("arrive after termination: " + phaser.arrive());
    }
}
