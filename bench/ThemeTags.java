import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.ofstedextract.Extractor;
import uk.ofstedextract.evaluate.TaggingGold;
import uk.ofstedextract.layout.Profiles;
import uk.ofstedextract.nlp.Codebook;
import uk.ofstedextract.nlp.ThemeTagger;
import uk.ofstedextract.output.Json;
import uk.ofstedextract.report.ThemeEvidence;
import uk.ofstedextract.text.AlignedText;

/**
 * Tags each finding of a theme gold file as {@code evaluate --theme-gold} does (its text alone, no section, with the
 * codebook its report kind's profile names) and prints one JSON line a finding: id, codebook, themes, and evidence
 * (theme, term, start, end: offsets into the finding's text). Used by bench/theme_diff.py.
 *
 *   java -cp target/ofsted-extract.jar bench/ThemeTags.java GOLD.jsonl
 */
public class ThemeTags {
    public static void main(String[] args) throws Exception {
        Profiles profiles = Profiles.standard();
        Map<String, ThemeTagger> taggers = new HashMap<>();
        var out = Json.mapper().writer();
        for (TaggingGold.Finding f : TaggingGold.read(Path.of(args[0]))) {
            String id = Extractor.codebookId(profiles, f.kind());
            ThemeTagger.Result r = taggers.computeIfAbsent(id, k -> new ThemeTagger(Codebook.shipped(k)))
                    .tag(AlignedText.identity(f.text()));
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("id", f.id());
            line.put("codebook", id);
            line.put("themes", r.themes());
            line.put("evidence", r.evidence().stream().map(ThemeTags::evidence).toList());
            System.out.println(out.writeValueAsString(line));
        }
    }

    private static Map<String, Object> evidence(ThemeEvidence e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("theme", e.theme());
        m.put("term", e.term());
        m.put("start", e.span().start());
        m.put("end", e.span().end());
        return m;
    }
}
