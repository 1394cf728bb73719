package com.steward.analytics.simulator;

import com.steward.core.staffing.QueueModel;
import com.steward.core.staffing.RequiredAgents;
import com.steward.core.staffing.StaffingGoal;
import com.steward.core.staffing.StaffingInput;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The demo company's contact centre as a discrete-event simulation, one month batch at a time. See
 * {@link DemoCompany} for the model and its parameters; this class holds them and runs the event calendar.
 *
 * <p>Single-threaded and allocation-free per contact: twelve arrival streams (handler × channel group, each with
 * its own seeded generator, so its arrivals do not depend on anything else), one {@link ServiceQueue} per stream,
 * a primitive min-heap of scheduled repeat contacts, and primitive columns ({@link MonthBatch}) for the output. The
 * event loop always takes the earliest of the streams' next arrivals and the next repeat, so every queue sees its
 * contacts in time order, repeats included, across month boundaries.
 */
public final class ContactCenterSimulation {
    public static final List<String> HANDLERS = List.of("inhouse", "acme", "bluesky", "corvid");
    public static final List<String> SITES = List.of(
            "hq-dublin", "hq-austin", "acme-manila", "acme-cebu", "bluesky-lisbon", "corvid-krakow", "corvid-bogota");
    public static final List<String> CHANNELS = List.of("voice", "chat", "email", "messaging");
    public static final List<String> QUEUES = List.of("billing", "technical", "sales", "retention");
    public static final List<String> REGIONS = List.of("US-CA", "US-TX", "US-NY", "GB", "DE", "ES");

    static final double[] HANDLER_SHARE = {0.40, 0.25, 0.20, 0.15};
    static final double[] QUALITY = {0.80, 0.76, 0.70, 0.78};
    static final int DEGRADING = 3;
    static final double DEGRADED_QUALITY = 0.55;
    /** Erlang A service-level goal (voice within 20 s, chat and messaging within 60 s) each handler staffs for. */
    static final double[] SERVICE_LEVEL_GOAL = {0.90, 0.80, 0.55, 0.82};

    static final double DEGRADED_SERVICE_LEVEL_GOAL = 0.60;
    /** Erlang C email goal: mean wait in seconds. */
    static final double[] EMAIL_ASA_GOAL = {1800, 2700, 5400, 1800};

    static final double DEGRADED_EMAIL_ASA_GOAL = 5400;
    /** First site of each handler in {@link #SITES}, and the share of its agents there (the rest at the next). */
    static final int[] FIRST_SITE = {0, 2, 4, 5};

    static final double[] FIRST_SITE_SHARE = {0.7, 0.5, 1.0, 0.6};
    static final int AGENT_LABELS = 60;
    static final double[] QUEUE_SHARE = {0.35, 0.35, 0.20, 0.10};
    static final double[] QUEUE_HANDLE_SECONDS = {320, 540, 420, 480};
    static final double[] CHANNEL_SHARE = {0.60, 0.23, 0.05, 0.12};
    static final double[] CHANNEL_HANDLE_FACTOR = {1.0, 1.3, 0.6, 1.1};
    /** Mean patience θ in seconds per channel (email never abandons). */
    static final double[] PATIENCE_SECONDS = {300, 600, Double.POSITIVE_INFINITY, 600};
    /** Channel groups, each staffed separately per handler: voice, chat + messaging, email. */
    static final int[] GROUP_OF_CHANNEL = {0, 1, 2, 1};

    static final int GROUPS = 3;
    static final double[] GROUP_THRESHOLD_SECONDS = {20, 60, 0};
    static final double HANDLE_SIGMA = 0.45;
    static final double HANDLE_MU = -0.1;
    /** UTC offsets of the regions (standard time) and their shares of first contacts. */
    static final int[] REGION_UTC_OFFSET = {-8, -6, -5, 0, 1, 1};

    static final double[] REGION_SHARE = {1 / 6.0, 1 / 6.0, 1 / 6.0, 1 / 6.0, 1 / 6.0, 1 / 6.0};
    /** Monday … Sunday, in the caller's local time. */
    static final double[] WEEKDAY_FACTOR = {1.15, 1.05, 1.0, 1.0, 0.95, 0.45, 0.30};

