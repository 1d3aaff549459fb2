package io.articlebot.questionlog.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report in a real browser: headless Chromium (Debian's {@code chromium} package, which
 * {@code .ci/run} installs) renders the page from a file, offline; the screenshot must show the
 * chart's bars in both colours, and the rendered page must list the top unanswered questions.
 * Skipped, with the reason printed, only when no Chromium can be found.
 */
class HtmlReportBrowserTest {
  @TempDir
  Path dir;

  private static Path chromium() {
    List<String> candidates = new ArrayList<>();
    String configured = System.getenv("CHROMIUM");
    if (configured != null && !configured.isBlank()) {
      candidates.add(configured);
    }
    candidates.addAll(List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"));
    for (String c : candidates) {
      if (Files.isExecutable(Path.of(c))) {
        return Path.of(c);
      }
    }
    return null;
  }

  private String run(Path browser, Path profile, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile, "--hide-scrollbars", "--force-device-scale-factor=1"));
    command.addAll(List.of(args));
    Path output = dir.resolve("chromium-" + System.nanoTime() + ".out");
    Process p = new ProcessBuilder(command).redirectErrorStream(false).redirectOutput(output.toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    if (!p.waitFor(90, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish within 90 s: " + command);
    }
    assertThat(p.exitValue()).as("chromium exit code").isZero();
    return Files.readString(output, StandardCharsets.UTF_8);
  }

  @Test
  void theChartIsDrawnAndTheTopUnansweredQuestionsAreListed() throws Exception {
    Path browser = chromium();
    if (browser == null) {
      System.out.println("SKIPPED HtmlReportBrowserTest: no Chromium found (install Debian's chromium package, or set CHROMIUM)");
    }
    Assumptions.assumeTrue(browser != null, "no Chromium found (install Debian's chromium package, or set CHROMIUM)");

    SampleLog.write(dir);
    Report report = ReportReader.read(dir, null, id -> null);
    Path page = dir.resolve("report.html");
    Files.writeString(page, HtmlReport.render(report, "What readers asked"), StandardCharsets.UTF_8);
    Path screenshot = dir.resolve("report.png");
    Path profile = Files.createDirectories(dir.resolve("profile"));

    run(browser, profile, "--window-size=1000,900", "--screenshot=" + screenshot, page.toUri().toString());
    BufferedImage image = ImageIO.read(screenshot.toFile());
    assertThat(image).as("screenshot").isNotNull();
    int answered = 0;
    int unanswered = 0;
    int minX = Integer.MAX_VALUE;
    int maxX = -1;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y) & 0xffffff;
        if (close(rgb, 0x2e7d32)) {
          answered++;
          minX = Math.min(minX, x);
          maxX = Math.max(maxX, x);
        } else if (close(rgb, 0xe65100)) {
          unanswered++;
        }
      }
    }
    // Fourteen bars a few dozen pixels wide and up to 200 high: thousands of pixels of each colour, spread across the chart.
    assertThat(answered).as("pixels of answered bars").isGreaterThan(3000);
    assertThat(unanswered).as("pixels of unanswered bars").isGreaterThan(2000);
    assertThat(maxX - minX).as("width the bars span").isGreaterThan(600);

    String dom = run(browser, Files.createDirectories(dir.resolve("profile2")), "--dump-dom", page.toUri().toString());
    int list = dom.indexOf("<ol id=\"unanswered\">");
    assertThat(list).as("unanswered list in the rendered page").isPositive();
    String listed = dom.substring(list, dom.indexOf("</ol>", list));
    int previous = -1;
    for (Report.Group g : report.topUnanswered()) {
      // A serialised DOM escapes only &, < and > in text.
      int at = listed.indexOf(g.wording().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
      assertThat(at).as(g.wording()).isGreaterThan(previous);
      previous = at;
    }
    assertThat(report.topUnanswered()).hasSize(3);
    if (System.getenv("REPORT_SCREENSHOT") != null) {
      Files.copy(screenshot, Path.of(System.getenv("REPORT_SCREENSHOT")), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    System.out.println("HtmlReportBrowserTest: screenshot " + new File(screenshot.toString()).length() + " bytes, "
        + answered + " answered and " + unanswered + " unanswered bar pixels");
  }

  private static boolean close(int rgb, int target) {
    int dr = Math.abs(((rgb >> 16) & 0xff) - ((target >> 16) & 0xff));
    int dg = Math.abs(((rgb >> 8) & 0xff) - ((target >> 8) & 0xff));
    int db = Math.abs((rgb & 0xff) - (target & 0xff));
    return dr + dg + db < 24;
  }
}
