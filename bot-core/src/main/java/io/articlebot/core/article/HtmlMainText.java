package io.articlebot.core.article;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The main text of a web page as the bot reads it. Three steps, as reader modes do it:
 * <ol>
 *   <li>Remove what is never body text: scripts and styles, hidden elements, navigation, headers,
 *       footers, asides, forms, figures, and elements whose role, class or id says they are menus,
 *       ads, share bars, comments, infoboxes, tables of contents, citation markers or reference lists.
 *   <li>Take the smallest element that still holds most of the page's paragraph text.
 *   <li>Write its headings ({@code ## }), paragraphs and list items ({@code • }) one per block, leaving out
 *       link lists (blocks that are mostly link text) and end matter (References, See also, ...).
 * </ol>
 */
final class HtmlMainText {
  private static final Set<String> NEVER_TEXT = Set.of(
      "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "math", "form", "button",
      "input", "select", "textarea", "nav", "aside", "footer", "figure", "dialog", "menu", "audio", "video", "picture", "img");
  private static final Set<String> NON_TEXT_ROLES = Set.of(
      "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "toolbar", "dialog",
      "alertdialog", "note", "doc-footnote", "doc-endnotes", "doc-toc");
  /** Class or id words of page furniture. A whole word of the name must match: "nav", not "canvas". */
  private static final Set<String> FURNITURE = Set.of(
      "nav", "navbar", "navbox", "navigation", "menu", "breadcrumb", "breadcrumbs", "footer", "header", "head", "masthead",
      "sidebar", "social", "share", "sharing", "sharebar", "related", "recommended", "recommendations", "promo", "promotion",
      "sponsor", "sponsored", "advert", "advertisement", "ad", "ads", "adslot", "banner", "cookie", "cookies", "consent",
      "gdpr", "newsletter", "subscribe", "signup", "comment", "comments", "disqus", "popup", "modal", "pagination", "pager",
      "toc", "infobox", "catlinks", "reflist", "references", "reference", "editsection", "hatnote", "noprint",
      "printfooter", "jump", "skip", "thumb", "thumbcaption", "caption", "gallery", "byline", "dateline", "timestamp",
      "tags", "toolbar", "login", "search", "rss", "sronly", "offscreen", "mbox", "ambox", "sistersitebox");
  /** Class or id words of the article itself: never removed for a furniture word beside them. */
  private static final Set<String> ARTICLE_WORDS = Set.of("article", "body", "content", "main", "story", "post", "entry");
  private static final Set<String> BLOCKS = Set.of(
      "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption", "figure",
      "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre",
      "section", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "caption", "summary", "center", "br");
  private static final Set<String> CONTAINERS = Set.of("article", "main", "section", "div", "header", "body");
  private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
  private static final Pattern END_MATTER = Pattern.compile(
      "(?i)^(references?|notes?|footnotes?|citations?|sources?|bibliography|works cited|external links?|see also|"
          + "further reading|related( articles| stories| posts| content| links)?|read more|more (from|on|stories).*|"
          + "comments?|share this( article| story)?|contents|table of contents|navigation menu)$");
  private static final int MIN_PARAGRAPH = 25;
  private static final double LINK_LIST = 0.5;
  private static final double MAIN_SHARE = 0.7;

  private enum Kind { HEADING, PARAGRAPH, ITEM, ROW }

  private record Block(Kind kind, int level, String text, double linkDensity) {}

  private HtmlMainText() {}

  static String of(Document doc, String title) {
    Element body = doc.body();
    if (body == null) {
      return "";
    }
    Element h1 = doc.selectFirst("h1");
    String pageHeading = h1 == null ? "" : normalize(h1.text());
    removeFurniture(body);
    Element main = mainElement(body);
    List<Block> blocks = new ArrayList<>();
    collect(main, Kind.PARAGRAPH, 0, blocks);
    blocks = keepArticle(blocks);
    StringBuilder out = new StringBuilder();
    boolean hasH1 = blocks.stream().anyMatch(b -> b.kind() == Kind.HEADING && b.level() == 1);
    if (!hasH1 && !pageHeading.isEmpty() && (title.isBlank() || pageHeading.equalsIgnoreCase(title.strip()))) {
      // The page's own heading sits outside its text column (as on Wikipedia); it is still its title.
      out.append("# ").append(pageHeading).append("\n\n");
    }
    for (Block b : blocks) {
      out.append(switch (b.kind()) {
        case HEADING -> "#".repeat(b.level()) + " ";
        default -> "";
      }).append(b.text()).append("\n\n");
    }
    return out.toString().strip();
  }

  private static void removeFurniture(Element body) {
    List<Element> doomed = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      if (e != body && isFurniture(e)) {
        doomed.add(e);
      }
    }
    for (Element e : doomed) {
      e.remove();
    }
  }

  private static boolean isFurniture(Element e) {
    String tag = e.normalName();
    if (tag.equals("header")) {
      return e.closest("article") == null;
    }
    if (NEVER_TEXT.contains(tag)) {
      return true;
    }
    if (tag.equals("time") && e.parent() != null && CONTAINERS.contains(e.parent().normalName())) {
      return true; // a dateline of its own, not a date within a sentence
    }
    if (e.hasAttr("hidden") || e.attr("aria-hidden").equalsIgnoreCase("true") || HIDDEN_STYLE.matcher(e.attr("style")).find()) {
      return true;
    }
    if (NON_TEXT_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))) {
      return true;
    }
    if (tag.equals("article") || tag.equals("main") || tag.matches("h[1-6]")) {
      return false;
    }
    // Ids of inline elements are often anchors made from the words of the text ("Eich_CEO_promotion").
    Set<String> words = nameWords(e.className() + (BLOCKS.contains(tag) ? " " + e.id() : ""));
    return words.stream().anyMatch(FURNITURE::contains) && words.stream().noneMatch(ARTICLE_WORDS::contains);
  }

  /** "mw-editsection bodyContent" → {mw, editsection, body, content}. */
  private static Set<String> nameWords(String names) {
    String spaced = names.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    Set<String> words = new java.util.HashSet<>();
    for (String w : spaced.split("[^a-z0-9]+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    if (spaced.contains("sr-only")) {
      words.add("sronly");
    }
    return words;
  }

  /** The deepest element holding at least {@link #MAIN_SHARE} of the page's paragraph text. */
  private static Element mainElement(Element body) {
    Map<Element, Integer> weight = new IdentityHashMap<>();
    int total = paragraphText(body, weight);
    Element at = body;
    while (true) {
      Element next = null;
      for (Element child : at.children()) {
        if (weight.getOrDefault(child, 0) >= MAIN_SHARE * total && total > 0) {
          next = child;
        }
      }
      if (next == null) {
        return at;
      }
      at = next;
    }
  }

  /** Characters of readable paragraph text inside {@code e}, not counting link text. */
  private static int paragraphText(Element e, Map<Element, Integer> weight) {
    int sum = 0;
    String tag = e.normalName();
    String own = tag.equals("p") || tag.equals("pre") ? e.text() : e.ownText();
    if (own.length() >= MIN_PARAGRAPH) {
      int links = tag.equals("p") || tag.equals("pre") ? linkText(e) : 0;
      sum += Math.max(0, own.length() - links);
    }
    if (!tag.equals("p") && !tag.equals("pre")) {
      for (Element child : e.children()) {
        sum += paragraphText(child, weight);
      }
    }
    weight.put(e, sum);
    return sum;
  }

  private static int linkText(Element e) {
    int n = 0;
    for (Element a : e.select("a")) {
      n += a.text().length();
    }
    return n;
  }

  /**
   * Blocks of {@code container} in document order: runs of inline content become one block of
   * {@code runKind}; block children are visited in turn.
   */
  private static void collect(Element container, Kind runKind, int level, List<Block> out) {
    StringBuilder run = new StringBuilder();
    int[] linkChars = {0};
    for (Node node : container.childNodes()) {
      if (node instanceof TextNode t) {
        run.append(t.getWholeText());
      } else if (node instanceof Element e) {
        String tag = e.normalName();
        if (!BLOCKS.contains(tag)) {
          String text = e.text();
          run.append(text);
          linkChars[0] += tag.equals("a") ? text.length() : linkText(e);
          continue;
        }
        flush(run, linkChars, runKind, level, out);
        switch (tag) {
          case "br", "hr" -> run.append(' ');
          case "h1", "h2", "h3", "h4", "h5", "h6" -> collect(e, Kind.HEADING, tag.charAt(1) - '0', out);
          case "li" -> collect(e, Kind.ITEM, e.parent() != null && e.parent().normalName().equals("ol")
              ? e.elementSiblingIndex() + 1 : 0, out);
          case "tr" -> row(e, out);
          default -> collect(e, Kind.PARAGRAPH, 0, out);
        }
      }
    }
    flush(run, linkChars, runKind, level, out);
  }

  /** A table row with two or more cells is one block, its cells joined by " | "; others are read as text. */
  private static void row(Element tr, List<Block> out) {
    List<Element> cells = tr.children().stream().filter(c -> c.normalName().equals("td") || c.normalName().equals("th")).toList();
    if (cells.size() < 2) {
      collect(tr, Kind.PARAGRAPH, 0, out);
      return;
    }
    List<String> texts = new ArrayList<>();
    int links = 0;
    for (Element c : cells) {
      String t = normalize(c.text());
      if (!t.isEmpty()) {
        texts.add(t);
        links += linkText(c);
      }
    }
    String text = String.join(" | ", texts);
    if (texts.size() >= 2) {
      out.add(new Block(Kind.ROW, 0, text, text.isEmpty() ? 0 : (double) links / text.length()));
    }
  }

  private static void flush(StringBuilder run, int[] linkChars, Kind kind, int level, List<Block> out) {
    String text = normalize(run.toString());
    if (!text.isEmpty() && text.codePoints().anyMatch(Character::isLetterOrDigit)) {
      if (kind == Kind.ITEM) {
        text = (level > 0 ? level + ". " : "• ") + text;
      }
      out.add(new Block(kind, kind == Kind.HEADING ? level : 0, text, Math.min(1.0, (double) linkChars[0] / text.length())));
    }
    run.setLength(0);
    linkChars[0] = 0;
  }

  /** Without link lists, end matter, and headings that head nothing. */
  private static List<Block> keepArticle(List<Block> blocks) {
    List<Block> kept = new ArrayList<>();
    int skipBelow = 0; // while > 0: inside end matter that started at a heading of this level
    for (Block b : blocks) {
      if (b.kind() == Kind.HEADING) {
        if (skipBelow > 0 && b.level() > skipBelow) {
          continue;
        }
        skipBelow = END_MATTER.matcher(b.text()).matches() ? b.level() : 0;
        if (skipBelow == 0) {
          kept.add(b);
        }
      } else if (skipBelow == 0 && b.linkDensity() <= LINK_LIST) {
        kept.add(b);
      }
    }
    List<Block> out = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      Block b = kept.get(i);
      if (b.kind() == Kind.HEADING && headsNothing(kept, i)) {
        continue;
      }
      out.add(b);
    }
    return out;
  }

  private static boolean headsNothing(List<Block> blocks, int i) {
    int level = blocks.get(i).level();
    for (int j = i + 1; j < blocks.size(); j++) {
      Block next = blocks.get(j);
      if (next.kind() != Kind.HEADING) {
        return false;
      }
      if (next.level() <= level) {
        return true;
      }
    }
    return level > 1;
  }

  /** Whitespace runs (no-break spaces too) as one space; soft hyphens and zero-width characters removed. */
  private static String normalize(String s) {
    return s.replace('\u00A0', ' ').replaceAll("[\u00AD\u200B\u200C\u200D\uFEFF]", "").replaceAll("\\s+", " ").strip();
  }
}
