package com.steward.core.costing;

import java.util.SplittableRandom;
import org.apache.commons.statistics.distribution.NormalDistribution;

/** A user-set distribution of one uncertain input. */
public sealed interface Distribution {

    /** One draw. */
    double sample(SplittableRandom random);

    /** The p-quantile, 0 &lt; p &lt; 1 (used for the tornado's low and high values). */
    double quantile(double p);

    /** Always {@code value}. */
    static Distribution fixed(double value) {
        return new Fixed(value);
    }

    static Distribution uniform(double low, double high) {
        return new Uniform(low, high);
    }

    static Distribution triangular(double low, double mode, double high) {
        return new Triangular(low, mode, high);
    }

    static Distribution normal(double mean, double standardDeviation) {
        return new Normal(mean, standardDeviation);
    }

    /** A point mass at {@code value}. */
    record Fixed(double value) implements Distribution {
        public Fixed {
            finite("value", value);
        }

        @Override
        public double sample(SplittableRandom random) {
            return value;
        }

        @Override
        public double quantile(double p) {
            return value;
        }
    }

    /** Uniform on [low, high]. */
    record Uniform(double low, double high) implements Distribution {
        public Uniform {
            finite("low", low);
            finite("high", high);
            if (low > high) {
                throw new IllegalArgumentException("low must not exceed high, was " + low + " > " + high);
            }
        }

        @Override
        public double sample(SplittableRandom random) {
            return low + (high - low) * random.nextDouble();
        }

        @Override
        public double quantile(double p) {
            return low + (high - low) * p;
        }
    }

    /**
     * Triangular on [low, high] with the given mode; sampled by inverting its CDF (Kotz &amp; van Dorp,
     * <i>Beyond Beta</i>, 2004, ch. 1).
     */
    record Triangular(double low, double mode, double high) implements Distribution {
        public Triangular {
            finite("low", low);
            finite("mode", mode);
            finite("high", high);
            if (!(low <= mode && mode <= high)) {
                throw new IllegalArgumentException("need low <= mode <= high, was " + low + ", " + mode + ", " + high);
            }
        }

        @Override
        public double sample(SplittableRandom random) {
            return quantile(random.nextDouble());
        }

        @Override
        public double quantile(double p) {
            double width = high - low;
            if (width == 0) {
                return low;
            }
            double split = (mode - low) / width;
            return p < split
                    ? low + Math.sqrt(p * width * (mode - low))
                    : high - Math.sqrt((1 - p) * width * (high - mode));
        }
    }

    /** Normal with the given mean and standard deviation (≥ 0). */
    record Normal(double mean, double standardDeviation) implements Distribution {
        public Normal {
            finite("mean", mean);
            finite("standardDeviation", standardDeviation);
            if (standardDeviation < 0) {
                throw new IllegalArgumentException("standardDeviation must be >= 0, was " + standardDeviation);
            }
        }

        @Override
        public double sample(SplittableRandom random) {
            return mean + standardDeviation * random.nextGaussian();
        }

        @Override
        public double quantile(double p) {
            return standardDeviation == 0
                    ? mean
                    : NormalDistribution.of(mean, standardDeviation).inverseCumulativeProbability(p);
        }
    }

    private static void finite(String field, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(field + " must be a finite number, was " + v);
        }
    }
}
