package org.hocvu.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * CPU time (user + system) of processes and all their descendants, from {@code /proc/<pid>/stat}:
 * the server's JVM and PostgreSQL's postmaster with its backends, summed before and after a run to
 * give the CPU a request costs on the server's side. Children already reaped count through the
 * parent's cutime/cstime; the harness's own CPU is not in it.
 */
final class ProcessCpu {
    /** Linux's USER_HZ, the unit of the stat file's times, 100 on every common kernel build. */
    private static final long TICKS_PER_SECOND = 100;

    private ProcessCpu() {
    }

    /** For each root, milliseconds of CPU spent so far by it and its descendants (one look at /proc for all). */
    static long[] each(List<Long> roots) throws IOException {
        Processes now = Processes.read();
        long[] spent = new long[roots.size()];
        for (int i = 0; i < spent.length; i++) {
            spent[i] = now.millis(roots.get(i));
        }
        return spent;
    }

    /** Waits until the processes spent under 50 ms of CPU in a second, at most {@code maxSeconds}. */
    static void awaitQuiet(List<Long> roots, int maxSeconds) throws IOException, InterruptedException {
        long before = sum(each(roots));
        for (int s = 0; s < maxSeconds; s++) {
            Thread.sleep(1000);
            long now = sum(each(roots));
            if (now - before < 50) {
                return;
            }
            before = now;
        }
        System.out.println("(the server did not settle before the run)");
    }

    private static long sum(long[] values) {
        return java.util.Arrays.stream(values).sum();
    }

    /** Every process's parent and CPU ticks (its own and its reaped children's), as /proc shows them now. */
    private record Processes(Map<Long, List<Long>> children, Map<Long, Long> ticks) {
        static Processes read() throws IOException {
            Map<Long, List<Long>> children = new HashMap<>();
            Map<Long, Long> ticks = new HashMap<>();
            try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
                for (Path p : procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                    String[] f = fields(p.resolve("stat"));
                    if (f.length > 16) {
                        long pid = Long.parseLong(p.getFileName().toString());
                        children.computeIfAbsent(Long.parseLong(f[1]), k -> new ArrayList<>()).add(pid);
                        // after the command: state, ppid, ..., utime (12th), stime, cutime, cstime
                        ticks.put(pid, Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]));
                    }
                }
            }
            return new Processes(children, ticks);
        }

        /** The root's and all its descendants' CPU, in milliseconds. */
        long millis(long root) {
            long sum = 0;
            Set<Long> seen = new HashSet<>();
            Deque<Long> todo = new ArrayDeque<>(List.of(root));
            while (!todo.isEmpty()) {
                long pid = todo.pop();
                if (seen.add(pid)) {
                    sum += ticks.getOrDefault(pid, 0L);
                    todo.addAll(children.getOrDefault(pid, List.of()));
                }
            }
            return sum * 1000 / TICKS_PER_SECOND;
        }
    }

    /** The fields after the command name (which may hold spaces), or none when the process is gone. */
    private static String[] fields(Path stat) {
        try {
            String s = Files.readString(stat);
            return s.substring(s.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException e) {
            return new String[0];
        }
    }
}
