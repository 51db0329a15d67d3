// The daemon-threads lesson in Java (JDK 21+): does a running thread keep the program alive once main has finished?
// Run it with `java DaemonThreads.java regular|daemon|inherit`; ../Program.cs is the same lesson in C#.
public class DaemonThreads {

    public static void main(String[] args) throws InterruptedException {
        switch (args.length == 1 ? args[0] : "") {
            case "regular" -> regular();
            case "daemon" -> daemon();
            case "inherit" -> inherit();
            default -> {
                System.err.println("usage: DaemonThreads regular|daemon|inherit");
                System.exit(2);
            }
        }
    }

    // A non-daemon thread keeps the process alive: main finishes, the thread goes on printing until you stop it (Ctrl+C).
    static void regular() throws InterruptedException {
        Thread regularThread = new Thread(DaemonThreads::printForever, "regularThread");
        regularThread.start();
        Thread.sleep(3000);
        System.out.println("Main thread exiting but program doesn't");
    }

    // A daemon thread does not: once main finishes, the process ends and the daemon thread stops wherever it is.
    static void daemon() throws InterruptedException {
        Thread daemonThread = new Thread(DaemonThreads::printForever, "daemonThread");
        daemonThread.setDaemon(true); // before start(): a started thread cannot change sides
        daemonThread.start();
        Thread.sleep(3000);
        System.out.println("Main thread exiting and program too");
    }

    // A new thread takes its daemon status from the thread that creates it, so a daemon's child is a daemon too
    // and cannot hold the process open either.
    static void inherit() throws InterruptedException {
        Thread daemonThread = new Thread(() -> {
            Thread childThread = new Thread(DaemonThreads::printForever, "childThread"); // no setDaemon: inherited
            System.out.println("daemonThread is daemon: " + Thread.currentThread().isDaemon());
            System.out.println("childThread is daemon: " + childThread.isDaemon());
            childThread.start();
        }, "daemonThread");
        daemonThread.setDaemon(true);
        daemonThread.start();
        Thread.sleep(3000);
        System.out.println("Main thread exiting and program too");
    }

    static void printForever() {
        while (true) {
            System.out.println(Thread.currentThread().getName() + " executing");
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return; // Java makes a Runnable handle the interrupt; nobody interrupts these threads
            }
        }
    }
}
