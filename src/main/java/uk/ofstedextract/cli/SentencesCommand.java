package uk.ofstedextract.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Iterator;
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
import uk.ofstedextract.batch.BatchRun;
import uk.ofstedextract.batch.Input;
import uk.ofstedextract.nlp.OpenNlpSentenceSplitter;
import uk.ofstedextract.nlp.SentenceSplitter;
import uk.ofstedextract.nlp.Sentences;
import uk.ofstedextract.output.Json;
import uk.ofstedextract.pdf.InputReader;
import uk.ofstedextract.pdf.PdfLimits;
import uk.ofstedextract.report.Sentence;

/**
 * {@code ofsted-extract sentences PATH...|-}: splits any text (or PDF) into sentences with offsets into
 * the decoded input, exactly as the pipeline splits a finding's text ({@link Sentences}). Inputs are found
 * and read as {@code extract} finds and reads them (the one input walker, {@code --files-from}, {@code --glob},
 * {@code --jobs}, {@code --max-bytes}, {@code --timeout-per-file}): an input that cannot be read, or that goes
 * over its budget, fails alone, named on stderr, and the others are still split.
 */
@Command(name = "sentences", mixinStandardHelpOptions = true,
        description = "Split any text or PDF into sentences (OpenNLP's model plus our boundary rules), with offsets;"
                + " the same splits the pipeline makes of a finding's text. Folders are searched for *.txt and *.pdf"
                + " files (see --glob).")
public final class SentencesCommand implements Callable<Integer> {
    enum Format { text, jsonl }

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Text or PDF files, or folders holding them "
            + "(searched recursively, see --glob); '-' reads standard input.")
    List<String> paths = new ArrayList<>();

    @Option(names = {"-f", "--format"}, defaultValue = "text",
            description = "text (one sentence per line, default) or jsonl (one object per input file).")
    Format format;

    @Mixin
    InputOptions options = new InputOptions();

    @Mixin
    FilesFromOption filesFrom = new FilesFromOption();

    @Spec
    CommandSpec spec;

    private final InputStream stdin;

    public SentencesCommand() {
        this(System.in);
    }

    public SentencesCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    /** One input's sentences; {@code file} is the input's name as the user gave it. */
    private record Split(String file, List<Sentence> sentences) {
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (paths.isEmpty() && filesFrom.file == null) {
            return usage(err, "no inputs (name files or folders, '-' for standard input, or give --files-from)");
        }
        String inputsProblem = filesFrom.usageError(paths);
        if (inputsProblem != null) {
            return usage(err, inputsProblem);
        }
        SentenceSplitter splitter = new OpenNlpSentenceSplitter();
        // --max-bytes applies to a PDF's text too, as in extract
        InputReader reader = new InputReader(PdfLimits.DEFAULT.withMaxText(options.maxBytes.get()));
        BatchRun<Split> run = options.run((name, bytes) -> BatchRun.Made.of(
                new Split(name, Sentences.of(reader.read(name, bytes).text(), splitter))), stdin, err);
        InputStream list;
        try {
            list = filesFrom.open(stdin);
        } catch (IOException e) {
            return usage(err, filesFrom.cannotOpen(e));
        }
        BatchRun.Result result;
        try (list; OutputTarget target = options.output.open(out)) {
            Iterator<Input> inputs = new OutputFiles().add(options.output.path())
                    .guard(options.inputs(paths, filesFrom.names(list)));
            result = run.run(inputs, options.jobs.get(), false, new BatchRun.Sink<>() {
                @Override
                public void accept(Split s) throws IOException {
                    write(s, target);
                }

                @Override
                public boolean broken() {
                    return target.broken();
                }
            }, null, null);
            if (result.dataError() == null) {
                try {
                    target.commit();
                } catch (IOException e) {
                    return outputFailed(err, e.getMessage());
                }
            }
        } catch (OutputFiles.InputIsOutput e) {
            err.println("ofsted-extract sentences: " + e.getMessage());
            return ExitCode.USAGE;
        } catch (IOException e) {
            return outputFailed(err, e.getMessage()); // the output file could not be created
        }
        if (result.dataError() != null) {
            return outputFailed(err, result.dataError());
        }
        return result.failures().isEmpty() ? ExitCode.OK : ExitCode.INPUT_FAILED;
    }

    private void write(Split s, OutputTarget target) throws IOException {
        if (format == Format.jsonl) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("file", s.file());
            o.put("sentences", s.sentences());
            Json.mapper().writeValue(target.writer(), o);
            target.writer().write('\n');
        } else {
            for (Sentence sentence : s.sentences()) {
                target.writer().write(sentence.text().replaceAll("\\s+", " "));
                target.writer().write('\n');
            }
        }
    }

    private int outputFailed(PrintWriter err, String reason) {
        err.println("ofsted-extract: " + options.output.describe() + ": cannot write: " + reason);
        return ExitCode.OUTPUT_FAILED;
    }

    private static int usage(PrintWriter err, String message) {
        err.println("ofsted-extract sentences: " + message);
        err.println("Try 'ofsted-extract sentences --help'.");
        return ExitCode.USAGE;
    }
}
