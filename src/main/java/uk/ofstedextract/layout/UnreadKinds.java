package uk.ofstedextract.layout;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import uk.ofstedextract.text.JsonTree;

/**
 * Kinds of report the tool recognises by their first page but has no type for and does not read (fostering and
 * adoption agencies, initial teacher education, secure training centres, …: {@code layout/unread-kinds.json}). Such a
 * report stays {@code unknown}, gives its metadata only, and is said to be of that kind (the warning
 * {@code unsupported-type}, validate's {@code type-unsupported}) rather than of no known kind.
 */
public final class UnreadKinds {
    private static final String RESOURCE = "/layout/unread-kinds.json";
    private static volatile UnreadKinds standard;

    /** One kind: its name as the warning says it, and the pattern its first page matches (folded, spaces collapsed). */
    record Kind(String name, Pattern pattern) {
    }

    private final List<Kind> kinds;

    UnreadKinds(List<Kind> kinds) {
        this.kinds = List.copyOf(kinds);
    }

    /** The kinds the tool ships with. */
    public static UnreadKinds standard() {
        UnreadKinds s = standard;
        if (s == null) {
            synchronized (UnreadKinds.class) {
                if (standard == null) {
                    standard = load();
                }
                s = standard;
            }
        }
        return s;
    }

    private static UnreadKinds load() {
        try (InputStream in = UnreadKinds.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            List<Kind> out = new ArrayList<>();
            for (JsonNode k : JsonTree.read(in).path("kinds")) {
                out.add(new Kind(k.path("name").asText(), Pattern.compile(k.path("pattern").asText())));
            }
            return new UnreadKinds(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The first kind whose pattern the first page matches (folded, spaces collapsed), or null. */
    public String match(String head) {
        for (Kind k : kinds) {
            if (k.pattern().matcher(head).find()) {
                return k.name();
            }
        }
        return null;
    }
}
