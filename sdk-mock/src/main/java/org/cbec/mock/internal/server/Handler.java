package org.cbec.mock.internal.server;

/**
 * Answers the requests of one path prefix of {@link NioHttpServer}. Runs on a worker thread; an exception it throws is
 * logged and answered {@code 500} without any detail (no stack trace or server path ever leaves the server).
 */
@FunctionalInterface
public interface Handler {

    Response handle(Request request) throws Exception;

    /**
     * The answer to a request whose body exceeds {@link NioHttpServer.Limits#maxBodyBytes()} (the body was not read;
     * {@code request.body()} is empty); {@code 413} by default. The connection is closed after it.
     */
    default Response tooLarge(Request request, long limit) {
        return Response.text(413, "request body over " + limit + " bytes");
    }
}
