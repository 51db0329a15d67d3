// The shutdown-hooks lesson in Java (JDK 21+): code that runs when the program ends, and the exit code the program
// ends with. Run it with `java ShutdownHooks.java normal|exit|halt|wait` (after `wait`, press Ctrl+C or send
// SIGTERM); ../Program.cs is the same lesson in C#.
import java.util.List;

public class ShutdownHooks {

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 1 || !List.of("normal", "exit", "halt", "wait").contains(args[0])) {
            System.err.println("usage: ShutdownHooks normal|exit|halt|wait");
            System.exit(2); // no hook registered yet
        }

        Runtime runtime = Runtime.getRuntime();
        runtime.addShutdownHook(new Thread(() -> System.out.println("hook: running"), "hook")); // not started: exit starts it

        switch (args[0]) {
            case "normal" -> System.out.println("main: returning"); // the last non-daemon thread ends: hooks run, exit code 0
            case "exit" -> {
                System.out.println("main: calling exit(3)");
                System.exit(3); // hooks run, exit code 3; exit never returns
                System.out.println("main: never printed");
            }
            case "halt" -> {
                System.out.println("main: calling halt(3)");
                runtime.halt(3); // no hook runs, exit code 3
                System.out.println("main: never printed");
            }
            case "wait" -> {
                System.out.println("main: waiting for Ctrl+C or SIGTERM");
                Thread.sleep(Long.MAX_VALUE); // Ctrl+C: hooks run, exit code 130; SIGTERM: the same with 143
            }
            default -> throw new AssertionError(args[0]); // checked above
        }
    }
}