    static final double IDENTIFIED = 0.88;
    static final double CUSTOMER = 0.82;
    /** Staffing plans for this many contacts per first contact (repeats and retries included). */
    static final double PLANNED_CONTACTS_PER_FIRST_CONTACT = 1.2;

    static final long INTERVAL_MICROS = 900_000_000L;
    static final int SLOTS_PER_DAY = 96;
    static final int SLOTS_PER_WEEK = 7 * SLOTS_PER_DAY;
    private static final long DAY_MICROS = 86_400_000_000L;

    private final YearMonth firstMonth;
    private final int months;
    private final long origin;
    private final long[] monthEnd;
    private final int intervals;
    private final long horizon;
    private final long degradedFrom;
    private final int customerPool;
    private final int leadPool;
    private final double[] slotWeight = new double[SLOTS_PER_WEEK];
    private final double[] slotRegionCdf = new double[SLOTS_PER_WEEK * REGIONS.size()];
    private final double[] regionSlotWeight = new double[SLOTS_PER_WEEK * REGIONS.size()];
    private final double[] regionPeak = new double[REGIONS.size()];
    private final short[] intervalSlot;
    private final double[] unitRate; // first contacts per µs at weight 1, per stream
    private final int[][] staffing; // [stream][slot], [stream][SLOTS_PER_WEEK + slot] when degraded
    private final double[][] agentQuality = new double[HANDLERS.size()][AGENT_LABELS];

    // event state
    private final Rng[] arrivalRng;
    private final Rng rng;
    private final long[] nextArrival;
    private final int[] arrivalInterval;
    private final ServiceQueue[] queues;
    private final int[] nextBoundary;
    private long[] repeatTime = new long[1024];
    private long[] repeatPayload = new long[1024];
    private int repeats;
    private long nextId;

    // customer events
    private int events;
    private int[] eventCustomer = new int[1024];
    private boolean[] eventIsCustomer = new boolean[1024];
    private long[] eventAt = new long[1024];

    /**
     * @param firstContacts expected number of first contacts over the whole period (repeats and retries come on top)
     */
    public ContactCenterSimulation(long seed, long firstContacts, YearMonth firstMonth, int months) {
        if (firstContacts < 1 || months < 1) {
            throw new IllegalArgumentException("contacts and months must be positive");
        }
        this.firstMonth = firstMonth;
        this.months = months;
        this.origin = micros(firstMonth);
        this.monthEnd = new long[months];
        for (int m = 0; m < months; m++) {
            monthEnd[m] = micros(firstMonth.plusMonths(m + 1)) - origin;
        }
        this.horizon = monthEnd[months - 1];
        this.degradedFrom = months > DemoCompany.DEGRADED_MONTHS
                ? micros(firstMonth.plusMonths(months - DemoCompany.DEGRADED_MONTHS)) - origin
                : 0;
        this.intervals = (int) (horizon / INTERVAL_MICROS);
        this.customerPool = (int) Math.min(Integer.MAX_VALUE / 2, Math.max(100, firstContacts / 3));
        this.leadPool = (int) Math.min(Integer.MAX_VALUE / 2, Math.max(50, firstContacts / 20));

        weeklyProfile();
        intervalSlot = new short[intervals];
        long originDay = Math.floorDiv(origin, DAY_MICROS);
        double weightSum = 0;
        for (int k = 0; k < intervals; k++) {
            long day = originDay + k / SLOTS_PER_DAY;
            int slot = (int) Math.floorMod(day + 3, 7) * SLOTS_PER_DAY + k % SLOTS_PER_DAY;
            intervalSlot[k] = (short) slot;
            weightSum += slotWeight[slot];
        }
        int streams = HANDLERS.size() * GROUPS;
        unitRate = new double[streams];
        staffing = new int[streams][];
        for (int s = 0; s < streams; s++) {
            int h = s / GROUPS;
            int g = s % GROUPS;
            unitRate[s] = firstContacts * HANDLER_SHARE[h] * groupShare(g) / (weightSum * INTERVAL_MICROS);
            staffing[s] = plan(s);
        }
        Rng agents = Rng.of(seed, -1);
        // Offsets in ±0.04, opposite for labels 2k and 2k + 1: a small team (the first labels of a queue) is not, by
        // chance, much better or worse than its handler.
        for (double[] handler : agentQuality) {
            for (int a = 0; a + 1 < AGENT_LABELS; a += 2) {
                double offset = agents.uniform() * 0.04;
                handler[a] = offset;
                handler[a + 1] = -offset;
            }
        }

        arrivalRng = new Rng[streams];
        nextArrival = new long[streams];
        arrivalInterval = new int[streams];
        queues = new ServiceQueue[streams];
        nextBoundary = new int[streams];
        rng = Rng.of(seed, streams);
        for (int s = 0; s < streams; s++) {
            arrivalRng[s] = Rng.of(seed, s);
            int g = s % GROUPS;
            queues[s] = new ServiceQueue(g * 20, AGENT_LABELS);
            queues[s].setAgents(agents(s, 0), 0);
            nextBoundary[s] = 1;
            nextArrival[s] = 0;
            arrivalInterval[s] = 0;
            nextArrival[s] = nextArrival(s);
        }
    }

