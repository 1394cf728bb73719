package com.steward.analytics.simulator;

import java.time.YearMonth;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The contacts of one month as primitive columns (no object per contact), in arrival order. Codes index the
 * dictionaries of {@link ContactCenterSimulation}; times are epoch microseconds (UTC); -1 (or
 * {@link #NONE} for times) stands for null. Reused from month to month: valid only inside the sink call.
 */
public final class MonthBatch {
    /** A null time. */
    public static final long NONE = Long.MIN_VALUE;

    /** Kinds of contact. */
    public static final byte FIRST = 0;

    public static final byte REPEAT = 1;
    public static final byte RETRY = 2;

    @Nullable
    YearMonth month;

    int size;
    long[] id;
    byte[] handler;
    byte[] site;
    byte[] channel;
    byte[] queue;
    byte[] region;
    int[] customer;
    boolean[] isCustomer;
    long[] arrived;
    long[] answered;
    long[] ended;
    int[] handleSeconds;
    boolean[] transferred;
    boolean[] resolved;
    boolean[] complaint;
    short[] agent;
    byte[] csat;
    byte[] nps;
    short[] qaTenths;
    byte[] kind;

    MonthBatch(int capacity) {
        allocate(Math.max(16, capacity));
    }

    public @Nullable YearMonth month() {
        return month;
    }

    public int size() {
        return size;
    }

    public long id(int i) {
        return id[i];
    }

    /** Index into {@link ContactCenterSimulation#HANDLERS}. */
    public int handler(int i) {
        return handler[i];
    }

    /** Index into {@link ContactCenterSimulation#SITES}, or -1. */
    public int site(int i) {
        return site[i];
    }

    /** Index into {@link ContactCenterSimulation#CHANNELS}. */
    public int channel(int i) {
        return channel[i];
    }

    /** Index into {@link ContactCenterSimulation#QUEUES}. */
    public int queue(int i) {
        return queue[i];
    }

    /** Index into {@link ContactCenterSimulation#REGIONS}. */
    public int region(int i) {
        return region[i];
    }

    /** Customer or lead number ({@code C…} when {@link #isCustomer}, else {@code L…}), or -1 when unidentified. */
    public int customer(int i) {
        return customer[i];
    }

    public boolean isCustomer(int i) {
        return isCustomer[i];
    }

    public long arrivedMicros(int i) {
        return arrived[i];
    }

    /** Answer time, or {@link #NONE} when abandoned. */
    public long answeredMicros(int i) {
        return answered[i];
    }

    public long endedMicros(int i) {
        return ended[i];
    }

    public int handleSeconds(int i) {
        return handleSeconds[i];
    }

    public boolean transferred(int i) {
        return transferred[i];
    }

    public boolean resolved(int i) {
        return resolved[i];
    }

    public boolean complaint(int i) {
        return complaint[i];
    }

    /** Agent label 0–59 within the handler, or -1 when abandoned. */
    public int agent(int i) {
        return agent[i];
    }

    /** 1–5, or -1 without a survey answer. */
    public int csat(int i) {
        return csat[i];
    }

    /** 0–10, or -1. */
    public int nps(int i) {
        return nps[i];
    }

    /** QA score × 10 (0–1000), or -1 when not evaluated. */
    public int qaTenths(int i) {
        return qaTenths[i];
    }

    /** {@link #FIRST}, {@link #REPEAT} (after an earlier contact) or {@link #RETRY} (after an abandon). */
    public int kind(int i) {
        return kind[i];
    }

    void clear(YearMonth next) {
        month = next;
        size = 0;
    }

    /** Index of a new row, growing the columns when full. */
    int add() {
        if (size == id.length) {
            allocate(id.length + (id.length >> 1));
        }
        return size++;
    }

    private void allocate(int capacity) {
        id = id == null ? new long[capacity] : Arrays.copyOf(id, capacity);
        handler = handler == null ? new byte[capacity] : Arrays.copyOf(handler, capacity);
        site = site == null ? new byte[capacity] : Arrays.copyOf(site, capacity);
        channel = channel == null ? new byte[capacity] : Arrays.copyOf(channel, capacity);
        queue = queue == null ? new byte[capacity] : Arrays.copyOf(queue, capacity);
        region = region == null ? new byte[capacity] : Arrays.copyOf(region, capacity);
        customer = customer == null ? new int[capacity] : Arrays.copyOf(customer, capacity);
        isCustomer = isCustomer == null ? new boolean[capacity] : Arrays.copyOf(isCustomer, capacity);
        arrived = arrived == null ? new long[capacity] : Arrays.copyOf(arrived, capacity);
        answered = answered == null ? new long[capacity] : Arrays.copyOf(answered, capacity);
        ended = ended == null ? new long[capacity] : Arrays.copyOf(ended, capacity);
        handleSeconds = handleSeconds == null ? new int[capacity] : Arrays.copyOf(handleSeconds, capacity);
        transferred = transferred == null ? new boolean[capacity] : Arrays.copyOf(transferred, capacity);
        resolved = resolved == null ? new boolean[capacity] : Arrays.copyOf(resolved, capacity);
        complaint = complaint == null ? new boolean[capacity] : Arrays.copyOf(complaint, capacity);
        agent = agent == null ? new short[capacity] : Arrays.copyOf(agent, capacity);
        csat = csat == null ? new byte[capacity] : Arrays.copyOf(csat, capacity);
        nps = nps == null ? new byte[capacity] : Arrays.copyOf(nps, capacity);
        qaTenths = qaTenths == null ? new short[capacity] : Arrays.copyOf(qaTenths, capacity);
        kind = kind == null ? new byte[capacity] : Arrays.copyOf(kind, capacity);
    }
}
