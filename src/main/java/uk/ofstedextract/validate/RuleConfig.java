package uk.ofstedextract.validate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Which rules run and at what severity. Immutable; made from the defaults, or from a JSON
 * configuration file, validated once, with messages that name what is wrong:
 * <pre>{"rules": {"text-too-short": "off", "numbering-gap": "error", "metadata-inspectors": "info"}}</pre>
 * Each value is {@code off}, {@code error}, {@code warning} or {@code info}; rules not named keep
 * their default severity.
 */
public final class RuleConfig {
    private static final RuleConfig DEFAULTS = new RuleConfig(new EnumMap<>(Rule.class));

    /** Severity per rule; absent = off. */
    private final Map<Rule, Severity> severities;

    private RuleConfig(Map<Rule, Severity> overrides) {
        EnumMap<Rule, Severity> m = new EnumMap<>(Rule.class);
        for (Rule r : Rule.values()) {
            m.put(r, r.defaultSeverity());
        }
        overrides.forEach((rule, sev) -> {
            if (sev == null) {
                m.remove(rule);
            } else {
                m.put(rule, sev);
            }
        });
        this.severities = m;
    }

    public static RuleConfig defaults() {
        return DEFAULTS;
    }

    /** The severity of a rule in this configuration, or empty when it is turned off. */
    public Optional<Severity> severity(Rule rule) {
        return Optional.ofNullable(severities.get(rule));
    }

    public boolean enabled(Rule rule) {
        return severities.containsKey(rule);
    }

    /** Thrown for a configuration file that cannot be used; the message says why. */
    public static final class ConfigException extends Exception {
        public ConfigException(String message) {
            super(message);
        }
    }

    /** Reads a configuration file's JSON. */
    public static RuleConfig read(Reader json) throws IOException, ConfigException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new ConfigException("not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new ConfigException("expected a JSON object such as {\"rules\": {\"text-too-short\": \"off\"}}");
        }
        Map<Rule, Severity> overrides = new EnumMap<>(Rule.class);
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getKey().equals("rules")) {
                throw new ConfigException("unknown key '" + e.getKey() + "' (the only key is \"rules\")");
            }
            if (!e.getValue().isObject()) {
                throw new ConfigException("\"rules\" must be an object of rule id to off, error, warning or info");
            }
            for (Iterator<Map.Entry<String, JsonNode>> r = e.getValue().fields(); r.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = r.next();
                Rule rule;
                try {
                    rule = Rule.byId(entry.getKey());
                } catch (IllegalArgumentException ex) {
                    throw new ConfigException(ex.getMessage());
                }
                JsonNode v = entry.getValue();
                String value = v.isTextual() ? v.asText() : v.toString();
                if (value.equals("off")) {
                    overrides.put(rule, null);
                    continue;
                }
                try {
                    overrides.put(rule, Severity.of(value));
                } catch (IllegalArgumentException ex) {
                    throw new ConfigException("rule '" + rule.id() + "': '" + value
                            + "' is not off, error, warning or info");
                }
            }
        }
        return new RuleConfig(overrides);
    }
}
