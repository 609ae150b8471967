import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import uk.ofstedextract.nlp.Models;
import uk.ofstedextract.nlp.OpenNlpSentenceSplitter;

/**
 * Input for the keyphrase baselines (bench/keyphrase_baselines.py): each gold finding's sentences as
 * tokens with stock OpenNLP part-of-speech tags (UD tags, the tool's models). Prints JSON Lines
 * {"id", "sentences": [{"tokens": [...], "tags": [...]}]}.
 *
 *   java -cp target/ofsted-extract.jar bench/PosTagGold.java gold/text-mining/gold.jsonl > /tmp/tagged.jsonl
 */
public class PosTagGold {
    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        TokenizerME tokenizer = new TokenizerME(Models.tokens());
        POSTaggerME tagger = new POSTaggerME(Models.pos());
        OpenNlpSentenceSplitter splitter = new OpenNlpSentenceSplitter();
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode g = json.readTree(line);
            if (!g.has("keywords")) {
                continue;
            }
            String text = g.get("text").asText();
            ObjectNode out = json.createObjectNode().put("id", g.get("id").asText());
            var sentences = out.putArray("sentences");
            for (uk.ofstedextract.text.Span s : splitter.split(text)) {
                String sentence = text.substring(s.start(), s.end());
                String[] tokens = tokenizer.tokenize(sentence);
                String[] tags = tagger.tag(tokens);
                ObjectNode o = sentences.addObject();
                var t = o.putArray("tokens");
                for (String x : tokens) {
                    t.add(x);
                }
                var p = o.putArray("tags");
                for (String x : tags) {
                    p.add(x);
                }
            }
            System.out.println(json.writeValueAsString(out));
        }
    }
}
