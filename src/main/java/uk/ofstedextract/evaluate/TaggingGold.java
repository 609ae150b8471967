package uk.ofstedextract.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.ofstedextract.nlp.KeywordTagger;
import uk.ofstedextract.output.JsonLines;

/**
 * Hand-labelled keyword and theme gold for findings (format in {@code docs/keywords.md} and
 * {@code gold/text-mining/README.md}): one JSON object per line with the finding's {@code id},
 * {@code split} ({@code tune} or {@code test}), {@code text}, and optionally {@code themes} (theme keys),
 * {@code keywords} (the key phrases a reader would index the finding by; {@code "a|b"} gives
 * alternatives) and {@code acceptable} (further phrases the rubric allows, right if emitted but not
 * missed if not), and {@code kind}, the report type the finding comes from (it chooses the codebook its themes
 * are scored with: a school-sector type's profile names the school codebook; absent, the default).
 */
public final class TaggingGold {
    /** One labelled finding; {@code keywords} null when the finding has no keyword labels, {@code kind} when unstated. */
    public record Finding(String id, String split, String text, List<String> themes, List<List<String>> keywords,
                          List<List<String>> acceptable, String kind) {
        public boolean hasKeywords() {
            return keywords != null;
        }

        public boolean hasThemes() {
            return themes != null;
        }

        public boolean in(String part) {
            return part.equals("all") || part.equals(split);
        }
    }

    private TaggingGold() {
    }

    /** The labelled findings of {@code file}; a line that is not one stops the reading, named. */
    public static List<Finding> read(Path file) throws IOException, JsonLines.BadLine {
        return JsonLines.readAll(file, TaggingGold::finding);
    }

    private static Finding finding(JsonNode o) throws JsonLines.Invalid {
        if (!o.isObject() || !o.path("text").isTextual() || !o.path("id").isTextual()) {
            throw new JsonLines.Invalid("need an object with 'id' and 'text'");
        }
        String split = o.path("split").asText("test");
        if (!split.equals("tune") && !split.equals("test")) {
            throw new JsonLines.Invalid("'split' must be 'tune' or 'test', not '" + split + "'");
        }
        return new Finding(o.get("id").asText(), split, o.get("text").asText(), strings(o, "themes"),
                alternatives(o, "keywords"), alternatives(o, "acceptable"),
                o.path("kind").isTextual() ? o.get("kind").asText() : null);
    }

    private static List<String> strings(JsonNode o, String field) throws JsonLines.Invalid {
        JsonNode a = o.get(field);
        if (a == null || a.isNull()) {
            return null;
        }
        if (!a.isArray()) {
            throw new JsonLines.Invalid("'" + field + "' must be a list of strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode s : a) {
            if (!s.isTextual()) {
                throw new JsonLines.Invalid("'" + field + "' must be a list of strings");
            }
            out.add(s.asText());
        }
        return List.copyOf(out);
    }

    private static List<List<String>> alternatives(JsonNode o, String field) throws JsonLines.Invalid {
        List<String> phrases = strings(o, field);
        if (phrases == null) {
            return field.equals("acceptable") && o.has("keywords") ? List.of() : null;
        }
        List<List<String>> out = new ArrayList<>();
        for (String p : phrases) {
            List<String> keys = new ArrayList<>();
            for (String alt : p.split("\\|")) {
                if (!alt.isBlank()) {
                    keys.add(matchKey(alt));
                }
            }
            out.add(List.copyOf(keys));
        }
        return List.copyOf(out);
    }

    /**
     * The form a gold phrase and an emitted keyword are compared in: lower case, possessive endings and
     * punctuation dropped, hyphens as spaces, every word singular. "Children's views" and "child's view"
     * stay apart only where English spells them apart ("children view" against "child view").
     */
    public static String matchKey(String phrase) {
        String s = phrase.toLowerCase(Locale.ROOT).replace('’', '\'').replace("&", " and ")
                .replaceAll("'s\\b|s'(?=\\s|$)", "").replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
        StringBuilder key = new StringBuilder();
        for (String w : s.split(" ")) {
            if (!w.isEmpty()) {
                if (key.length() > 0) {
                    key.append(' ');
                }
                key.append(KeywordTagger.singular(w));
            }
        }
        return key.toString();
    }
}
