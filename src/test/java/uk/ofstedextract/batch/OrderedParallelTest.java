package uk.ofstedextract.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Results come back in input order, with a bounded number in flight, and a consumer can stop the run. */
class OrderedParallelTest {
    @Test
    void resultsAreHandedOverInInputOrderWithABoundedWindow() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger maxInFlight = new AtomicInteger();
        List<Integer> got = new ArrayList<>();
        try (OrderedParallel<Integer, Integer> p = new OrderedParallel<>(4, 6, i -> {
            maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                Thread.sleep((i * 7) % 5); // later inputs often finish first
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inFlight.decrementAndGet();
            return i * 10;
        })) {
            assertTrue(p.run(IntStream.range(0, 60).boxed().iterator(), r -> got.add(r)));
        }
        assertEquals(IntStream.range(0, 60).map(i -> i * 10).boxed().toList(), got);
        assertTrue(maxInFlight.get() <= 4, "never more running than jobs: " + maxInFlight);
    }

    @Test
    void theConsumerCanStopTheRunAndTheIteratorIsNotDrained() throws Exception {
        AtomicInteger pulled = new AtomicInteger();
        var inputs = IntStream.range(0, 1000).boxed().peek(i -> pulled.incrementAndGet()).iterator();
        List<Integer> got = new ArrayList<>();
        try (OrderedParallel<Integer, Integer> p = new OrderedParallel<>(2, 8, i -> i)) {
            assertFalse(p.run(inputs, r -> got.add(r) && r < 3));
        }
        assertEquals(List.of(0, 1, 2, 3), got);
        assertTrue(pulled.get() <= 4 + 8, "at most a window beyond the stop is read: " + pulled);
    }

    @Test
    void anInputOverItsBudgetFailsAloneAndTheRunGoesOn() throws Exception {
        List<String> got = new ArrayList<>();
        AtomicInteger spins = new AtomicInteger();
        try (OrderedParallel<Integer, String> p = new OrderedParallel<>(2, 4, i -> {
            if (i == 3) {
                while (true) { // a stuck worker: ignores interrupts
                    spins.incrementAndGet();
                }
            }
            return "ok " + i;
        }, java.time.Duration.ofMillis(200), (i, over) -> "timed out " + i)) {
            assertTrue(p.run(IntStream.range(0, 8).boxed().iterator(), got::add));
        }
        // its CPU time passes the budget (or, on a machine too busy to give it 200 ms of CPU in 2 s, the wall time)
        assertEquals(List.of("ok 0", "ok 1", "ok 2", "timed out 3", "ok 4", "ok 5", "ok 6", "ok 7"), got);
        assertTrue(spins.get() > 0);
    }

    @Test
    void theBudgetIsCpuTimeSoWaitingDoesNotCount() throws Exception {
        List<String> got = new ArrayList<>();
        try (OrderedParallel<Integer, String> p = new OrderedParallel<>(1, 2, i -> {
            try {
                Thread.sleep(900); // three budgets of wall time, next to no CPU
            } catch (InterruptedException e) {
                return "interrupted " + i;
            }
            return "ok " + i;
        }, java.time.Duration.ofMillis(300), (i, over) -> "timed out " + i + " (" + over.limit() + ")")) {
            assertTrue(p.run(IntStream.range(0, 2).boxed().iterator(), got::add));
        }
        assertEquals(List.of("ok 0", "ok 1"), got);
    }

    @Test
    void aThreadThatCannotBeStoppedIsReplaced() throws Exception {
        // blocked in a lock wait: neither interrupt nor stop reaches it while the lock is held
        Object lock = new Object();
        List<String> got = new ArrayList<>();
        synchronized (lock) {
            try (OrderedParallel<Integer, String> p = new OrderedParallel<>(1, 2, i -> {
                if (i == 0) {
                    synchronized (lock) {
                        return "never";
                    }
                }
                return "ok " + i;
            }, java.time.Duration.ofMillis(100), (i, over) -> "timed out " + i + " (" + over.limit() + ")")) {
                assertTrue(p.run(IntStream.range(0, 3).boxed().iterator(), got::add));
            }
        }
        // blocked, it uses no CPU: the wall-time backstop (ten budgets) gives it up
        assertEquals(List.of("timed out 0 (WALL)", "ok 1", "ok 2"), got, "one job, its thread stuck: another took over");
    }

    /** A class whose initialiser takes 0.5 s of CPU time (long past the budget below), then sets its value. */
    private static final class SlowToInitialise {
        static final int VALUE;

        static {
            long start = cpuNanos();
            while (cpuNanos() - start < 500_000_000L) {
                Thread.onSpinWait();
            }
            VALUE = 42;
        }

        private static long cpuNanos() {
            return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        }
    }

    @Test
    void aThreadInitialisingAClassIsStoppedOnlyOnceTheClassIsReady() throws Exception {
        // the first input's work starts initialising the class, and is over its budget of 20 ms long before the
        // initialiser ends: stopped there, the class would be unusable for the rest of the JVM (NoClassDefFoundError
        // "Could not initialize class"); it is given up after the initialiser, and the next input uses the class
        List<String> got = new ArrayList<>();
        try (OrderedParallel<Integer, String> p = new OrderedParallel<>(1, 2, i -> {
            int v = SlowToInitialise.VALUE;
            while (i == 0) { // over the budget whatever the machine: only stopping ends it
                Thread.onSpinWait();
            }
            return "ok " + i + " " + v;
        }, java.time.Duration.ofMillis(20), (i, over) -> "timed out " + i)) {
            assertTrue(p.run(IntStream.range(0, 2).boxed().iterator(), got::add));
        }
        assertEquals(List.of("timed out 0", "ok 1 42"), got);
        assertEquals(42, SlowToInitialise.VALUE);
    }

    @Test
    void theCollectorsPausesCountAsTheInputsTimeWhileTheHeapHasNoRoom() throws Exception {
        // the work spends its time waiting for full collections (as in a thrashing heap): next to no CPU time
        // of its own, so only the pauses can take it over the budget before the wall-time backstop (ten budgets)
        List<OrderedParallel.Overrun> full = overruns(true);
        assertEquals(OrderedParallel.Limit.CPU, full.get(0).limit(), full.toString());
        assertTrue(full.get(0).pausedNanos() > full.get(0).cpuNanos(), full.toString());
        // the same pauses in a heap with room are the machine's, not the input's: only the backstop ends it
        List<OrderedParallel.Overrun> room = overruns(false);
        assertEquals(OrderedParallel.Limit.WALL, room.get(0).limit(), room.toString());
        assertEquals(0, room.get(0).pausedNanos(), room.toString());
    }

    private static List<OrderedParallel.Overrun> overruns(boolean heapFull) throws Exception {
        List<OrderedParallel.Overrun> overruns = new ArrayList<>();
        List<String> got = new ArrayList<>();
        try (OrderedParallel<Integer, String> p = new OrderedParallel<>(1, 2, i -> {
            while (i == 0) {
                System.gc();
            }
            return "ok " + i;
        }, java.time.Duration.ofMillis(300), (i, over) -> {
            overruns.add(over);
            return "timed out " + i;
        }, () -> heapFull)) {
            assertTrue(p.run(IntStream.range(0, 2).boxed().iterator(), got::add));
        }
        assertEquals(List.of("timed out 0", "ok 1"), got);
        return overruns;
    }

    @Test
    void aHeapWithRoomIsNotNearlyFull() {
        // this test JVM's heap holds little after a collection
        System.gc();
        assertFalse(OrderedParallel.heapNearlyFull());
    }
}
