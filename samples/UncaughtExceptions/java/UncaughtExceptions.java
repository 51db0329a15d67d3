// The uncaught-exceptions lesson in Java (JDK 21+): an exception that escapes a thread ends that thread, and the
// program lives on. Who hears about it: the thread's own handler, else its group, else the default handler, else a
// report on standard error. Run it with `java UncaughtExceptions.java`; ../Program.cs is the same lesson in C#.
public class UncaughtExceptions {

    public static void main(String[] args) throws InterruptedException {
        // 1. Nobody listens: "Exception in thread "worker-1" ..." and the stack trace go to standard error.
        run(new Thread(UncaughtExceptions::fail, "worker-1"));
        System.out.println("main: worker-1 died, main goes on");

        // 2. The thread's own handler.
        Thread worker2 = new Thread(UncaughtExceptions::fail, "worker-2");
        worker2.setUncaughtExceptionHandler(UncaughtExceptions::threadHandler);
        run(worker2);

        // 3. The thread's group: a group is its threads' handler when they have none of their own.
        ThreadGroup workers = new ThreadGroup("workers") {
            @Override
            public void uncaughtException(Thread thread, Throwable exception) {
                System.out.println("group " + getName() + ": " + thread.getName() + " failed: " + exception.getMessage());
            }
        };
        run(new Thread(workers, UncaughtExceptions::fail, "worker-3"));

        // 4. The default handler, for every thread that has no handler and whose group does not override the method.
        Thread.setDefaultUncaughtExceptionHandler((thread, exception) ->
            System.out.println("default handler: " + thread.getName() + " failed: " + exception.getMessage()));
        run(new Thread(UncaughtExceptions::fail, "worker-4"));

        // 5. A thread's own handler still comes first.
        Thread worker5 = new Thread(UncaughtExceptions::fail, "worker-5");
        worker5.setUncaughtExceptionHandler(UncaughtExceptions::threadHandler);
        run(worker5);

        System.out.println("main: five threads died, main is still running");
    }

    static void fail() {
        throw new IllegalStateException("something broke");
    }

    static void threadHandler(Thread thread, Throwable exception) {
        System.out.println("thread handler: " + thread.getName() + " failed: " + exception.getMessage());
    }

    // The handler runs on the dying thread before it counts as ended, so join() returns after the handler has printed.
    static void run(Thread worker) throws InterruptedException {
        worker.start();
        worker.join();
    }
}
