package uk.ofstedextract.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The feature weights of a maxent GIS model (its parameters: for each feature name, the outcomes it weighs and their
 * weights) in flat arrays, found by name through an open-addressing hash table over the names'
 * {@code String.hashCode}, without a {@code String} or {@code Context} object per feature.
 *
 * <p>The build stores those of two shipped English models as resources beside this class, written by {@link #main}
 * when the classes are compiled and kept uncompressed in the jar: the POS model's ({@value #POS_RESOURCE}, read by
 * {@link Models#posWeights}) and the tokenizer model's ({@value #TOKEN_RESOURCE}, read by {@link Models#tokenWeights}).
 * Reading one is one read and a few bulk copies instead of parsing the model (the POS model's 33,518 feature names
 * read one by one into a map took about 63 ms of CPU in a fresh JVM, the tokenizer's about 20 ms). The names are
 * stored as UTF-16 code units, as they are held, so that reading them is a copy and not a decoding (some names have
 * characters beyond Latin-1, which would make one {@code String} of them all UTF-16 anyway). The weights are the
 * model's, bit for bit ({@code GisWeightsTest}). The build writes a resource only for a model our code decodes from
 * the weights alone: a POS model whose context features {@link PosFeatures} implements and without a tag dictionary
 * (so that every tag is allowed after every other), a tokenizer model whose decisions {@link TokenSplits} implements.
 *
 * <p>A maxent model's probability of an outcome is {@code exp(score) / Z} with the same {@code Z} for every outcome,
 * so the outcome with the highest summed weight is the most probable one: {@link #decided} chooses it from the sums,
 * except where two are so close that rounding in {@code exp} could order them differently.
 * <p>Immutable and thread-safe.
 */
public final class GisWeights {
    /** The POS model's weights, a resource beside this class. */
    public static final String POS_RESOURCE = "pos-weights.bin";
    /** The tokenizer model's weights, a resource beside this class. */
    public static final String TOKEN_RESOURCE = "token-weights.bin";
    /** Scores closer than this (relative) are decided by the model's own probabilities ({@link #decided}). */
    private static final double NEAR_TIE = 1e-9;
    private static final int MAGIC = 0x4F455057; // "OEPW"
    private static final int FORMAT = 2;
    /** The header: magic, format and six lengths, each a 4-byte int. */
    private static final int HEADER = 4 * 8;

    /** The model file these weights come from ({@link Models#POS}, {@link Models#TOKENS}). */
    final String model;
    /** The outcomes (tags), in the model's order. */
    final String[] outcomes;
    /** All feature names, one after the other; name {@code p} ends at {@code nameEnd[p]}. */
    private final char[] names;
    private final int[] nameEnd;
    private final int[] hashes;
    /** Open addressing by {@link #slot}: {@code p + 1} for name {@code p}, 0 for an empty slot. */
    private final int[] table;
    /** The weights of name {@code p} are {@code params[paramEnd[p - 1] .. paramEnd[p])}, for outcomes {@code outcome}. */
    private final int[] paramEnd;
    private final byte[] outcome;
    private final double[] params;

    private GisWeights(String model, String[] outcomes, char[] names, int[] nameEnd, int[] hashes, int[] table,
            int[] paramEnd, byte[] outcome, double[] params) {
        this.model = model;
        this.outcomes = outcomes;
        this.names = names;
        this.nameEnd = nameEnd;
        this.hashes = hashes;
        this.table = table;
        this.paramEnd = paramEnd;
        this.outcome = outcome;
        this.params = params;
    }

    /** The weights of a GIS model, in its map's order. */
    @SuppressWarnings("unchecked")
    static GisWeights of(String modelName, GISModel gis) {
        Map<String, Context> map = (Map<String, Context>) gis.getDataStructures()[1];
        String[] outcomes = new String[gis.getNumOutcomes()];
        for (int o = 0; o < outcomes.length; o++) {
            outcomes[o] = gis.getOutcome(o);
        }
        if (outcomes.length > 256) {
            throw new IllegalArgumentException("more than 256 outcomes: " + outcomes.length);
        }
        int n = map.size();
        int total = 0;
        for (Context c : map.values()) {
            total += c.getOutcomes().length;
        }
        StringBuilder names = new StringBuilder();
        int[] nameEnd = new int[n];
        int[] hashes = new int[n];
        int[] paramEnd = new int[n];
        byte[] outcome = new byte[total];
        double[] params = new double[total];
        int p = 0;
        int k = 0;
        for (Map.Entry<String, Context> e : map.entrySet()) {
            names.append(e.getKey());
            nameEnd[p] = names.length();
            hashes[p] = e.getKey().hashCode();
            int[] ids = e.getValue().getOutcomes();
            double[] weights = e.getValue().getParameters();
            for (int j = 0; j < ids.length; j++, k++) {
                outcome[k] = (byte) ids[j];
                params[k] = weights[j];
            }
            paramEnd[p++] = k;
        }
        int size = Integer.highestOneBit(Math.max(2, n + n / 2)) << 1; // at most two thirds full
        int[] table = new int[size];
        for (int q = 0; q < n; q++) {
            int s = slot(hashes[q], size);
            while (table[s] != 0) {
                s = (s + 1) & (size - 1);
            }
            table[s] = q + 1;
        }
        char[] chars = new char[names.length()];
        names.getChars(0, chars.length, chars, 0);
        return new GisWeights(modelName, outcomes, chars, nameEnd, hashes, table, paramEnd, outcome, params);
    }

    /** Where entry {@code p} of a run of entries begins, given where each ends ({@code nameEnd}, {@code paramEnd}). */
    private static int start(int[] ends, int p) {
        return p == 0 ? 0 : ends[p - 1];
    }

    private static int slot(int hash, int size) {
        return (hash ^ (hash >>> 16)) & (size - 1);
    }

    /** The number of feature names. */
    int size() {
        return nameEnd.length;
    }

    /** The index of the feature with this name, or -1 where the model has none. */
    int index(String name) {
        int h = name.hashCode();
        int s = slot(h, table.length);
        for (int e; (e = table[s]) != 0; s = (s + 1) & (table.length - 1)) {
            int p = e - 1;
            if (hashes[p] == h) {
                int start = start(nameEnd, p);
                if (nameEnd[p] - start == name.length() && sameName(start, name)) {
                    return p;
                }
            }
        }
        return -1;
    }

    private boolean sameName(int start, String name) {
        for (int i = 0; i < name.length(); i++) {
            if (names[start + i] != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Adds the weights of feature {@code p} (an {@link #index}, or -1 for none) to {@code scores}, by outcome. */
    void add(int p, double[] scores) {
        if (p >= 0) {
            for (int k = start(paramEnd, p), end = paramEnd[p]; k < end; k++) {
                scores[outcome[k] & 0xFF] += params[k];
            }
        }
    }

    /** The name of feature {@code p}. */
    String name(int p) {
        int start = start(nameEnd, p);
        return new String(names, start, nameEnd[p] - start);
    }

    /** The outcomes feature {@code p} weighs, in the model's order for it. */
    int[] outcomes(int p) {
        int start = start(paramEnd, p);
        int[] out = new int[paramEnd[p] - start];
        for (int k = 0; k < out.length; k++) {
            out[k] = outcome[start + k] & 0xFF;
        }
        return out;
    }

    /** The weights of feature {@code p}, for {@link #outcomes(int)}. */
    double[] parameters(int p) {
        return Arrays.copyOfRange(params, start(paramEnd, p), paramEnd[p]);
    }

    /** The index of the first highest score, as {@code MaxentModel.getBestOutcome} chooses among probabilities. */
    static int best(double[] scores) {
        int best = 0;
        for (int o = 1; o < scores.length; o++) {
            if (scores[o] > scores[best]) {
                best = o;
            }
        }
        return best;
    }

    /**
     * The index of the highest of these summed weights, or -1 where another is so close that the sums cannot decide it
     * exactly as the model's probabilities would (the sums' order of addition aside): the caller then asks the model.
     */
    static int decided(double[] scores) {
        int best = best(scores);
        double margin = NEAR_TIE * Math.max(1, Math.abs(scores[best]));
        for (int o = 0; o < scores.length; o++) {
            if (o != best && scores[best] - scores[o] <= margin) {
                return -1;
            }
        }
        return best;
    }

    /**
     * Writes the weights in the form {@link #read} reads: a header of lengths, then the model's file name and the
     * outcomes in UTF-8, then every array whole, little-endian, the names last as UTF-16 code units.
     */
    void write(OutputStream out) throws IOException {
        byte[] modelBytes = model.getBytes(StandardCharsets.UTF_8);
        byte[] outcomeBytes = String.join("\n", outcomes).getBytes(StandardCharsets.UTF_8);
        int n = nameEnd.length;
        ByteBuffer b = ByteBuffer.allocate(Math.toIntExact(HEADER + bodyLength(modelBytes.length, outcomeBytes.length, n,
                table.length, params.length, names.length))).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(MAGIC).putInt(FORMAT).putInt(modelBytes.length).putInt(outcomeBytes.length).putInt(n)
                .putInt(table.length).putInt(params.length).putInt(names.length);
        b.put(modelBytes).put(outcomeBytes);
        b.asIntBuffer().put(nameEnd).put(hashes).put(paramEnd).put(table);
        b.position(b.position() + 4 * (3 * n + table.length));
        b.asDoubleBuffer().put(params);
        b.position(b.position() + 8 * params.length);
        b.put(outcome);
        b.asCharBuffer().put(names);
        out.write(b.array());
    }

    /** The bytes after the header, from its lengths. */
    private static long bodyLength(int modelLength, int outcomeLength, int n, int tableSize, int total, int nameChars) {
        return (long) modelLength + outcomeLength + 4L * (3L * n + tableSize) + 9L * total + 2L * nameChars;
    }

    /**
     * Reads what {@link #write} wrote: the header, then the rest in one read into one array of the length the header
     * gives (from an uncompressed jar entry, one copy from the file), then bulk copies out of it.
     */
    static GisWeights read(InputStream in) throws IOException {
        byte[] header = in.readNBytes(HEADER);
        ByteBuffer h = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
        if (header.length < HEADER || h.getInt() != MAGIC || h.getInt() != FORMAT) {
            throw new IOException("not a weights file of format " + FORMAT);
        }
        int modelLength = h.getInt();
        int outcomeLength = h.getInt();
        int n = h.getInt();
        int tableSize = h.getInt();
        int total = h.getInt();
        int nameChars = h.getInt();
        long body = bodyLength(modelLength, outcomeLength, n, tableSize, total, nameChars);
        if ((modelLength | outcomeLength | n | tableSize | total | nameChars) < 0 || body > Integer.MAX_VALUE - HEADER) {
            throw new IOException("weights file: bad lengths");
        }
        byte[] all = new byte[HEADER + (int) body];
        System.arraycopy(header, 0, all, 0, HEADER);
        if (in.readNBytes(all, HEADER, (int) body) != body || in.read() != -1) {
            throw new IOException("weights file: lengths do not agree");
        }
        ByteBuffer b = ByteBuffer.wrap(all).order(ByteOrder.LITTLE_ENDIAN).position(HEADER);
        String model = utf8(b, modelLength);
        String[] outcomes = utf8(b, outcomeLength).split("\n", -1);
        int[] nameEnd = new int[n];
        int[] hashes = new int[n];
        int[] paramEnd = new int[n];
        int[] table = new int[tableSize];
        b.asIntBuffer().get(nameEnd).get(hashes).get(paramEnd).get(table);
        b.position(b.position() + 4 * (3 * n + tableSize));
        double[] params = new double[total];
        b.asDoubleBuffer().get(params);
        b.position(b.position() + 8 * total);
        byte[] outcome = new byte[total];
        b.get(outcome);
        char[] names = new char[nameChars];
        b.asCharBuffer().get(names);
        if (n > 0 && nameEnd[n - 1] != nameChars) {
            throw new IOException("weights file: lengths do not agree");
        }
        return new GisWeights(model, outcomes, names, nameEnd, hashes, table, paramEnd, outcome, params);
    }

    private static String utf8(ByteBuffer b, int length) {
        String s = new String(b.array(), b.position(), length, StandardCharsets.UTF_8);
        b.position(b.position() + length);
        return s;
    }

    /**
     * Whether the keyword tagger can decode this model from its weights alone: a GIS model whose context features
     * {@link PosFeatures} implements, without a tag dictionary (OpenNLP's sequence validator then allows every tag).
     */
    static boolean decodable(POSModel pos) {
        MaxentModel m = pos.getArtifact("pos.model");
        return m instanceof GISModel && PosFeatures.implementedBy(pos) && pos.getFactory().getTagDictionary() == null;
    }

    /**
     * The build step: writes the shipped POS and tokenizer models' weights to {@code DIR/uk/ofstedextract/nlp/}
     * ({@value #POS_RESOURCE}, {@value #TOKEN_RESOURCE}; args: DIR, the compiled classes), or, for a model our code
     * cannot decode from them, removes any such file (the tool then reads the model).
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0], GisWeights.class.getPackageName().replace('.', '/'));
        POSModel pos = Models.pos();
        store(dir, POS_RESOURCE, decodable(pos) ? of(Models.POS, pos.getArtifact("pos.model")) : null);
        TokenizerModel tokens = Models.tokensFast();
        store(dir, TOKEN_RESOURCE, TokenSplits.implementedBy(tokens)
                ? of(Models.TOKENS, (GISModel) tokens.getMaxentModel()) : null);
    }

    private static void store(Path dir, String resource, GisWeights weights) throws IOException {
        Path file = dir.resolve(resource);
        if (weights == null) {
            Files.deleteIfExists(file);
            System.out.println("GisWeights: the model is not decodable from its weights alone; no " + resource);
            return;
        }
        Files.createDirectories(dir);
        Path tmp = dir.resolve(resource + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            weights.write(out);
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        System.out.println("GisWeights: " + file + " (" + Files.size(file) + " bytes)");
    }
}
