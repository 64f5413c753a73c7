package de.typwerk.cli;

import de.typwerk.server.TypwerkServer;
import de.typwerk.server.HttpApi;
import de.typwerk.presentation.Language;
import de.typwerk.engine.Typwerk;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Makes the screenshots of the web self-test that the README shows (docs/screenshots/), on a
 * desktop and on a 360 px wide phone: the start page, a ranking question, an error state and the
 * report. Not part of {@code mvn verify}; run when the pages change:
 *
 * <pre>mvn -B -pl cli -am test -Dtest=SelfTestScreenshots -Dsurefire.failIfNoSpecifiedTests=false -Dtypwerk.screenshots=$PWD/docs/screenshots</pre>
 */
@EnabledIfSystemProperty(named = "typwerk.screenshots", matches = ".+")
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class SelfTestScreenshots {

    @Test
    void shootTheStartPageARankingQuestionAnErrorAndTheReport(@TempDir Path temp) throws Exception {
        Path out = Files.createDirectories(Path.of(System.getProperty("typwerk.screenshots")));
        try (Typwerk engine = Typwerk.builder().locale(Locale.GERMAN).build();
             TypwerkServer server = TypwerkServer.start(new InetSocketAddress("127.0.0.1", 0), 2,
                     new HttpApi(Map.of(Language.DE, engine, Language.EN, engine.speaking(Locale.ENGLISH)), Language.DE, 1))) {
            String base = server.uri().toString().replaceAll("/$", "");
            ChromeDriver browser = Browser.start(true, temp);
            try {
                for (int width : new int[] {1280, 360}) {
                    String suffix = width == 360 ? "-phone" : "";
                    browser.manage().window().setSize(new Dimension(width, 900));
                    browser.get(base + "/");
                    shoot(browser, out.resolve("start" + suffix + ".png"), width);
                    browser.get(base + "/self-test/oefit-digitalisierungstypen");
                    submit(browser);
                    shoot(browser, out.resolve("error" + suffix + ".png"), width);
                    browser.findElement(By.cssSelector("input[value=kreis]")).click();
                    submit(browser);
                    browser.findElement(By.name("answer")).sendKeys("284000");
                    submit(browser);
                    browser.findElement(By.name("answer")).sendKeys("31");
                    submit(browser);
                    shoot(browser, out.resolve("ranking" + suffix + ".png"), width);
                    browser.get(base + "/");
                    browser.findElement(By.id("resume-file")).sendKeys(Repository.persona("optimierer").toAbsolutePath().toString());
                    WebElement html = browser.findElement(By.tagName("html"));
                    browser.findElement(By.cssSelector("form[enctype] button")).click();
                    new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(html));
                    // the persona leaves the last question (optional) open: it is asked once, then the report
                    submit(browser);
                    shoot(browser, out.resolve("report" + suffix + ".png"), width);
                }
            } finally {
                browser.quit();
            }
        }
    }

    private static void submit(ChromeDriver browser) {
        WebElement html = browser.findElement(By.tagName("html"));
        browser.findElement(By.cssSelector("form.question button[value=next]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(html));
    }

    /** The whole page: the window made as tall as the page first. */
    private static void shoot(ChromeDriver browser, Path file, int width) throws IOException {
        long height = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight;");
        browser.manage().window().setSize(new Dimension(width, (int) Math.min(6000, Math.max(600, height))));
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, file, StandardCopyOption.REPLACE_EXISTING);
        browser.manage().window().setSize(new Dimension(width, 900));
    }
}
