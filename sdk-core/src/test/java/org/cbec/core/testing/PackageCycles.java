package org.cbec.core.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;

/**
 * The package cycles of one module's classes, as {@code jdeps} sees them (run in-process through
 * {@link ToolProvider}). The one cycle allowed is a package with its own {@code internal} and {@code spi} subpackages
 * ({@code a.b <-> a.b.internal}); two subpackages of it that need each other ({@code a.b.spi <-> a.b.internal}) are a
 * cycle.
 *
 * <pre>{@code
 * @Test
 * void packagesFormNoCycle() {
 *     PackageCycles.assertNone(Path.of("target/classes"));
 * }
 * }</pre>
 */
public final class PackageCycles {

    private PackageCycles() {
    }

    /** @throws AssertionError naming every cycle among the packages of {@code classes} */
    public static void assertNone(Path classes) {
        List<Set<String>> cycles = of(classes);
        if (!cycles.isEmpty()) {
            throw new AssertionError("package cycles in " + classes + ":\n" + cycles.stream()
                    .map(c -> "  " + String.join(" <-> ", c)).collect(Collectors.joining("\n")));
        }
    }

    /** The cycles not allowed, each as the set of packages that reach one another. */
    public static List<Set<String>> of(Path classes) {
        if (!Files.isDirectory(classes)) {
            throw new AssertionError(classes.toAbsolutePath() + " does not exist: compile the module first");
        }
        Map<String, Set<String>> graph = graph(classes);
        List<Set<String>> cycles = new ArrayList<>();
        for (Set<String> component : components(graph)) {
            if (component.size() < 2) {
                continue;
            }
            String owner = component.stream().min((a, b) -> Integer.compare(a.length(), b.length())).orElseThrow();
            boolean ownSubpackages = component.stream().allMatch(p -> p.equals(owner) || isOwn(owner, p));
            if (!ownSubpackages) {
                cycles.add(component);
                continue;
            }
            Map<String, Set<String>> withoutOwner = new TreeMap<>();
            component.stream().filter(p -> !p.equals(owner)).forEach(p -> withoutOwner.put(p,
                    graph.get(p).stream().filter(q -> component.contains(q) && !q.equals(owner)).collect(Collectors.toCollection(TreeSet::new))));
            components(withoutOwner).stream().filter(c -> c.size() > 1).forEach(cycles::add);
        }
        return cycles;
    }

    private static boolean isOwn(String owner, String p) {
        return p.equals(owner + ".internal") || p.startsWith(owner + ".internal.")
                || p.equals(owner + ".spi") || p.startsWith(owner + ".spi.");
    }

    /** Package to the packages of the same classes directory it depends on. */
    private static Map<String, Set<String>> graph(Path classes) {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new AssertionError("this JDK has no jdeps"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = jdeps.run(new PrintWriter(out), new PrintWriter(err), "-verbose:package", "-filter:none",
                "--multi-release", "17", classes.toString());
        if (exit != 0) {
            throw new AssertionError("jdeps failed (" + exit + "): " + err);
        }
        Map<String, Set<String>> graph = new TreeMap<>();
        for (String line : out.toString().split("\\R")) {
            String[] f = line.trim().split("\\s+");
            // "   a.b   -> a.c   classes": an edge inside the analysed directory
            if (f.length == 4 && f[1].equals("->") && f[3].equals(classes.getFileName().toString())) {
                graph.computeIfAbsent(f[0], k -> new TreeSet<>());
                graph.computeIfAbsent(f[2], k -> new TreeSet<>());
                if (!f[0].equals(f[2])) {
                    graph.get(f[0]).add(f[2]);
                }
            }
        }
        if (graph.isEmpty()) {
            throw new AssertionError("jdeps reported no package of " + classes + ":\n" + out);
        }
        return graph;
    }

    /** Strongly connected components (Tarjan). */
    private static List<Set<String>> components(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<Set<String>> out = new ArrayList<>();
        int[] counter = {0};
        for (String v : graph.keySet()) {
            if (!index.containsKey(v)) {
                connect(v, graph, index, low, stack, onStack, out, counter);
            }
        }
        return out;
    }

    private static void connect(String v, Map<String, Set<String>> graph, Map<String, Integer> index, Map<String, Integer> low,
            Deque<String> stack, Set<String> onStack, List<Set<String>> out, int[] counter) {
        index.put(v, counter[0]);
        low.put(v, counter[0]++);
        stack.push(v);
        onStack.add(v);
        for (String w : graph.getOrDefault(v, Set.of())) {
            if (!index.containsKey(w)) {
                connect(w, graph, index, low, stack, onStack, out, counter);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            Set<String> component = new TreeSet<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                component.add(w);
            } while (!w.equals(v));
            out.add(component);
        }
    }
}
