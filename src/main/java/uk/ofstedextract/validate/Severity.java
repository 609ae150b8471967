package uk.ofstedextract.validate;

import java.util.Locale;

/** How much a rule's hit matters: errors fail a run by default, warnings with {@code --fail-on warning}. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** The key used in configuration files and output: {@code error}, {@code warning}, {@code info}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True if this severity is {@code other} or worse. */
    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }

    /** The severity of a key; throws with the accepted keys named. */
    public static Severity of(String key) {
        for (Severity s : values()) {
            if (s.key().equals(key)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + key + "' (error, warning, info)");
    }
}
