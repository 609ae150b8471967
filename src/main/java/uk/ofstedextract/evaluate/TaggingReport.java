package uk.ofstedextract.evaluate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes keyword and theme scores per part (tune, test, all): as text, a summary line per part then the
 * per-theme table of the chosen part (and with --verbose each finding's misses), or as JSON.
 */
public final class TaggingReport {
    /** The figures of one part. Either score may be null (no such gold). */
    public record Part(String name, TaggingScorer.KeywordScore keywords, TaggingScorer.ThemeScore themes) {
    }

    private TaggingReport() {
    }

    public static void text(List<Part> parts, String detail, Writer w, boolean verbose) throws IOException {
        for (Part p : parts) {
            if (p.keywords() != null) {
                TaggingScorer.KeywordScore k = p.keywords();
                w.write(String.format(Locale.ROOT, "keywords %-4s findings=%d emitted=%d P@5=%.3f R=%.3f F1=%.3f"
                                + " (right %d/%d, found %d/%d)%n", p.name(), k.findings(), k.emitted(), k.precision(),
                        k.recall(), k.f1(), k.correct(), k.emitted(), k.found(), k.gold()));
            }
        }
        for (Part p : parts) {
            if (p.themes() != null) {
                TaggingScorer.Tally m = p.themes().micro();
                w.write(String.format(Locale.ROOT, "themes   %-4s findings=%d micro P=%.3f R=%.3f F1=%.3f"
                                + " (tp %d, pred %d, gold %d)%n", p.name(), p.themes().findings(), m.precision(),
                        m.recall(), m.f1(), m.tp(), m.pred(), m.gold()));
            }
        }
        for (Part p : parts) {
            if (!p.name().equals(detail)) {
                continue;
            }
            if (p.themes() != null) {
                w.write(String.format(Locale.ROOT, "%nthemes per theme (%s part)%n%-24s %6s %6s %6s %4s %4s %4s%n",
                        p.name(), "theme", "P", "R", "F1", "tp", "pred", "gold"));
                for (Map.Entry<String, TaggingScorer.Tally> e : p.themes().perTheme().entrySet()) {
                    TaggingScorer.Tally t = e.getValue();
                    w.write(String.format(Locale.ROOT, "%-24s %6.3f %6.3f %6.3f %4d %4d %4d%n", e.getKey(),
                            t.precision(), t.recall(), t.f1(), t.tp(), t.pred(), t.gold()));
                }
            }
            if (verbose && p.keywords() != null) {
                w.write(String.format(Locale.ROOT, "%nkeyword misses (%s part)%n", p.name()));
                for (TaggingScorer.KeywordMiss m : p.keywords().misses()) {
                    w.write("  " + m.id() + "\n");
                    if (!m.wrong().isEmpty()) {
                        w.write("    wrong:  " + String.join("; ", m.wrong()) + "\n");
                    }
                    if (!m.missed().isEmpty()) {
                        w.write("    missed: " + String.join("; ", m.missed()) + "\n");
                    }
                }
            }
            if (verbose && p.themes() != null) {
                w.write(String.format(Locale.ROOT, "%ntheme misses (%s part)%n", p.name()));
                for (TaggingScorer.ThemeMiss m : p.themes().misses()) {
                    w.write("  " + m.id() + (m.falseThemes().isEmpty() ? "" : " false: "
                            + String.join(", ", m.falseThemes())) + (m.missedThemes().isEmpty() ? "" : " missed: "
                            + String.join(", ", m.missedThemes())) + "\n");
                }
            }
        }
        w.flush();
    }

    public static ObjectNode json(List<Part> parts) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        for (Part p : parts) {
            ObjectNode part = root.putObject(p.name());
            if (p.keywords() != null) {
                TaggingScorer.KeywordScore k = p.keywords();
                ObjectNode o = part.putObject("keywords");
                o.put("findings", k.findings()).put("emitted", k.emitted()).put("correct", k.correct())
                        .put("found", k.found()).put("gold", k.gold()).put("precisionAt5", k.precision())
                        .put("recall", k.recall()).put("f1", k.f1());
            }
            if (p.themes() != null) {
                ObjectNode o = part.putObject("themes");
                o.put("findings", p.themes().findings());
                o.set("micro", tally(p.themes().micro()));
                ObjectNode per = o.putObject("perTheme");
                p.themes().perTheme().forEach((t, tally) -> per.set(t, tally(tally)));
                ArrayNode misses = o.putArray("misses");
                for (TaggingScorer.ThemeMiss m : p.themes().misses()) {
                    ObjectNode mo = misses.addObject().put("id", m.id());
                    m.falseThemes().forEach(mo.putArray("false")::add);
                    m.missedThemes().forEach(mo.putArray("missed")::add);
                }
            }
        }
        return root;
    }

    private static ObjectNode tally(TaggingScorer.Tally t) {
        return JsonNodeFactory.instance.objectNode().put("tp", t.tp()).put("pred", t.pred()).put("gold", t.gold())
                .put("precision", t.precision()).put("recall", t.recall()).put("f1", t.f1());
    }
}