    /** Totals of a run. */
    public record Totals(long contacts, long repeats, long retries, long abandoned) {}

    /**
     * Runs the whole period, handing each month's contacts to {@code sink} in order (every month, even an empty
     * one). Repeat contacts scheduled into a later month arrive in that month's batch.
     */
    public Totals run(Consumer<MonthBatch> sink) {
        int capacity = (int) Math.min(
                Integer.MAX_VALUE - 16,
                (long) (Arrays.stream(unitRate).sum() * weightedMicros() / months * 1.35) + 1024);
        MonthBatch batch = new MonthBatch(capacity);
        batch.clear(firstMonth);
        int month = 0;
        long repeatCount = 0;
        long retryCount = 0;
        long abandoned = 0;
        long contacts = 0;
        int streams = nextArrival.length;
        while (true) {
            int s = -1;
            long first = Long.MAX_VALUE;
            for (int i = 0; i < streams; i++) {
                if (nextArrival[i] < first) {
                    first = nextArrival[i];
                    s = i;
                }
            }
            long repeat = repeats > 0 ? repeatTime[0] : Long.MAX_VALUE;
            long t = Math.min(first, repeat);
            if (t == Long.MAX_VALUE) {
                break;
            }
            while (t >= monthEnd[month]) {
                sink.accept(batch);
                batch.clear(firstMonth.plusMonths(++month));
            }
            boolean answered;
            if (repeat < first) {
                long payload = repeatPayload[0];
                popRepeat();
                int customer = (int) (payload >>> 8);
                boolean isCustomer = (payload & 0x40) != 0;
                int kind = (int) (payload >>> 4 & 0x3);
                int queue = (int) (payload >>> 2 & 0x3);
                int channel = kind == MonthBatch.RETRY ? (int) (payload & 0x3) : pick(CHANNEL_SHARE, rng.uniform());
                int h = pick(HANDLER_SHARE, rng.uniform());
                answered = contact(
                        batch,
                        h * GROUPS + GROUP_OF_CHANNEL[channel],
                        channel,
                        queue,
                        customer % REGIONS.size(),
                        customer,
                        isCustomer,
                        t,
                        kind);
                if (kind == MonthBatch.RETRY) {
                    retryCount++;
                } else {
                    repeatCount++;
                }
            } else {
                nextArrival[s] = nextArrival(s);
                int g = s % GROUPS;
                int channel = g == 0 ? 0 : g == 2 ? 2 : rng.uniform() * 0.35 < 0.23 ? 1 : 3;
                int queue = pick(QUEUE_SHARE, rng.uniform());
                int region = region(intervalSlot[(int) (t / INTERVAL_MICROS)], rng.uniform());
                boolean identified = rng.uniform() < IDENTIFIED;
                boolean isCustomer = rng.uniform() < CUSTOMER;
                int customer = identified
                        ? region + REGIONS.size() * rng.below((isCustomer ? customerPool : leadPool) / REGIONS.size())
                        : -1;
                answered = contact(batch, s, channel, queue, region, customer, isCustomer, t, MonthBatch.FIRST);
            }
            contacts++;
            if (!answered) {
                abandoned++;
            }
        }
        while (month < months) {
            sink.accept(batch);
            month++;
            if (month < months) {
                batch.clear(firstMonth.plusMonths(month));
            }
        }
        return new Totals(contacts, repeatCount, retryCount, abandoned);
    }

