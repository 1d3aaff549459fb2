package io.articlebot.core.index;

import io.articlebot.core.analysis.Analysis;
import io.articlebot.core.analysis.Analysis.Token;
import io.articlebot.core.article.Article;
import io.articlebot.core.article.Paragraph;
import io.articlebot.core.article.ParagraphKind;
import io.articlebot.core.article.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * One article as retrieval reads it: its sentences and paragraphs with their terms and vectors,
 * numbered from where the article starts in its index, and what it adds to the index's
 * {@link Vocabulary} and length statistics. Made when an article is indexed, and again, from the
 * vectors kept in Lucene, the first time a question reaches an article of an index opened from disk.
 */
final class AnalysedArticle {
  /** The vectors of an article's sentences and of its indexed paragraphs, each in article order. */
  interface Vectors {
    Embedding sentence(int i);

    Embedding paragraph(int i);
  }

  final Article article;
  final List<IndexedSentence> sentences;
  final List<IndexedParagraph> paragraphs;
  final Vocabulary vocabulary;
  final ArticleStats stats;
  /** By paragraph, in article order: the heading of its section, or null; made on first use. */
  private volatile IndexedParagraph[] sectionHeadings;

  private AnalysedArticle(Article article, List<IndexedSentence> sentences, List<IndexedParagraph> paragraphs,
      Vocabulary vocabulary, ArticleStats stats) {
    this.article = article;
    this.sentences = sentences;
    this.paragraphs = paragraphs;
    this.vocabulary = vocabulary;
    this.stats = stats;
  }

  /** The heading of the section the article's {@code i}-th indexed paragraph is in, or null (for a heading too). */
  IndexedParagraph sectionHeading(int i) {
    IndexedParagraph[] headings = sectionHeadings;
    if (headings == null) {
      headings = new IndexedParagraph[paragraphs.size()];
      IndexedParagraph current = null;
      for (int k = 0; k < paragraphs.size(); k++) {
        IndexedParagraph p = paragraphs.get(k);
        if (p.paragraph().kind() == ParagraphKind.HEADING) {
          // The article's own title is about everything, so it heads no section in particular.
          current = p.paragraph().number() == 1 ? null : p;
        } else {
          headings[k] = current;
        }
      }
      sectionHeadings = headings;
    }
    return headings[i];
  }

  /** The paragraphs that have sentences, in order: those that are indexed and embedded. */
  static List<Paragraph> indexedParagraphs(Article article) {
    return article.paragraphs().stream().filter(p -> !p.sentences().isEmpty()).toList();
  }

  /** The texts to embed for an article: every sentence, then every indexed paragraph. */
  static List<String> textsToEmbed(Article article) {
    List<Paragraph> indexed = indexedParagraphs(article);
    List<String> texts = new ArrayList<>();
    for (Paragraph p : indexed) {
      for (Sentence s : p.sentences()) {
        texts.add(article.text(s));
      }
    }
    for (Paragraph p : indexed) {
      texts.add(article.text().substring(p.start(), p.end()));
    }
    return texts;
  }

  /** The texts of an article's sentences: the first of {@link #textsToEmbed}. */
  static List<String> sentenceTexts(Article article) {
    List<String> texts = textsToEmbed(article);
    return texts.subList(0, texts.size() - indexedParagraphs(article).size());
  }

  /** Vectors listed as {@link #textsToEmbed} lists their texts. */
  static Vectors listed(Article article, List<Embedding> vectors) {
    int sentenceCount = vectors.size() - indexedParagraphs(article).size();
    return new Vectors() {
      @Override
      public Embedding sentence(int i) {
        return vectors.get(i);
      }

      @Override
      public Embedding paragraph(int i) {
        return vectors.get(sentenceCount + i);
      }
    };
  }

  /**
   * @param firstSentence the id of the article's first sentence in its index
   * @param firstParagraph the ordinal of its first indexed paragraph in its index
   */
  static AnalysedArticle of(Analyzer analyzer, Article article, int firstSentence, int firstParagraph, Vectors vectors) {
    List<IndexedSentence> sentences = new ArrayList<>();
    List<IndexedParagraph> paragraphs = new ArrayList<>();
    Vocabulary vocabulary = new Vocabulary();
    int indexedCount = indexedParagraphs(article).size();
    long tokens = 0;
    long docsWithTokens = 0;
    long distinctTerms = 0;
    long paragraphTokens = 0;
    SectionContext context = new SectionContext();
    for (Paragraph p : article.paragraphs()) {
      Set<String> paragraphContext = context.enter(p);
      Set<String> lastSentenceTerms = Set.of();
      Set<String> paragraphTerms = new HashSet<>();
      Map<String, Integer> paragraphCounts = new HashMap<>();
      List<IndexedSentence> members = new ArrayList<>();
      int length = 0;
      for (Sentence s : p.sentences()) {
        List<Token> sentenceTokens = Analysis.tokens(analyzer, article.text(s), s.start());
        Set<String> termSet = new HashSet<>();
        for (Token t : sentenceTokens) {
          boolean initial = t.start() == s.start();
          vocabulary.count(t.term(), initial, Character.isUpperCase(article.text().codePointAt(t.start())), termSet.add(t.term()));
          paragraphCounts.merge(t.term(), 1, Integer::sum);
        }
        Acronyms.collect(article.text(), sentenceTokens, vocabulary);
        int local = sentences.size();
        IndexedSentence is = new IndexedSentence(firstSentence + local, article, s, sentenceTokens, paragraphContext,
            vectors.sentence(local));
        sentences.add(is);
        members.add(is);
        length += sentenceTokens.size();
        tokens += sentenceTokens.size();
        docsWithTokens += sentenceTokens.isEmpty() ? 0 : 1;
        distinctTerms += termSet.size();
        lastSentenceTerms = termSet;
        paragraphTerms.addAll(termSet);
      }
      if (!members.isEmpty()) {
        int ordinalInArticle = paragraphs.size();
        double position = indexedCount <= 1 ? 0 : (double) ordinalInArticle / (indexedCount - 1);
        IndexedParagraph ip = new IndexedParagraph(firstParagraph + ordinalInArticle, p, members, paragraphCounts, length,
            vectors.paragraph(ordinalInArticle), position);
        members.forEach(s -> s.attach(ip));
        paragraphs.add(ip);
        paragraphTokens += length;
      }
      context.leave(p, paragraphTerms, lastSentenceTerms);
    }
    return new AnalysedArticle(article, List.copyOf(sentences), List.copyOf(paragraphs), vocabulary,
        new ArticleStats(sentences.size(), paragraphs.size(), tokens, docsWithTokens, distinctTerms, paragraphTokens));
  }
}
