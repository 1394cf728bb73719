package com.steward.analytics.simulator;

import java.util.Arrays;

/**
 * One first-come-first-served queue with n agents and impatient callers (M/G/n+M when fed Poisson arrivals and
 * exponential patience): a binary min-heap of the agents' next free times, as primitive longs.
 *
 * <p>Contacts must be offered in arrival order. The contact arriving at t takes the agent that frees first, at f:
 * its wait is max(0, f − t). If its patience is shorter it abandons and no agent is used; otherwise it is answered
 * at t + wait and that agent is busy until the answer plus the handle time. Because abandoning contacts never hold
 * an agent and every earlier contact has already taken its agent, this is exact for FCFS with abandonment.
 *
 * <p>Staffing changes with {@link #setAgents}: new agents are free from the change; when agents leave, the ones
 * that free first leave (idle agents log off first; a busy one finishes the contact it has).
 *
 * <p>Each heap entry packs a free time (µs from the simulation's origin, below 2<sup>55</sup>) and an 8-bit seat
 * label: {@code time << 8 | seat}. Labels only name agents; they play no part in the order between equal times
 * beyond breaking ties.
 */
final class ServiceQueue {
    private long[] heap = new long[16];
    private int size;
    private int nextSeat;
    private final int seatOffset;
    private final int seats;
    private int lastSeat = -1;

    /**
     * @param seatOffset label of the first agent
     * @param seats labels are {@code (seatOffset + k) mod seats}, at most 256
     */
    ServiceQueue(int seatOffset, int seats) {
        if (seats < 1 || seats > 256 || seatOffset < 0) {
            throw new IllegalArgumentException("seats must be in 1..256");
        }
        this.seatOffset = seatOffset;
        this.seats = seats;
    }

    int agents() {
        return size;
    }

    /** Time the first agent becomes free, or {@link Long#MAX_VALUE} without agents. */
    long earliestFree() {
        return size == 0 ? Long.MAX_VALUE : heap[0] >>> 8;
    }

    /** Label of the agent that answered the last answered contact. */
    int lastSeat() {
        return lastSeat;
    }

    /** Staffs {@code agents} from {@code at} on: joins are free from {@code at}, leavers are the earliest free. */
    void setAgents(int agents, long at) {
        while (size > agents) {
            pop();
        }
        while (size < agents) {
            int seat = (seatOffset + nextSeat++) % seats;
            push(at << 8 | seat);
        }
    }

    /**
     * Offers a contact.
     *
     * @param arrival arrival time, not before the previous contact's
     * @param patience how long the caller waits at most (use {@link Long#MAX_VALUE} for never abandons)
     * @param handle handle time once answered
     * @return the answer time, or -1 when the caller abandoned (after {@code patience}) or there are no agents
     */
    long offer(long arrival, long patience, long handle) {
        if (size == 0) {
            return -1;
        }
        long top = heap[0];
        long free = top >>> 8;
        long wait = free > arrival ? free - arrival : 0;
        if (wait > patience) {
            return -1;
        }
        long answered = arrival + wait;
        lastSeat = (int) (top & 0xFF);
        replaceTop((answered + handle) << 8 | lastSeat);
        return answered;
    }

    private void push(long value) {
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, size * 2);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            long p = heap[parent];
            if (p <= value) {
                break;
            }
            heap[i] = p;
            i = parent;
        }
        heap[i] = value;
    }

    private void pop() {
        long last = heap[--size];
        if (size > 0) {
            replaceTop(last);
        }
    }

    private void replaceTop(long value) {
        int n = size;
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= n) {
                break;
            }
            long c = heap[child];
            int right = child + 1;
            if (right < n && heap[right] < c) {
                child = right;
                c = heap[right];
            }
            if (c >= value) {
                break;
            }
            heap[i] = c;
            i = child;
        }
        heap[i] = value;
    }
}
