package org.cbec.mock.internal.server;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * A request body with its {@code Content-Encoding} undone, within a size limit enforced while inflating: a small gzip
 * body that would expand to gigabytes stops at the limit and never fills the heap.
 *
 * <pre>{@code
 * byte[] xml = ContentDecoding.decode(request, 32 * 1024 * 1024);   // throws Refused with the reason in words
 * }</pre>
 */
public final class ContentDecoding {

    /** Why a body cannot be decoded; the message says it in words, without server detail. */
    public static final class Refused extends Exception {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    private ContentDecoding() {
    }

    /**
     * The body of {@code request} decoded: as is without {@code Content-Encoding} (or {@code identity}), inflated for
     * {@code gzip}.
     *
     * @throws Refused when the encoding is not supported, the body is not what it claims, or it inflates beyond {@code limit}
     */
    public static byte[] decode(Request request, long limit) throws Refused {
        String encoding = request.header("Content-Encoding").map(e -> e.trim().toLowerCase(Locale.ROOT)).orElse("identity");
        switch (encoding) {
            case "identity", "" -> {
                return request.body();
            }
            case "gzip", "x-gzip" -> {
                return gunzip(request.body(), limit);
            }
            default -> throw new Refused("Content-Encoding " + encoding + " is not supported (gzip or none)");
        }
    }

    private static byte[] gunzip(byte[] body, long limit) throws Refused {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(body.length * 4, 1 << 20));
        byte[] chunk = new byte[16 * 1024];
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            int n;
            while ((n = in.read(chunk)) > 0) {
                if (out.size() + (long) n > limit) {
                    throw new Refused("the body inflates to more than " + limit + " bytes (Content-Encoding gzip)");
                }
                out.write(chunk, 0, n);
            }
        } catch (IOException e) {
            throw new Refused("Content-Encoding gzip, but the body is not valid gzip data");
        }
        return out.toByteArray();
    }
}
