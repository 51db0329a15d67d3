// The wait/notify lesson in Java (JDK 21+): a bounded buffer shared by two producers and two consumers. A producer
// waits while the buffer is full, a consumer while it is empty, and every change wakes all the waiters so they check
// again. Run it with `java WaitNotify.java`; ../Program.cs is the same lesson in C#.
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

public class WaitNotify {

    static final int PER_THREAD = 10;

    public static void main(String[] args) throws InterruptedException {
        BoundedBuffer buffer = new BoundedBuffer(2);
        List<List<Integer>> taken = List.of(new ArrayList<>(), new ArrayList<>());

        List<Thread> threads = new ArrayList<>();
        for (int p = 0; p < 2; p++) {
            int first = p * PER_THREAD + 1; // producer-1 puts 1..10, producer-2 puts 11..20
            threads.add(new Thread(() -> {
                try {
                    for (int item = first; item < first + PER_THREAD; item++) {
                        buffer.put(item);
                    }
                } catch (InterruptedException e) {
                    return; // nobody interrupts these threads; a Runnable must still say what an interrupt does
                }
            }, "producer-" + (p + 1)));
        }
        for (int c = 0; c < 2; c++) {
            List<Integer> mine = taken.get(c);
            threads.add(new Thread(() -> {
                try {
                    for (int i = 0; i < PER_THREAD; i++) {
                        mine.add(buffer.take());
                    }
                } catch (InterruptedException e) {
                    return;
                }
            }, "consumer-" + (c + 1)));
        }

        for (Thread t : threads) t.start();
        for (Thread t : threads) t.join(); // join also makes the consumers' lists safe to read here

        System.out.println("consumer-1 took " + taken.get(0).size() + " items");
        System.out.println("consumer-2 took " + taken.get(1).size() + " items");
        List<Integer> all = new ArrayList<>(taken.get(0));
        all.addAll(taken.get(1));
        all.sort(null);
        System.out.println("each of 1..20 taken exactly once: " + all.equals(IntStream.rangeClosed(1, 2 * PER_THREAD).boxed().toList()));
        System.out.println("never more than 2 items inside: " + (buffer.largestSize() <= 2));
    }

    static final class BoundedBuffer {
        private final ArrayDeque<Integer> items = new ArrayDeque<>();
        private final int capacity;
        private int largestSize;

        BoundedBuffer(int capacity) {
            this.capacity = capacity;
        }

        synchronized int largestSize() {
            return largestSize;
        }

        // wait() and notifyAll() work only while holding the object's monitor: here, inside synchronized methods.
        synchronized void put(int item) throws InterruptedException {
            while (items.size() == capacity) {
                wait(); // always in a loop: a woken thread must check again (another may have been first)
            }
            items.addLast(item);
            largestSize = Math.max(largestSize, items.size());
            notifyAll(); // all: with one notify() a producer could wake another producer, and both wait
        }

        synchronized int take() throws InterruptedException {
            while (items.isEmpty()) {
                wait();
            }
            int item = items.removeFirst();
            notifyAll();
            return item;
        }
    }
}