    /** Customer events drawn during {@link #run}: count, then each by index. */
    public int customerEvents() {
        return events;
    }

    public int eventCustomer(int i) {
        return eventCustomer[i];
    }

    /** True for a churn of customer {@code C…}; false for lead {@code L…} becoming a customer. */
    public boolean eventIsChurn(int i) {
        return eventIsCustomer[i];
    }

    public long eventAtMicros(int i) {
        return eventAt[i] + origin;
    }

    /** Agents staffed on stream (handler × channel group) at interval {@code k} from the start. */
    int agents(int stream, int k) {
        int slot = intervalSlot[k];
        boolean degraded = stream / GROUPS == DEGRADING && k * INTERVAL_MICROS >= degradedFrom && degradedFrom > 0;
        return staffing[stream][degraded ? SLOTS_PER_WEEK + slot : slot];
    }

    /** One contact on {@code stream} at {@code t}: queue, outcome, follow-ups, and its row. Returns answered. */
    private boolean contact(
            MonthBatch b,
            int stream,
            int channel,
            int queue,
            int region,
            int customer,
            boolean isCustomer,
            long t,
            int kind) {
        int h = stream / GROUPS;
        ServiceQueue service = queues[stream];
        staffUpTo(stream, t);
        double q = h == DEGRADING && t >= degradedFrom && degradedFrom > 0 ? DEGRADED_QUALITY : QUALITY[h];
        double theta = PATIENCE_SECONDS[channel];
        long patience = theta == Double.POSITIVE_INFINITY ? Long.MAX_VALUE : (long) (rng.exponential() * theta * 1e6);
        long handleSeconds = Math.max(
                1,
                Math.round(QUEUE_HANDLE_SECONDS[queue]
                        * CHANNEL_HANDLE_FACTOR[channel]
                        * Math.exp(HANDLE_SIGMA * rng.gaussian() + HANDLE_MU)
                        * (1 + 0.5 * (0.8 - q))));
        long answeredAt = service.offer(t, patience, handleSeconds * 1_000_000L);
        int i = b.add();
        b.id[i] = nextId++;
        b.handler[i] = (byte) h;
        b.channel[i] = (byte) channel;
        b.queue[i] = (byte) queue;
        b.region[i] = (byte) region;
        b.customer[i] = customer;
        b.isCustomer[i] = isCustomer;
        b.arrived[i] = t + origin;
        b.kind[i] = (byte) kind;
        boolean answered = answeredAt >= 0;
        if (!answered) {
            long gaveUp = Math.min(patience, horizon);
            b.site[i] = (byte) (FIRST_SITE[h] + (rng.uniform() < FIRST_SITE_SHARE[h] ? 0 : 1));
            b.answered[i] = MonthBatch.NONE;
            b.ended[i] = t + gaveUp + origin;
            b.handleSeconds[i] = 0;
            b.transferred[i] = false;
            b.resolved[i] = false;
            b.complaint[i] = false;
            b.agent[i] = -1;
            b.csat[i] = -1;
            b.nps[i] = -1;
            b.qaTenths[i] = -1;
            if (customer >= 0) {
                double u = rng.uniform();
                if (u < 0.5) {
                    schedule(
                            t + gaveUp + (long) ((300 + rng.exponential() * 3600) * 1e6),
                            customer,
                            isCustomer,
                            queue,
                            MonthBatch.RETRY,
                            channel);
                }
                customerEvent(customer, isCustomer, t, false, false, true, q);
            }
            return false;
        }
        int seat = service.lastSeat();
        double qa = q + agentQuality[h][seat];
        double waitSeconds = (answeredAt - t) / 1e6;
        // 1 for waits within the channel's grace (voice 30 s, chat and messaging 60 s, email 1 h), then decaying.
        double grace = channel == 0 ? 30 : channel == 2 ? 3_600 : 60;
        double waitScale = channel == 0 ? 120 : channel == 2 ? 14_400 : 240;
        double waitEffect = waitSeconds <= grace ? 1 : Math.exp(-(waitSeconds - grace) / waitScale);
        boolean resolved = rng.uniform() < 0.45 + 0.5 * qa;
        boolean transferred = rng.uniform() < 0.22 - 0.15 * qa;
        boolean complaint = rng.uniform() < 0.005 + 0.05 * (1 - qa) + (resolved ? 0 : 0.03) + 0.02 * (1 - waitEffect);
        double sat = 0.5 * qa
                + (resolved ? 0.35 : 0)
                + 0.15 * waitEffect
                - (complaint ? 0.3 : 0)
                - (transferred ? 0.03 : 0)
                + 0.25 * (rng.uniform() - 0.5);
        b.site[i] = (byte) (FIRST_SITE[h] + (seat < AGENT_LABELS * FIRST_SITE_SHARE[h] ? 0 : 1));
        b.answered[i] = answeredAt + origin;
        b.ended[i] = answeredAt + handleSeconds * 1_000_000L + origin;
        b.handleSeconds[i] = (int) handleSeconds;
        b.transferred[i] = transferred;
        b.resolved[i] = resolved;
        b.complaint[i] = complaint;
        b.agent[i] = (short) seat;
        b.csat[i] =
                rng.uniform() < 0.25 ? (byte) clamp(Math.round(1 + 4.6 * sat + (rng.uniform() - 0.5) * 1.2), 1, 5) : -1;
        b.nps[i] =
                rng.uniform() < 0.15 ? (byte) clamp(Math.round(sat * 11 - 0.5 + (rng.uniform() - 0.5) * 3), 0, 10) : -1;
        b.qaTenths[i] = rng.uniform() < 0.06
                ? (short) clamp(Math.round((55 + 45 * qa + (rng.uniform() - 0.5) * 20) * 10), 0, 1000)
                : -1;
        if (customer >= 0) {
            double u = rng.uniform();
            if ((!resolved && u < 0.85) || u < 0.04) {
                schedule(
                        repeatTime(answeredAt + handleSeconds * 1_000_000L, customer % REGIONS.size()),
                        customer,
                        isCustomer,
                        queue,
                        MonthBatch.REPEAT,
                        channel);
            }
            customerEvent(customer, isCustomer, t, resolved, complaint, false, q);
        }
        return true;
    }

