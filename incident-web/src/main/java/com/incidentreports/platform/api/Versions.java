package com.incidentreports.platform.api;

import com.incidentreports.platform.ConflictException;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Versions of editable things as HTTP entity tags: version 7 is {@code ETag: "7"}. A change must send the tag it
 * was made to in {@code If-Match}, so that nobody overwrites an edit they have not seen.
 */
public final class Versions {

    /** The ETag header of a response, as the OpenAPI document declares it once (RestApplication). */
    public static final String ETAG_HEADER = "ETag";

    private static final Pattern STRONG_TAG = Pattern.compile("\\s*\"(\\d{1,18})\"\\s*");

    private Versions() {
    }

    /** 200 with {@code entity}, its version as the ETag. */
    public static <T> Response ok(T entity, ToLongFunction<T> versionOf) {
        return Response.ok(entity).tag(tagOf(versionOf.applyAsLong(entity))).build();
    }

    /** 201 with the new {@code entity}, found at {@code location}, its version as the ETag. */
    public static <T> Response created(URI location, T entity, ToLongFunction<T> versionOf) {
        return Response.created(location).tag(tagOf(versionOf.applyAsLong(entity))).entity(entity).build();
    }

    /**
     * A conditional change of {@code what}: {@code change} is made to the version {@code If-Match} names, and the
     * answer is 200 with what it returns and its new ETag (428 without If-Match, 412 if someone saved since).
     */
    public static <T> Response change(String what, String ifMatch, LongFunction<T> change,
                                      ToLongFunction<T> versionOf) {
        long version = fromIfMatch(ifMatch);
        return ok(changeIfCurrent(what, () -> change.apply(version)), versionOf);
    }

    private static EntityTag tagOf(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version an {@code If-Match} header names. No header, or {@code *} (which would match any version), is
     * answered 428; a tag that cannot be one of ours (weak, a list, not a number) can never match: 412.
     */
    private static long fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || "*".equals(ifMatch.strip())) {
            throw ProblemException.preconditionRequired("Send the ETag of the version you changed in the If-Match "
                    + "header, as GET returned it (for example If-Match: \"3\"), so that no one else's changes are "
                    + "overwritten.");
        }
        Matcher matcher = STRONG_TAG.matcher(ifMatch);
        if (!matcher.matches()) {
            throw ProblemException.preconditionFailed("The If-Match header does not name a version. "
                    + "Send the ETag exactly as GET returned it, for example If-Match: \"3\".");
        }
        return Long.parseLong(matcher.group(1));
    }

    /**
     * Makes {@code change}, a conditional request's change of {@code what}: if someone saved it since the version in
     * If-Match, the service's {@link ConflictException} becomes 412, as HTTP names a stale version, not 409.
     */
    private static <T> T changeIfCurrent(String what, Supplier<T> change) {
        try {
            return change.get();
        } catch (ConflictException e) {
            throw ProblemException.preconditionFailed(e.getMessage() + " Read the " + what
                    + " again to get its new ETag, and repeat your change on top of it.");
        }
    }
}
