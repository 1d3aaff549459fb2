package io.articlebot.core.article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's metadata, most specific source first: Open Graph and {@code article:} tags, JSON-LD
 * ({@code NewsArticle}, {@code Article}, ...), other {@code <meta>} tags, {@code <link rel=canonical>},
 * {@code <time>}, and last the {@code <title>} and {@code <h1>}.
 */
final class HtmlMetadata {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> ARTICLE_TYPES = Set.of(
      "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle", "report",
      "scholarlyarticle", "techarticle", "opinionnewsarticle", "webpage", "faqpage", "governmentpermit");
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—·:»]{1,2}\\s+");
  private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(?:[T ].*)?$");

  private HtmlMetadata() {}

  static DocumentMetadata read(Document doc) {
    JsonNode ld = jsonLdArticle(doc);
    String siteName = first(meta(doc, "og:site_name"), text(ld, "publisher", "name"), meta(doc, "application-name"));
    String h1 = doc.selectFirst("h1") == null ? "" : doc.selectFirst("h1").text();
    String pageTitle = doc.title();
    String title = first(meta(doc, "og:title"), text(ld, "headline"), text(ld, "name"), meta(doc, "twitter:title"),
        withoutSiteName(pageTitle, h1, siteName), h1);
    if (siteName.isEmpty()) {
      siteName = siteNameFromTitle(pageTitle, title);
    }
    String byline = first(notUrl(meta(doc, "author")), notUrl(meta(doc, "article:author")), authors(ld),
        textOf(doc, "[rel=author]"), textOf(doc, "[itemprop=author]"), shortText(doc, ".byline, .author"));
    String date = isoDay(first(meta(doc, "article:published_time"), text(ld, "datePublished"), meta(doc, "datePublished"),
        meta(doc, "date"), meta(doc, "pubdate"), meta(doc, "publish-date"), meta(doc, "dc.date"), meta(doc, "dc.date.issued"),
        attrOf(doc, "time[itemprop=datePublished], article time[datetime], time[datetime]", "datetime"),
        text(ld, "dateCreated")));
    String canonical = first(absolute(doc, "link[rel=canonical]", "href"), httpUrl(meta(doc, "og:url")), httpUrl(text(ld, "url")));
    if (siteName.isEmpty() && !canonical.isEmpty()) {
      siteName = URI.create(canonical).getHost().replaceFirst("^www\\.", "");
    }
    return new DocumentMetadata(title, byline, date, canonical, siteName);
  }

  private static String meta(Document doc, String key) {
    for (Element m : doc.select("meta[property], meta[name], meta[itemprop]")) {
      String k = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
      if (k.equalsIgnoreCase(key) && !m.attr("content").isBlank()) {
        return m.attr("content").strip();
      }
    }
    return "";
  }

  private static String absolute(Document doc, String css, String attr) {
    Element e = doc.selectFirst(css);
    if (e == null) {
      return "";
    }
    String url = e.absUrl(attr);
    return httpUrl(url.isEmpty() ? e.attr(attr) : url);
  }

  private static String httpUrl(String url) {
    String u = url == null ? "" : url.strip();
    if (u.startsWith("//")) {
      u = "https:" + u;
    }
    try {
      URI uri = URI.create(u);
      return uri.getScheme() != null && uri.getScheme().matches("(?i)https?") && uri.getHost() != null ? uri.toString() : "";
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  private static String textOf(Document doc, String css) {
    Element e = doc.selectFirst(css);
    return e == null ? "" : e.hasAttr("content") ? e.attr("content") : e.text();
  }

  private static String attrOf(Document doc, String css, String attr) {
    Element e = doc.selectFirst(css);
    return e == null ? "" : e.attr(attr);
  }

  /** A byline element's text, if it is short enough to be one ("By Jane Doe and Ann Lee"). */
  private static String shortText(Document doc, String css) {
    String t = textOf(doc, css).replaceFirst("(?i)^by\\s+", "");
    return t.length() <= 80 ? t : "";
  }

  private static String notUrl(String s) {
    return s.matches("(?i)^https?://.*") ? "" : s;
  }

  /** "Mozilla - Wikipedia" with h1 "Mozilla" → "Mozilla"; a known site name is cut off the end. */
  private static String withoutSiteName(String pageTitle, String h1, String siteName) {
    String[] parts = TITLE_SEPARATOR.split(pageTitle.strip());
    if (parts.length < 2) {
      return pageTitle.strip();
    }
    for (String p : parts) {
      if (!h1.isBlank() && p.strip().equalsIgnoreCase(h1.strip())) {
        return p.strip();
      }
    }
    String last = parts[parts.length - 1].strip();
    if (!siteName.isBlank() && last.equalsIgnoreCase(siteName.strip())) {
      return pageTitle.strip().substring(0, pageTitle.strip().length() - last.length()).replaceFirst("\\s+[|\\-–—·:»]{1,2}\\s*$", "");
    }
    return pageTitle.strip();
  }

  /** The "Wikipedia" of "Mozilla - Wikipedia" when the rest is the article's title. */
  private static String siteNameFromTitle(String pageTitle, String title) {
    String[] parts = TITLE_SEPARATOR.split(pageTitle.strip());
    if (parts.length == 2 && parts[0].strip().equalsIgnoreCase(title.strip()) && parts[1].strip().split("\\s+").length <= 4) {
      return parts[1].strip();
    }
    return "";
  }

  private static String isoDay(String date) {
    var m = ISO_DATE.matcher(date.strip());
    return m.matches() ? m.group(1) : date;
  }

  private static JsonNode jsonLdArticle(Document doc) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        JsonNode found = findArticle(JSON.readTree(script.data()));
        if (found != null) {
          return found;
        }
      } catch (Exception e) {
        // Broken JSON-LD is common; the page's other metadata still counts.
      }
    }
    return null;
  }

  private static JsonNode findArticle(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isArray()) {
      for (JsonNode n : node) {
        JsonNode found = findArticle(n);
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    if (node.has("@graph")) {
      return findArticle(node.get("@graph"));
    }
    JsonNode type = node.get("@type");
    List<String> types = new ArrayList<>();
    if (type != null && type.isArray()) {
      type.forEach(t -> types.add(t.asText().toLowerCase(Locale.ROOT)));
    } else if (type != null) {
      types.add(type.asText().toLowerCase(Locale.ROOT));
    }
    return types.stream().anyMatch(ARTICLE_TYPES::contains) ? node : null;
  }

  private static String text(JsonNode node, String... path) {
    JsonNode n = node;
    for (String p : path) {
      if (n == null) {
        return "";
      }
      n = n.isArray() && !n.isEmpty() ? n.get(0).get(p) : n.get(p);
    }
    return n == null || n.isContainerNode() ? "" : n.asText("");
  }

  private static String authors(JsonNode ld) {
    if (ld == null || ld.get("author") == null) {
      return "";
    }
    JsonNode a = ld.get("author");
    List<String> names = new ArrayList<>();
    for (JsonNode n : a.isArray() ? a : List.of(a)) {
      String name = n.isTextual() ? n.asText() : n.path("name").asText("");
      if (!name.isBlank() && !name.matches("(?i)^https?://.*")) {
        names.add(name.strip());
      }
    }
    return String.join(", ", names);
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return "";
  }
}
