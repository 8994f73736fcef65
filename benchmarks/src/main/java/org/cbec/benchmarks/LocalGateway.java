package org.cbec.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A minimal customs gateway on loopback for the end-to-end benchmark, speaking what the SDK's HTTP transport with the
 * {@code DxpMsg} dialect expects: {@code POST /send} takes a {@code DxpMsg} and answers {@code 200} with an empty body
 * (accepted); {@code GET /receipts} answers one queued receipt per call, or {@code 204} when there is none. For each
 * message sent it queues a CEB622 release receipt (returnStatus 800) naming the inventory GUID, which it derives from
 * the {@code X-Cbec-Message-Id} header as {@link Ceb621Fixture#inventoryGuid} does, so that the gateway costs little
 * CPU next to the SDK. {@link #main} runs it in a process of its own ({@link GatewayProcess}), so that the CPU time of
 * the benchmark's process is the SDK's alone.
 */
public final class LocalGateway implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "local-gateway");
        t.setDaemon(true);
        return t;
    });
    private final ConcurrentLinkedQueue<byte[]> receipts = new ConcurrentLinkedQueue<>();

    /** Starts the gateway on an ephemeral loopback port. */
    public LocalGateway() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/send", this::send);
        server.createContext("/receipts", this::poll);
        server.setExecutor(executor);
        server.start();
    }

    /**
     * Runs a gateway until standard input ends (the parent process closes it or exits): prints {@code url=<base URL>}
     * on one line once it listens.
     */
    public static void main(String[] args) throws IOException {
        try (LocalGateway gateway = new LocalGateway()) {
            System.out.println("url=" + gateway.url());
            System.out.flush();
            System.in.transferTo(OutputStream.nullOutputStream());
        }
    }

    /** The base URL, e.g. {@code http://127.0.0.1:40123}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void send(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        String id = exchange.getRequestHeaders().getFirst("X-Cbec-Message-Id");
        if (!"POST".equals(exchange.getRequestMethod()) || id == null) {
            exchange.sendResponseHeaders(400, -1);
            exchange.close();
            return;
        }
        receipts.add(receipt(Ceb621Fixture.inventoryGuid(id)));
        exchange.sendResponseHeaders(200, -1);
        exchange.close();
    }

    private void poll(HttpExchange exchange) throws IOException {
        byte[] next = receipts.poll();
        if (next == null) {
            exchange.sendResponseHeaders(204, -1);
        } else {
            exchange.getResponseHeaders().set("Content-Type", "application/xml; charset=utf-8");
            exchange.sendResponseHeaders(200, next.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(next);
            }
        }
        exchange.close();
    }

    private static byte[] receipt(String inventoryGuid) {
        return ("<CEB622Message xmlns=\"http://www.chinaport.gov.cn/ceb\" guid=\"" + inventoryGuid + "\" version=\"1.0\">"
                + "<InventoryReturn><guid>" + inventoryGuid + "</guid><customsCode>5100</customsCode>"
                + "<ebpCode>1105910159</ebpCode><ebcCode>1105910159</ebcCode><agentCode>1105910159</agentCode>"
                + "<copNo>COP</copNo><preNo>B20261123000000001</preNo><invtNo>51002026I000000001</invtNo>"
                + "<returnStatus>800</returnStatus><returnTime>20261123103000000</returnTime><returnInfo>放行</returnInfo>"
                + "</InventoryReturn></CEB622Message>").getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
