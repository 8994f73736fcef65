package org.cbec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MockCommandTest {

    @Test
    void startsTheMockWithTheJarsOptionsAndStopsWhenInterrupted() throws Exception {
        StringWriter out = new StringWriter();
        CompletableFuture<Integer> code = new CompletableFuture<>();
        Thread runner = new Thread(() -> code.complete(CbecCommand.execute(System::getenv, new PrintWriter(out), new PrintWriter(new StringWriter()),
                "mock", "--port", "0", "--receipt-delay", "50")));
        runner.setDaemon(true);
        runner.start();
        try {
            Pattern listening = Pattern.compile("listening on (http://\\S+)");
            String url = null;
            for (int i = 0; i < 100 && url == null; i++) {
                Matcher m = listening.matcher(out.toString());
                if (m.find()) {
                    url = m.group(1);
                } else {
                    Thread.sleep(50);
                }
            }
            assertThat(url).as(out.toString()).isNotNull();
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url).resolve("/admin")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(out.toString()).contains("send (POST DxpMsg):", "/ceb/send", "Ctrl-C to stop.");
        } finally {
            runner.interrupt();
            runner.join(5_000);
        }
        assertThat(code.getNow(-1)).isZero();
    }

    @Test
    void unknownOptionOrBadValueIsReportedByTheJarsParserWithExitTwo() {
        Cli unknown = Cli.run("mock", "--no-such-thing", "1");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("cbec: mock: unknown option --no-such-thing");

        Cli badPort = Cli.run("mock", "--port", "eighty");
        assertThat(badPort.exitCode()).isEqualTo(2);
        assertThat(badPort.err()).contains("--port needs a number, not 'eighty'");
    }

    @Test
    void helpListsTheJarsOptionsAndExamples() {
        Cli help = Cli.run("mock", "--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Options of the mock (from cbec-mock.jar):", "--receipt-delay MS", "--folders ROOT", "Examples:",
                "cbec mock --port 8080 --data ./mock-data");
    }
}
