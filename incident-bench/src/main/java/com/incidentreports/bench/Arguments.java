package com.incidentreports.bench;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The command line of a benchmark tool: {@code --name value} pairs, each name one the tool knows. A mistyped option
 * is an error rather than silently ignored, so a run never measures something other than what was asked.
 */
public final class Arguments {

    private final Map<String, String> values;

    private Arguments(Map<String, String> values) {
        this.values = values;
    }

    /** Reads {@code args}; fails with a message naming the problem and the options {@code known}. */
    public static Arguments parse(List<String> args, Set<String> known) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--") || !known.contains(arg.substring(2))) {
                throw new IllegalArgumentException("Unknown option " + arg + "; the options are --"
                        + String.join(", --", new TreeSet<>(known)) + ".");
            }
            if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                throw new IllegalArgumentException("Option " + arg + " needs a value.");
            }
            values.put(arg.substring(2), args.get(++i));
        }
        return new Arguments(values);
    }

    public String string(String name, String defaultValue) {
        return values.getOrDefault(name, defaultValue);
    }

    /** A whole number of at least {@code min}. */
    public int integer(String name, int defaultValue, int min) {
        String value = values.get(name);
        if (value == null) {
            return defaultValue;
        }
        int number;
        try {
            number = Integer.parseInt(value.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number, not " + value + ".");
        }
        if (number < min) {
            throw new IllegalArgumentException("--" + name + " must be at least " + min + ", not " + value + ".");
        }
        return number;
    }

    /** A number of seconds, at least one. */
    public Duration seconds(String name, Duration defaultValue) {
        return values.containsKey(name) ? Duration.ofSeconds(integer(name, 0, 1)) : defaultValue;
    }
}