    /**
     * When a repeat contact comes: 0.05 + Exp(mean 2.5) days after {@code end}, thinned by the caller's region's
     * local profile (a time is kept with probability weight / peak weight, else the delay is drawn again), so repeats
     * follow the same daily and weekly rhythm as first contacts.
     */
    private long repeatTime(long end, int region) {
        long at = end;
        for (int attempt = 0; attempt < 32; attempt++) {
            at = end + (long) ((0.05 + rng.exponential() * 2.5) * DAY_MICROS);
            if (at >= horizon) {
                return at;
            }
            int slot = intervalSlot[(int) (at / INTERVAL_MICROS)];
            if (rng.uniform() * regionPeak[region] < regionSlotWeight[region * SLOTS_PER_WEEK + slot]) {
                return at;
            }
        }
        return at;
    }

    /** Churn of customers after bad contacts; leads converting after good ones. */
    private void customerEvent(
            int customer,
            boolean isCustomer,
            long t,
            boolean resolved,
            boolean complaint,
            boolean abandoned,
            double q) {
        double u = rng.uniform();
        double p;
        double days;
        if (isCustomer) {
            p = 0.002 + (complaint ? 0.05 : 0) + (resolved ? 0 : 0.012) + (abandoned ? 0.01 : 0) + 0.04 * (0.8 - q);
            days = 40;
        } else {
            p = 0.02 + (resolved ? 0.30 * q : 0);
            days = 80;
        }
        if (u >= p) {
            return;
        }
        if (events == eventAt.length) {
            int n = events + (events >> 1);
            eventCustomer = Arrays.copyOf(eventCustomer, n);
            eventIsCustomer = Arrays.copyOf(eventIsCustomer, n);
            eventAt = Arrays.copyOf(eventAt, n);
        }
        eventCustomer[events] = customer;
        eventIsCustomer[events] = isCustomer;
        eventAt[events] = t + (long) (rng.uniform() * days * DAY_MICROS);
        events++;
    }

