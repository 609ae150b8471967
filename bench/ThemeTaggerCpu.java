import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import uk.ofstedextract.Extractor;
import uk.ofstedextract.nlp.Codebook;
import uk.ofstedextract.nlp.ThemeTagger;
import uk.ofstedextract.report.Finding;
import uk.ofstedextract.report.Report;
import uk.ofstedextract.report.ThemeEvidence;
import uk.ofstedextract.text.AlignedText;
import uk.ofstedextract.text.LiteralSet;
import uk.ofstedextract.text.RequiredLiterals;
import uk.ofstedextract.text.StartLiterals;

/**
 * The theme tagger's CPU on one thread, in thread CPU time (not wall time, so other processes on a shared
 * machine count less): the findings of every .txt file under each DIR (extracted once, without keywords) are
 * tagged ROUNDS times with the codebook their report's family uses and their section's judgement, as the
 * pipeline tags them; the first two rounds warm the JIT and are not reported. Prints the range and median of the
 * seconds a round takes, and a SHA-256 of every finding's themes and evidence (theme, term, span), so that two
 * builds can be checked to tag identically (the program compiles against any build since 2026.3). With
 * {@code --patterns}, also what each codebook pattern costs per round alone, the best of 5, over every finding of
 * its codebook as the tagger runs it: its required-literals gate asked of the finding's one scan for every pattern's
 * literals (a {@code LiteralSet}, shared by all patterns and so not timed), then the pattern tried where one of its
 * start literals is ({@code StartLiterals}), or find() at every position where it has none. (Until round 18 the gate
 * was timed as a scan of the text per literal, which the tagger never does: that made a pattern with many literals
 * look costly whatever it cost to run.)
 *
 *   java -cp target/ofsted-extract.jar bench/ThemeTaggerCpu.java ROUNDS [--patterns] DIR...
 *
 * (Compiled whole by the source launcher, so it needs a build with {@code LiteralSet}, round 12 or later.)
 */
public class ThemeTaggerCpu {
    record Item(AlignedText text, String judgement, ThemeTagger tagger) {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        boolean perPattern = false;
        Extractor lean = Extractor.builder().keywords(false).build();
        Map<String, ThemeTagger> byReference = new HashMap<>();
        for (String id : Codebook.shippedIds()) {
            Codebook c = Codebook.shipped(id);
            byReference.put(c.reference(), new ThemeTagger(c));
        }
        List<Item> items = new ArrayList<>();
        for (int a = 1; a < args.length; a++) {
            if (args[a].equals("--patterns")) {
                perPattern = true;
                continue;
            }
            List<Path> files;
            try (Stream<Path> s = Files.walk(Path.of(args[a]))) {
                files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
            for (Path p : files) {
                Report r = lean.extract(p.toString(), Files.readAllBytes(p));
                ThemeTagger t = byReference.get(r.codebook());
                for (Finding f : r.findings()) {
                    items.add(new Item(AlignedText.identity(f.text()), f.judgement(), t));
                }
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] secs = new double[rounds];
        String digest = null;
        for (int round = -2; round < rounds; round++) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            long t0 = threads.getCurrentThreadCpuTime();
            List<ThemeTagger.Result> results = new ArrayList<>(items.size());
            for (Item i : items) {
                results.add(i.tagger().tag(i.text(), i.judgement()));
            }
            long t1 = threads.getCurrentThreadCpuTime();
            for (ThemeTagger.Result r : results) {
                md.update((r.themes() + "\u0001").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                for (ThemeEvidence e : r.evidence()) {
                    md.update((e.theme() + "\u0002" + e.term() + "\u0002" + e.span().start() + "-" + e.span().end()
                            + "\u0003").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
            }
            digest = HexFormat.of().formatHex(md.digest());
            if (round >= 0) {
                secs[round] = (t1 - t0) / 1e9;
            }
        }
        double[] sorted = secs.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%d findings, %d rounds: seconds per round min %.3f median %.3f max %.3f%n",
                items.size(), rounds, sorted[0], sorted[rounds / 2], sorted[rounds - 1]);
        System.out.println("tags sha256 " + digest);
        if (perPattern) {
            for (ThemeTagger tagger : byReference.values()) {
                Codebook c = tagger.codebook();
                List<String> texts = items.stream().filter(i -> i.tagger() == tagger).map(i -> i.text().text()).toList();
                List<String> lowered = texts.stream().map(RequiredLiterals::lower).toList();
                // the tagger scans a finding once for every pattern's literals (a LiteralSet) and gates each pattern
                // on that scan; the scan is shared by all patterns, so it is done here once, outside the timing
                List<String> all = new ArrayList<>();
                for (Codebook.Theme th : c.themes()) {
                    for (String p : th.patterns()) {
                        RequiredLiterals.of(Pattern.compile(p, Codebook.PATTERN_FLAGS)).ifPresent(r -> all.addAll(r.literals()));
                    }
                }
                LiteralSet set = LiteralSet.of(all);
                List<LiteralSet.Found> scans = lowered.stream().map(set::scan).toList();
                for (Codebook.Theme th : c.themes()) {
                    for (String p : th.patterns()) {
                        Pattern compiled = Pattern.compile(p, Codebook.PATTERN_FLAGS);
                        RequiredLiterals req = RequiredLiterals.of(compiled).orElse(null);
                        StartLiterals starts = StartLiterals.of(compiled).orElse(null);

                        double best = Double.MAX_VALUE;
                        int ran = 0;
                        int found = 0;
                        for (int round = 0; round < 5; round++) {
                            long t0 = threads.getCurrentThreadCpuTime();
                            ran = 0;
                            found = 0;
                            for (int k = 0; k < texts.size(); k++) {
                                if (req != null && !req.mayMatch(scans.get(k))) {
                                    continue;
                                }
                                ran++;
                                Matcher m = compiled.matcher(texts.get(k));
                                if (starts != null) {
                                    int[] count = {0};
                                    starts.forEachMatch(m, lowered.get(k), (a, b) -> count[0]++);
                                    found += count[0];
                                    continue;
                                }
                                while (m.find()) {
                                    found++;
                                }
                            }
                            best = Math.min(best, (threads.getCurrentThreadCpuTime() - t0) / 1e9);
                        }
                        System.out.printf(Locale.ROOT, "%-26s %-24s %.4f s  ran on %5d of %5d  matches %4d  starts %s  %s%n",
                                c.reference(), th.key(), best, ran, texts.size(), found, starts,
                                p.length() > 60 ? p.substring(0, 60) + "…" : p);
                    }
                }
            }
        }
    }
}
