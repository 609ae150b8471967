package uk.ofstedextract.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.ofstedextract.batch.Inputs;
import uk.ofstedextract.batch.Names;
import uk.ofstedextract.nlp.OpenNlpSentenceSplitter;
import uk.ofstedextract.nlp.SentenceSplitter;
import uk.ofstedextract.nlp.Sentences;
import uk.ofstedextract.output.Json;
import uk.ofstedextract.report.Sentence;
import uk.ofstedextract.pdf.InputReader;
import uk.ofstedextract.text.InputException;

/**
 * {@code ofsted-extract sentences FILE...|-}: splits any text (or PDF) into sentences with offsets into
 * the decoded input, exactly as the pipeline splits a finding's text ({@link Sentences}).
 */
@Command(name = "sentences", mixinStandardHelpOptions = true,
        description = "Split any text or PDF into sentences (OpenNLP's model plus our boundary rules), with offsets;"
                + " the same splits the pipeline makes of a finding's text.")
public final class SentencesCommand implements Callable<Integer> {
    enum Format { text, jsonl }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Text files; '-' reads standard input.")
    List<String> files = new ArrayList<>();

    @Option(names = {"-f", "--format"}, defaultValue = "text",
            description = "text (one sentence per line, default) or jsonl (one object per input file).")
    Format format;

    @Mixin
    MaxBytesOption maxBytes = new MaxBytesOption();

    @Spec
    CommandSpec spec;

    private final InputStream stdin;

    public SentencesCommand() {
        this(System.in);
    }

    public SentencesCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SentenceSplitter splitter = new OpenNlpSentenceSplitter();
        InputReader reader = new InputReader();
        int failed = 0;
        for (String name : files) {
            String text;
            try {
                text = reader.read(name, Inputs.read(name, stdin, maxBytes.get())).text();
            } catch (Inputs.InputError | InputException e) {
                err.println("ofsted-extract: " + Names.forTerminal(name) + ": " + e.getMessage());
                failed++;
                continue;
            }
            List<Sentence> sentences = Sentences.of(text, splitter);
            try {
                if (format == Format.jsonl) {
                    Map<String, Object> o = new LinkedHashMap<>();
                    o.put("file", name);
                    o.put("sentences", sentences);
                    Json.mapper().writeValue(out, o);
                    out.write('\n');
                } else {
                    for (Sentence s : sentences) {
                        out.println(s.text().replaceAll("\\s+", " "));
                    }
                }
            } catch (IOException e) {
                err.println("ofsted-extract: standard output: cannot write: " + e.getMessage());
                return ExitCode.OUTPUT_FAILED;
            }
            if (out.checkError()) {
                err.println("ofsted-extract: standard output: cannot write: " + OutputTarget.BROKEN_PIPE);
                return ExitCode.OUTPUT_FAILED;
            }
        }
        out.flush();
        return failed > 0 ? ExitCode.INPUT_FAILED : ExitCode.OK;
    }
}