    /** Applies the staffing of every interval boundary up to {@code t}, or earlier when all agents are busy past it. */
    private void staffUpTo(int stream, long t) {
        ServiceQueue service = queues[stream];
        int b = nextBoundary[stream];
        while (b < intervals) {
            long at = b * INTERVAL_MICROS;
            if (t < at && service.earliestFree() <= at) {
                break;
            }
            service.setAgents(agents(stream, b), at);
            b++;
        }
        nextBoundary[stream] = b;
    }

    /** The stream's next first-contact arrival: a piecewise-constant-rate Poisson process, by time change. */
    private long nextArrival(int s) {
        double e = arrivalRng[s].exponential();
        long t = nextArrival[s];
        int k = arrivalInterval[s];
        double unit = unitRate[s];
        while (k < intervals) {
            long end = (k + 1) * INTERVAL_MICROS;
            double rate = unit * slotWeight[intervalSlot[k]];
            double capacity = rate * (end - t);
            if (e < capacity) {
                t += (long) (e / rate);
                arrivalInterval[s] = k;
                return Math.min(t, end - 1);
            }
            e -= capacity;
            t = end;
            k++;
        }
        arrivalInterval[s] = intervals;
        return Long.MAX_VALUE;
    }

    private void schedule(long at, int customer, boolean isCustomer, int queue, int kind, int channel) {
        if (at >= horizon) {
            return;
        }
        // customer << 8 | isCustomer << 6 | kind << 4 | queue << 2 | channel
        long payload = (long) customer << 8 | (isCustomer ? 0x40 : 0) | (long) kind << 4 | (long) queue << 2 | channel;
        if (repeats == repeatTime.length) {
            repeatTime = Arrays.copyOf(repeatTime, repeats * 2);
            repeatPayload = Arrays.copyOf(repeatPayload, repeats * 2);
        }
        int i = repeats++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (repeatTime[parent] <= at) {
                break;
            }
            repeatTime[i] = repeatTime[parent];
            repeatPayload[i] = repeatPayload[parent];
            i = parent;
        }
        repeatTime[i] = at;
        repeatPayload[i] = payload;
    }

    private void popRepeat() {
        int n = --repeats;
        if (n == 0) {
            return;
        }
        long time = repeatTime[n];
        long payload = repeatPayload[n];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= n) {
                break;
            }
            if (child + 1 < n && repeatTime[child + 1] < repeatTime[child]) {
                child++;
            }
            if (repeatTime[child] >= time) {
                break;
            }
            repeatTime[i] = repeatTime[child];
            repeatPayload[i] = repeatPayload[child];
            i = child;
        }
        repeatTime[i] = time;
        repeatPayload[i] = payload;
    }

    /** Arrival weight per slot of the week (UTC): the regions' local daily and weekly profiles, mean 1. */
    private void weeklyProfile() {
        int regions = REGIONS.size();
        double total = 0;
        for (int slot = 0; slot < SLOTS_PER_WEEK; slot++) {
            double cumulative = 0;
            for (int r = 0; r < regions; r++) {
                int local = Math.floorMod(slot + REGION_UTC_OFFSET[r] * 4, SLOTS_PER_WEEK);
                double hour = (local % SLOTS_PER_DAY + 0.5) / 4.0;
                double weight = WEEKDAY_FACTOR[local / SLOTS_PER_DAY] * dailyProfile(hour);
                regionSlotWeight[r * SLOTS_PER_WEEK + slot] = weight;
                regionPeak[r] = Math.max(regionPeak[r], weight);
                cumulative += REGION_SHARE[r] * weight;
                slotRegionCdf[slot * regions + r] = cumulative;
            }
            for (int r = 0; r < regions; r++) {
                slotRegionCdf[slot * regions + r] /= cumulative;
            }
            slotWeight[slot] = cumulative;
            total += cumulative;
        }
        double mean = total / SLOTS_PER_WEEK;
        for (int slot = 0; slot < SLOTS_PER_WEEK; slot++) {
            slotWeight[slot] /= mean;
        }
    }

    /** Relative arrival rate at a local hour of day: a morning and an afternoon peak, a quiet night. */
    static double dailyProfile(double hour) {
        return 0.03
                + Math.exp(-square((hour - 10.5) / 2.0))
                + 0.85 * Math.exp(-square((hour - 15.0) / 2.4))
                + 0.25 * Math.exp(-square((hour - 19.5) / 1.6));
    }

    private int region(int slot, double u) {
        int base = slot * REGIONS.size();
        int r = 0;
        while (r < REGIONS.size() - 1 && u >= slotRegionCdf[base + r]) {
            r++;
        }
        return r;
    }

    /**
     * Agents per slot of the week for one stream (and, for the degrading vendor, per slot when degraded): the
     * smallest staffing meeting the handler's goal for the planned load (first contacts × 1.2), at least one.
     */
    private int[] plan(int stream) {
        int h = stream / GROUPS;
        int g = stream % GROUPS;
        int[] agents = new int[2 * SLOTS_PER_WEEK];
        Map<Long, Integer> cache = new HashMap<>();
        for (int d = 0; d < 2; d++) {
            boolean degraded = d == 1 && h == DEGRADING;
            double q = degraded ? DEGRADED_QUALITY : QUALITY[h];
            double aht = plannedHandleSeconds(g, q);
            QueueModel model = g == 2 ? QueueModel.erlangC() : QueueModel.erlangA(PATIENCE_SECONDS[g == 0 ? 0 : 1]);
            StaffingGoal goal = g == 2
                    ? StaffingGoal.averageSpeedOfAnswer(degraded ? DEGRADED_EMAIL_ASA_GOAL : EMAIL_ASA_GOAL[h])
                    : StaffingGoal.serviceLevel(degraded ? DEGRADED_SERVICE_LEVEL_GOAL : SERVICE_LEVEL_GOAL[h]);
            for (int slot = 0; slot < SLOTS_PER_WEEK; slot++) {
                double contacts =
                        unitRate[stream] * slotWeight[slot] * INTERVAL_MICROS * PLANNED_CONTACTS_PER_FIRST_CONTACT;
                // 1% load buckets: staffing is computed once per distinct level and goal.
                long bucket = Math.round(Math.log(contacts) * 100);
                long key = bucket * 4 + d;
                double representative = Math.exp(bucket / 100.0);
                agents[d * SLOTS_PER_WEEK + slot] = cache.computeIfAbsent(
                        key,
                        x -> Math.max(
                                1,
                                RequiredAgents.find(
                                                model,
                                                new StaffingInput(
                                                        representative,
                                                        INTERVAL_MICROS / 1e6,
                                                        aht,
                                                        GROUP_THRESHOLD_SECONDS[g]),
                                                goal)
                                        .agents()));
            }
        }
        return agents;
    }

    /** Mean handle time the planner expects on channel group {@code g} at quality {@code q}. */
    static double plannedHandleSeconds(int g, double q) {
        double sum = 0;
        double weight = 0;
        for (int c = 0; c < CHANNELS.size(); c++) {
            if (GROUP_OF_CHANNEL[c] != g) {
                continue;
            }
            for (int queue = 0; queue < QUEUES.size(); queue++) {
                double w = CHANNEL_SHARE[c] * QUEUE_SHARE[queue];
                sum += w * QUEUE_HANDLE_SECONDS[queue] * CHANNEL_HANDLE_FACTOR[c];
                weight += w;
            }
        }
        return sum / weight * Math.exp(HANDLE_MU + HANDLE_SIGMA * HANDLE_SIGMA / 2) * (1 + 0.5 * (0.8 - q));
    }

    private static double groupShare(int g) {
        double share = 0;
        for (int c = 0; c < CHANNELS.size(); c++) {
            if (GROUP_OF_CHANNEL[c] == g) {
                share += CHANNEL_SHARE[c];
            }
        }
        return share;
    }

    private double weightedMicros() {
        double sum = 0;
        for (int k = 0; k < intervals; k++) {
            sum += slotWeight[intervalSlot[k]];
        }
        return sum * INTERVAL_MICROS;
    }

    private static int pick(double[] shares, double u) {
        int last = shares.length - 1;
        for (int i = 0; i < last; i++) {
            u -= shares[i];
            if (u < 0) {
                return i;
            }
        }
        return last;
    }

    private static long clamp(long v, long lo, long hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private static double square(double x) {
        return x * x;
    }

    private static long micros(YearMonth month) {
        return month.atDay(1).atStartOfDay().toEpochSecond(ZoneOffset.UTC) * 1_000_000L;
    }
}
