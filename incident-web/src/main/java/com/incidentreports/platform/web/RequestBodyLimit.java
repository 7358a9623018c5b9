package com.incidentreports.platform.web;

import com.incidentreports.platform.api.Problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;

import java.io.IOException;

/**
 * Refuses request bodies larger than anything the application takes, before they are read into memory: 413, with a
 * problem for the API. A body that states its length is refused at once; one sent in chunks is read through a cap,
 * which fails the request ({@link BodyTooLargeException}) as soon as the cap is passed.
 *
 * <p>The API takes JSON of at most {@value #API_LIMIT} bytes: the largest report (four sections of 50,000 characters
 * and its impact box) is about 1.2 MB even with every character escaped. A page's form post carries the same report
 * URL-encoded (up to 9 bytes a character) and the page's state, so pages take up to {@value #PAGE_LIMIT} bytes.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestBodyLimit extends HttpFilter {

    private static final long serialVersionUID = 1L;

    public static final long API_LIMIT = 2L * 1024 * 1024;
    public static final long PAGE_LIMIT = 4L * 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        long limit = api ? API_LIMIT : PAGE_LIMIT;
        if (request.getContentLengthLong() > limit) {
            refuse(request, response, api, limit);
            return;
        }
        chain.doFilter(new CappedRequest(request, limit), response);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, boolean api, long limit)
            throws IOException {
        String detail = detail(limit);
        if (api) {
            Problem.send(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, Response.Status.REQUEST_ENTITY_TOO_LARGE.getReasonPhrase(), detail,
                    request.getRequestURI());
        } else {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, detail);
        }
    }

    /** What a client is told when its body is too large. */
    public static String detail(long limit) {
        return "The request body is larger than the " + limit / (1024 * 1024) + " MB (" + limit
                + " bytes) this address takes. Send less.";
    }

    /** A request whose body cannot be read past {@code limit} bytes. */
    private static final class CappedRequest extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream capped;

        CappedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (capped == null) {
                capped = new CappedStream(super.getInputStream(), limit);
            }
            return capped;
        }
    }

    private static final class CappedStream extends ServletInputStream {

        private final ServletInputStream body;
        private final long limit;
        private long read;

        CappedStream(ServletInputStream body, long limit) {
            this.body = body;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int next = body.read();
            if (next >= 0) {
                counted(1);
            }
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int count = body.read(buffer, offset, length);
            if (count > 0) {
                counted(count);
            }
            return count;
        }

        private void counted(int count) throws BodyTooLargeException {
            read += count;
            if (read > limit) {
                throw new BodyTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }
    }
}
