package org.cbec.mock.internal.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small HTTP/1.1 server for the mock Single Window that stays up under slow or hostile clients. One selector thread
 * reads every connection without blocking, so a connection trickling its head or body holds no thread; only a
 * complete request goes to a bounded pool of worker threads. Every limit is enforced while reading: the head's size,
 * the body's size ({@link Handler#tooLarge}), an idle timeout (no byte for too long) and a deadline for the whole
 * request from its first byte, measured on an injected clock (so tests move time by hand); keep-alive connections
 * idle past the idle timeout are closed, and a response the peer does not read is abandoned after the write timeout.
 * Supports {@code Content-Length} and chunked bodies, {@code Expect: 100-continue}, keep-alive and pipelining.
 *
 * <pre>{@code
 * NioHttpServer server = NioHttpServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
 *         NioHttpServer.Limits.defaults(), Clock.systemUTC(), Map.of("/hello", r -> Response.text(200, "hi")));
 * }</pre>
 */
public final class NioHttpServer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(NioHttpServer.class.getName());
    private static final byte[] CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    /** How often the selector thread looks for connections past their deadlines, at most. */
    private static final long SWEEP_MILLIS = 100;

    /**
     * The server's limits.
     *
     * @param maxHeadBytes    request line and headers together
     * @param maxBodyBytes    a body as received (before any content decoding)
     * @param idleTimeout     the longest time without a byte from the peer, in a request or between requests
     * @param requestDeadline the longest time from a request's first byte to its last
     * @param writeTimeout    the longest time a response may wait for the peer to read it
     * @param maxConnections  open connections at once; more are closed on accept
     * @param workers         threads that run handlers
     */
    public record Limits(int maxHeadBytes, long maxBodyBytes, Duration idleTimeout, Duration requestDeadline, Duration writeTimeout,
            int maxConnections, int workers) {

        public Limits {
            Objects.requireNonNull(idleTimeout, "idleTimeout");
            Objects.requireNonNull(requestDeadline, "requestDeadline");
            Objects.requireNonNull(writeTimeout, "writeTimeout");
            if (maxHeadBytes < 256 || maxBodyBytes < 0 || maxConnections < 1 || workers < 1) {
                throw new IllegalArgumentException("limits out of range: " + this);
            }
        }

        /**
         * 16 KB head, 32 MB body, 30 s idle (as long as the JDK's server keeps an idle connection), 60 s per request, 30 s
         * to write, 1,000 connections, 16 workers.
         */
        public static Limits defaults() {
            return new Limits(16 * 1024, 32L * 1024 * 1024, Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(30),
                    1000, 16);
        }

        /** These limits with another idle timeout and request deadline. */
        public Limits withTimeouts(Duration idle, Duration deadline) {
            return new Limits(maxHeadBytes, maxBodyBytes, idle, deadline, writeTimeout, maxConnections, workers);
        }

        /** These limits with another body limit. */
        public Limits withMaxBodyBytes(long max) {
            return new Limits(maxHeadBytes, max, idleTimeout, requestDeadline, writeTimeout, maxConnections, workers);
        }
    }

    private final Limits limits;
    private final Clock clock;
    private final List<Map.Entry<String, Handler>> routes;
    private final ServerSocketChannel listener;
    private final Selector selector;
    private final ThreadPoolExecutor workers;
    private final Thread io;
    private final Queue<Conn> rearm = new ConcurrentLinkedQueue<>();
    private final AtomicInteger open = new AtomicInteger();
    private final java.util.concurrent.atomic.AtomicLong bytesRead = new java.util.concurrent.atomic.AtomicLong();
    private final ThreadLocal<Selector> writeSelectors = new ThreadLocal<>();
    private volatile boolean running = true;

    private NioHttpServer(InetSocketAddress address, Limits limits, Clock clock, Map<String, Handler> routes) throws IOException {
        this.limits = limits;
        this.clock = clock;
        List<Map.Entry<String, Handler>> sorted = new ArrayList<>(routes.entrySet());
        sorted.sort(Comparator.comparingInt((Map.Entry<String, Handler> e) -> e.getKey().length()).reversed());
        this.routes = List.copyOf(sorted);
        this.selector = Selector.open();
        this.listener = ServerSocketChannel.open();
        try {
            listener.bind(address, 128);
            listener.configureBlocking(false);
            listener.register(selector, SelectionKey.OP_ACCEPT);
        } catch (IOException e) {
            listener.close();
            selector.close();
            throw e;
        }
        AtomicInteger n = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(limits.workers(), limits.workers(), 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(4 * limits.workers() + limits.maxConnections()), r -> {
                    Thread t = new Thread(r, "mock-single-window-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        workers.allowCoreThreadTimeOut(true);
        this.io = new Thread(this::loop, "mock-single-window-io");
        io.setDaemon(true);
        io.start();
    }

    /**
     * Listens on {@code address} and serves {@code routes}: each request goes to the handler of the longest path prefix
     * that matches it whole segments ({@code /admin} matches {@code /admin} and {@code /admin/x}, not {@code /adminx});
     * none matching is {@code 404}.
     *
     * @throws UncheckedIOException when the address cannot be bound
     */
    public static NioHttpServer start(InetSocketAddress address, Limits limits, Clock clock, Map<String, Handler> routes) {
        try {
            return new NioHttpServer(address, limits, clock, routes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The address listened on (with the port taken when 0 was asked). */
    public InetSocketAddress address() {
        try {
            return (InetSocketAddress) listener.getLocalAddress();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bytes read from all connections so far (a test waits on it before it moves the clock). */
    long bytesRead() {
        return bytesRead.get();
    }

    /** Connections open now. */
    public int openConnections() {
        return open.get();
    }

    /** Stops listening, closes every connection and stops the threads. */
    @Override
    public void close() {
        running = false;
        selector.wakeup();
        workers.shutdownNow();
        try {
            io.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---------------------------------------------------------------- selector thread

    private void loop() {
        ByteBuffer scratch = ByteBuffer.allocate(64 * 1024);
        long nextSweep = System.nanoTime();
        try {
            while (running) {
                selector.select(SWEEP_MILLIS);
                for (SelectionKey key : selector.selectedKeys()) {
                    if (!key.isValid()) {
                        continue;
                    }
                    if (key.isAcceptable()) {
                        accept();
                    } else if (key.isReadable()) {
                        read((Conn) key.attachment(), scratch);
                    }
                }
                selector.selectedKeys().clear();
                Conn c;
                while ((c = rearm.poll()) != null) {
                    resume(c);
                }
                if (System.nanoTime() - nextSweep >= 0) { // at most every SWEEP_MILLIS, however busy
                    sweep();
                    nextSweep = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(SWEEP_MILLIS);
                }
            }
        } catch (IOException | ClosedSelectorException e) {
            LOG.log(System.Logger.Level.WARNING, "mock HTTP server stopped: " + e);
        } finally {
            for (SelectionKey key : selector.keys()) {
                if (key.attachment() instanceof Conn c) {
                    c.close();
                }
            }
            closeQuietly(listener);
            closeQuietly(selector);
        }
    }

    private void accept() throws IOException {
        SocketChannel ch;
        while ((ch = listener.accept()) != null) {
            if (open.get() >= limits.maxConnections()) {
                closeQuietly(ch);
                continue;
            }
            ch.configureBlocking(false);
            ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
            Conn c = new Conn(ch, clock.instant());
            open.incrementAndGet();
            c.key = ch.register(selector, SelectionKey.OP_READ, c);
        }
    }

    private void read(Conn c, ByteBuffer scratch) {
        int n;
        do {
            scratch.clear();
            try {
                n = c.channel.read(scratch);
            } catch (IOException e) {
                c.close();
                return;
            }
            if (n < 0) {
                c.close();
                return;
            }
            if (n > 0) {
                bytesRead.addAndGet(n);
                c.lastRead = clock.instant();
                if (c.started == null) {
                    c.started = c.lastRead;
                }
                c.append(scratch.array(), n);
            }
        } while (n == scratch.capacity());
        advance(c);
    }

    /** Parses what {@code c} has buffered; dispatches a complete request. */
    private void advance(Conn c) {
        try {
            Request complete = c.parse();
            if (complete != null) {
                dispatch(c, complete, null);
            } else if (c.tooLarge != null) {
                dispatch(c, c.tooLarge, c.tooLarge);
            }
        } catch (BadRequest e) {
            c.keepAlive = false;
            writeNow(c, status(e.status, Response.text(e.status, e.getMessage()), false));
            c.close();
        }
    }

    private void dispatch(Conn c, Request request, Request tooLarge) {
        c.key.interestOps(0);
        c.started = null;
        try {
            workers.execute(() -> serve(c, request, tooLarge != null));
        } catch (RejectedExecutionException e) {
            c.close();
        }
    }

    /** Back to reading once a response was written on a kept-alive connection. */
    private void resume(Conn c) {
        if (!c.channel.isOpen()) {
            return;
        }
        if (!c.key.isValid()) {
            return;
        }
        c.key.interestOps(SelectionKey.OP_READ);
        if (c.buffered() > 0) { // a pipelined request
            c.started = clock.instant();
            advance(c);
        }
    }

    private void sweep() {
        Instant now = clock.instant();
        for (SelectionKey key : selector.keys()) {
            if (!(key.attachment() instanceof Conn c) || !key.isValid() || key.interestOps() == 0) {
                continue; // the listener, or a connection a worker owns
            }
            boolean idle = now.isAfter(c.lastRead.plus(limits.idleTimeout()));
            boolean late = c.started != null && now.isAfter(c.started.plus(limits.requestDeadline()));
            if (idle || late) {
                if (c.started != null) {
                    writeNow(c, status(408, Response.text(408, "request not complete in time"), false));
                }
                c.close();
            }
        }
    }

    /** A best-effort write from the selector thread (an error answer before closing). */
    private static void writeNow(Conn c, byte[] bytes) {
        try {
            c.channel.write(ByteBuffer.wrap(bytes));
        } catch (IOException e) {
            // closing anyway
        }
    }

    // ---------------------------------------------------------------- worker threads

    private void serve(Conn c, Request request, boolean tooLarge) {
        Handler handler = route(request.path());
        Response response;
        if (handler == null) {
            response = Response.text(404, "not found");
        } else {
            try {
                response = tooLarge ? handler.tooLarge(request, limits.maxBodyBytes()) : handler.handle(request);
            } catch (Exception | StackOverflowError | OutOfMemoryError e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                LOG.log(System.Logger.Level.WARNING, "handler of " + request.method() + " " + request.path() + " failed", e);
                response = Response.text(500, "internal error of the mock");
            }
        }
        if (response.dropped()) {
            c.close();
            return;
        }
        boolean keep = c.keepAlive && !tooLarge;
        c.lastRead = clock.instant(); // idle from the answer on (set before the peer can see it)
        if (!write(c, status(request.method().equals("HEAD") ? -response.status() : response.status(), response, keep)) || !keep) {
            c.close();
            return;
        }
        rearm.add(c);
        selector.wakeup();
    }

    private Handler route(String path) {
        for (Map.Entry<String, Handler> r : routes) {
            String prefix = r.getKey();
            if (path.equals(prefix) || path.startsWith(prefix.endsWith("/") ? prefix : prefix + "/")) {
                return r.getValue();
            }
        }
        return null;
    }

    /** Writes all of {@code bytes}, waiting for the peer at most the write timeout in all. */
    private boolean write(Conn c, byte[] bytes) {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        long deadline = System.nanoTime() + limits.writeTimeout().toNanos();
        SelectionKey waitKey = null;
        try {
            while (buf.hasRemaining()) {
                if (c.channel.write(buf) > 0) {
                    continue;
                }
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    return false;
                }
                Selector s = writeSelector();
                if (waitKey == null) {
                    waitKey = c.channel.register(s, SelectionKey.OP_WRITE);
                }
                s.select(left);
                s.selectedKeys().clear();
            }
            return true;
        } catch (IOException e) {
            return false;
        } finally {
            if (waitKey != null) {
                waitKey.cancel();
                try {
                    waitKey.selector().selectNow(); // deregisters the cancelled key before the channel is used again
                } catch (IOException e) {
                    // the temporary selector is broken: drop it
                    writeSelectors.remove();
                }
            }
        }
    }

    private Selector writeSelector() throws IOException {
        Selector s = writeSelectors.get();
        if (s == null || !s.isOpen()) {
            s = Selector.open();
            writeSelectors.set(s);
        }
        return s;
    }

    /** Status line, headers and body; a negative status writes the head only (the answer to HEAD). */
    private static byte[] status(int status, Response r, boolean keepAlive) {
        int code = Math.abs(status);
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(code).append(' ').append(reason(code)).append("\r\n");
        boolean noBody = code == 204 || code == 304;
        if (r.contentType() != null && !noBody) {
            head.append("Content-Type: ").append(r.contentType()).append("\r\n");
        }
        if (!noBody) {
            head.append("Content-Length: ").append(r.body().length).append("\r\n");
        }
        r.headers().forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        head.append("Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\n");
        head.append(keepAlive ? "" : "Connection: close\r\n").append("\r\n");
        byte[] h = head.toString().getBytes(StandardCharsets.UTF_8);
        if (noBody || status < 0 || r.body().length == 0) {
            return h;
        }
        byte[] out = new byte[h.length + r.body().length];
        System.arraycopy(h, 0, out, 0, h.length);
        System.arraycopy(r.body(), 0, out, h.length, r.body().length);
        return out;
    }

    private static String reason(int code) {
        return switch (code) {
            case 200 -> "OK";
            case 204 -> "No Content";
            case 304 -> "Not Modified";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 408 -> "Request Timeout";
            case 409 -> "Conflict";
            case 413 -> "Payload Too Large";
            case 431 -> "Request Header Fields Too Large";
            case 500 -> "Internal Server Error";
            case 501 -> "Not Implemented";
            case 503 -> "Service Unavailable";
            default -> "Status";
        };
    }

    private static void closeQuietly(java.io.Closeable c) {
        try {
            c.close();
        } catch (IOException e) {
            // nothing to do
        }
    }

    /** A request the server refuses before any handler: answered with {@code status} and closed. */
    private static final class BadRequest extends Exception {
        final int status;

        BadRequest(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }

    // ---------------------------------------------------------------- one connection

    /** Where a connection is in reading its current request. */
    private enum Stage { HEAD, BODY, CHUNK_SIZE, CHUNK_DATA, CHUNK_END, TRAILER }

    private final class Conn {
        final SocketChannel channel;
        final AtomicBoolean closed = new AtomicBoolean();
        SelectionKey key;
        volatile Instant lastRead;
        /** The first byte of the request being read, or {@code null} between requests. */
        volatile Instant started;
        boolean keepAlive = true;
        Request tooLarge;

        private byte[] buf = new byte[1024];
        private int start;
        private int end;
        private Stage stage = Stage.HEAD;
        private String method;
        private String target;
        private Map<String, List<String>> headers;
        private long remaining;
        private ByteArrayOutputStream body;

        Conn(SocketChannel channel, Instant now) {
            this.channel = channel;
            this.lastRead = now;
        }

        int buffered() {
            return end - start;
        }

        void append(byte[] data, int n) {
            if (end + n > buf.length) {
                int live = end - start;
                byte[] bigger = live + n > buf.length ? new byte[Math.max(buf.length * 2, live + n)] : buf;
                System.arraycopy(buf, start, bigger, 0, live);
                buf = bigger;
                start = 0;
                end = live;
            }
            System.arraycopy(data, 0, buf, end, n);
            end += n;
        }

        /** The request once complete, else {@code null} (more bytes needed). */
        Request parse() throws BadRequest {
            while (true) {
                switch (stage) {
                    case HEAD -> {
                        int headEnd = indexOf(HEAD_END);
                        if (headEnd < 0) {
                            if (buffered() > limits.maxHeadBytes()) {
                                throw new BadRequest(431, "request head over " + limits.maxHeadBytes() + " bytes");
                            }
                            return null;
                        }
                        if (headEnd - start > limits.maxHeadBytes()) {
                            throw new BadRequest(431, "request head over " + limits.maxHeadBytes() + " bytes");
                        }
                        String head = new String(buf, start, headEnd - start, StandardCharsets.ISO_8859_1);
                        start = headEnd + 4;
                        if (head.isEmpty()) {
                            continue; // a stray CRLF between requests
                        }
                        Request early = head(head);
                        if (early != null || tooLarge != null) {
                            return early;
                        }
                    }
                    case BODY -> {
                        return takeBody() ? complete() : null;
                    }
                    case CHUNK_SIZE -> {
                        String line = line();
                        if (line == null) {
                            return null;
                        }
                        int semi = line.indexOf(';');
                        try {
                            remaining = Long.parseLong((semi < 0 ? line : line.substring(0, semi)).trim(), 16);
                        } catch (NumberFormatException e) {
                            throw new BadRequest(400, "bad chunk size");
                        }
                        if (remaining < 0 || body.size() + remaining > limits.maxBodyBytes()) {
                            return refuseTooLarge();
                        }
                        stage = remaining == 0 ? Stage.TRAILER : Stage.CHUNK_DATA;
                    }
                    case CHUNK_DATA -> {
                        if (!takeBody()) {
                            return null;
                        }
                        stage = Stage.CHUNK_END;
                    }
                    case CHUNK_END -> {
                        String line = line();
                        if (line == null) {
                            return null;
                        }
                        if (!line.isEmpty()) {
                            throw new BadRequest(400, "chunk not followed by CRLF");
                        }
                        stage = Stage.CHUNK_SIZE;
                    }
                    case TRAILER -> {
                        String line = line();
                        if (line == null) {
                            return null;
                        }
                        if (line.isEmpty()) {
                            return complete();
                        }
                    }
                    default -> throw new IllegalStateException(String.valueOf(stage));
                }
            }
        }

        /** Moves what is buffered of the {@code remaining} body bytes (of the body or a chunk) to the body; true when all came. */
        private boolean takeBody() {
            int take = (int) Math.min(remaining, buffered());
            body.write(buf, start, take);
            start += take;
            remaining -= take;
            return remaining == 0;
        }

        /** Reads the head; returns the request when it has no body, else sets up reading the body. */
        private Request head(String head) throws BadRequest {
            String[] lines = head.split("\r\n");
            String[] first = lines[0].split(" ");
            if (first.length != 3 || !first[2].startsWith("HTTP/1.")) {
                throw new BadRequest(400, "bad request line");
            }
            method = first[0];
            target = first[1];
            headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon <= 0) {
                    throw new BadRequest(400, "bad header line");
                }
                headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(lines[i].substring(colon + 1).trim());
            }
            String connection = first(headers, "connection");
            keepAlive = first[2].equals("HTTP/1.1") ? !"close".equalsIgnoreCase(connection) : "keep-alive".equalsIgnoreCase(connection);
            body = new ByteArrayOutputStream();
            String te = first(headers, "transfer-encoding");
            String cl = first(headers, "content-length");
            if (te != null) {
                if (!"chunked".equalsIgnoreCase(te)) {
                    throw new BadRequest(501, "transfer encoding " + te + " not supported");
                }
                stage = Stage.CHUNK_SIZE;
            } else if (cl != null) {
                try {
                    remaining = Long.parseLong(cl);
                } catch (NumberFormatException e) {
                    throw new BadRequest(400, "bad Content-Length");
                }
                if (remaining < 0) {
                    throw new BadRequest(400, "bad Content-Length");
                }
                if (remaining > limits.maxBodyBytes()) {
                    return refuseTooLarge();
                }
                if (remaining == 0) {
                    return complete();
                }
                stage = Stage.BODY;
            } else {
                return complete();
            }
            if ("100-continue".equalsIgnoreCase(first(headers, "expect")) && buffered() == 0) {
                writeNow(this, CONTINUE);
            }
            return null;
        }

        private Request refuseTooLarge() throws BadRequest {
            tooLarge = request(new byte[0]);
            keepAlive = false;
            return null;
        }

        private Request complete() throws BadRequest {
            Request r = request(body.toByteArray());
            stage = Stage.HEAD;
            body = null;
            return r;
        }

        private Request request(byte[] content) throws BadRequest {
            URI uri;
            try {
                uri = new URI(target.startsWith("/") ? target : "/");
            } catch (URISyntaxException e) {
                throw new BadRequest(400, "bad request target");
            }
            String path = uri.getPath() == null ? "/" : uri.getPath();
            return new Request(method, path, uri.getRawQuery() == null ? "" : uri.getRawQuery(), headers, content,
                    channel.socket().getInetAddress());
        }

        /** One CRLF-terminated line, consumed, or {@code null} when not complete. */
        private String line() throws BadRequest {
            for (int i = start; i + 1 < end; i++) {
                if (buf[i] == '\r' && buf[i + 1] == '\n') {
                    String s = new String(buf, start, i - start, StandardCharsets.ISO_8859_1);
                    start = i + 2;
                    return s;
                }
            }
            if (buffered() > limits.maxHeadBytes()) {
                throw new BadRequest(400, "line too long");
            }
            return null;
        }

        private int indexOf(byte[] needle) {
            outer:
            for (int i = start; i + needle.length <= end; i++) {
                for (int j = 0; j < needle.length; j++) {
                    if (buf[i + j] != needle[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }

        void close() {
            if (closed.compareAndSet(false, true)) {
                open.decrementAndGet();
                if (key != null) {
                    key.cancel();
                }
                closeQuietly(channel);
            }
        }
    }

    private static final byte[] HEAD_END = {'\r', '\n', '\r', '\n'};

    private static String first(Map<String, List<String>> headers, String name) {
        List<String> v = headers.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

}
