package org.w3id.parley.cli;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code 10} or {@code 10s} (seconds), {@code 500ms}, {@code 2m}, or ISO-8601 such as {@code PT10S}. Public because
 * the benchmark's command line (its own build under {@code bench/}) takes durations the same way.
 */
public final class DurationConverter implements ITypeConverter<Duration> {
    private static final Pattern SIMPLE = Pattern.compile("(\\d+)(ms|s|m)?");

    @Override
    public Duration convert(String value) {
        Duration duration = parse(value);
        if (duration.toMillis() < 1)
            throw new TypeConversionException("'" + value + "' is not a positive duration of at least 1 ms");
        return duration;
    }

    private static Duration parse(String value) {
        Matcher m = SIMPLE.matcher(value.strip());
        if (m.matches()) {
            long amount = Long.parseLong(m.group(1));
            String unit = m.group(2) == null ? "s" : m.group(2);
            return switch (unit) {
                case "ms" -> Duration.ofMillis(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofSeconds(amount);
            };
        }
        try {
            return Duration.parse(value);
        } catch (RuntimeException ex) {
            throw new TypeConversionException("'" + value + "' is not a duration (try 10s, 500ms, 2m)");
        }
    }
}
