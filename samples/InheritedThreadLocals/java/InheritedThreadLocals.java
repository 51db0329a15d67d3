// The inherited-thread-locals lesson in Java (JDK 21+): a value that each thread has its own copy of, and that a new
// thread starts with, as its creator had it when the thread was constructed.
// Run it with `java InheritedThreadLocals.java`; ../Program.cs is the same lesson in C#.
public class InheritedThreadLocals {

    // Inherited by new threads, through childValue.
    static final InheritableThreadLocal<String> user = new InheritableThreadLocal<>() {
        // Runs in the creating thread, while the new thread is constructed. Without it, the child gets the same value.
        @Override
        protected String childValue(String parentValue) {
            return parentValue + " (inherited)";
        }
    };

    // A plain thread local: a new thread starts empty.
    static final ThreadLocal<String> plain = new ThreadLocal<>();

    public static void main(String[] args) throws InterruptedException {
        user.set("alice");
        plain.set("alice");

        // 1. A child starts with childValue(parent's value); a plain thread local starts empty.
        run(new Thread(() -> {
            show();
            try {
                run(new Thread(InheritedThreadLocals::show, "grandchild")); // the child creates it: childValue runs again
            } catch (InterruptedException e) {
                return;
            }
        }, "child"));

        // 2. The copy is taken when the thread is constructed, not when it starts.
        Thread early = new Thread(InheritedThreadLocals::show, "early");
        user.set("bob");
        run(early);

        // 3. A child that sets its own value does not change its creator's.
        run(new Thread(() -> {
            user.set("carol");
            System.out.println("changer: user = " + user.get());
        }, "changer"));
        System.out.println("main: user = " + user.get() + ", plain = " + plain.get());

        // 4. A thread can be made without inherited values.
        run(new Thread(null, InheritedThreadLocals::show, "loner", 0, false /* inheritInheritableThreadLocals */));
    }

    static void show() {
        System.out.println(Thread.currentThread().getName() + ": user = " + user.get() + ", plain = " + plain.get());
    }

    static void run(Thread thread) throws InterruptedException {
        thread.start();
        thread.join();
    }
}
